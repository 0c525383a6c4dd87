import fc from 'fast-check';

/**
 * Text in and around the value syntax: well-formed values, near misses and
 * hostile input (Object.prototype names, huge digit strings, control
 * characters, mathjs escapes), for the fuzz properties.
 */

const digits = fc.stringMatching(/^[0-9]{1,6}$/);

/** Numbers as people and books write them: 300, 1.5, 86,400, 1e9, 2.5e-3, 10^5. */
export const numberText = fc.oneof(
  digits,
  fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${String(b).padStart(3, '0')}`),
  fc.tuple(digits, fc.integer({ min: -400, max: 400 })).map(([a, e]) => `${a}e${e}`),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: -30, max: 400 })).map(([a, e]) => `${a}^${e}`),
  fc.double({ noNaN: true }).map(String),
);

const SUFFIXES = ['K', 'k', 'M', 'B', 'bn', 'Bn', 'T', ' K', ' M', ' B', ' bn', ' T', ' million', ' billion', 'Q', 'KB'];
const UNITS = [
  'B', 'bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'kB', 'bit', 'bits', 'Kbps', 'Mbps', 'Gbps', 'Mbit', 'Tbit',
  's', 'ms', 'sec', 'minute', 'min', 'hour', 'hr', 'day', 'days', 'week', 'month', 'mo', 'year', 'years',
  'USD', 'dollars', '%', 'req', 'm', 'T', 'Hz', 'kg', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf',
];
const NAMES = ['mau', 'dau', 'bitrate_4k', 'share_1080p', 'x2', 'constructor', '__proto__', 'toString', 'prototype', 'price_server', 'unknown_name'];
const FUNCTIONS = ['ceil', 'floor', 'round', 'max', 'sqrt', 'abs', 'log2', 'log10', 'min', 'sec', 'import', 'evaluate', 'parse', 'createUnit', 'M', 'GB', 'constructor'];
const OPERATORS = [' + ', ' - ', ' * ', ' / ', ' ^ ', ' per ', ' x ', '*', '/', ' % ', ' mod ', ' to ', ' == ', '=', ':', ' ? ', '!', "'"];

/** A value in (and just outside) the value syntax, up to a few levels deep. */
export const valueText: fc.Arbitrary<string> = fc.letrec<{ value: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberText,
    fc.tuple(numberText, fc.constantFrom(...SUFFIXES)).map(([n, s]) => `${n}${s}`),
    fc.tuple(numberText, fc.constantFrom(...UNITS)).map(([n, u]) => `${n} ${u}`),
    fc.tuple(numberText, fc.constantFrom(...UNITS), fc.constantFrom(...UNITS)).map(([n, a, b]) => `${n} ${a}/${b}`),
    fc.tuple(numberText, fc.constantFrom('', 'K', ' K', 'M', ' B', ' bn')).map(([n, s]) => `$${n}${s}`),
    fc.constantFrom(...NAMES),
    fc.tuple(fc.constantFrom('-', '+', '--'), tie('atom')).map(([sign, a]) => `${sign}${a}`),
  ),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('atom'),
    fc.tuple(tie('value'), fc.constantFrom(...OPERATORS), tie('value')).map(([a, op, b]) => `${a}${op}${b}`),
    tie('value').map((v) => `(${v})`),
    fc.tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('value'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
  ),
})).value;

/** Anything at all: arbitrary Unicode, control characters, very long runs of digits or brackets. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('1', '9', ',', '.', 'e', 'K', 'B', ' ', '(', ')', '^', '-', '$', '%'), maxLength: 400 }),
  fc.tuple(fc.constantFrom('1', '9', '1,', '(', '[', '{', '-', '1K', 'e9'), fc.integer({ min: 100, max: 5_000 })).map(([s, n]) => s.repeat(n)),
  fc.constantFrom(
    'import("fs")',
    'evaluate("1+1")',
    'f(x) = x',
    'a = 1',
    '[1, 2]',
    '{a: 1}',
    'mau.constructor',
    'mau["constructor"]',
    '1 ? 2 : 3',
    '1:10',
    '"text"',
    'NaN',
    'Infinity',
    '-inf',
    '1e999',
    '(-1)^0.5',
    '(-8)^(1/3)',
    'round(1.5, 2)',
    '1e-300',
    'a\nb',
    'x\u001b[31m',
    '\u2028',
  ),
);

/** Well-formed and malformed values together, weighted towards the syntax. */
export const anyValueText = fc.oneof({ arbitrary: valueText, weight: 3 }, { arbitrary: hostileText, weight: 1 });
