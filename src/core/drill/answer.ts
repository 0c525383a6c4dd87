import type { Conventions } from '../conventions.js';
import { quoted } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import { ExpressionError } from '../units/expression.js';
import { arithmetic, type Quantity } from '../units/quantity.js';
import { formatQuantity, unitShape } from '../units/format.js';
import { COMMON_UNIT_NAMES, resolveUnit } from '../units/units.js';
import { describeDimension, evaluateUnitText, parseValue, toDeclaredUnit, withDeclaredUnit } from '../units/value.js';
import { GRADE_POINTS, type Grade } from './score.js';
import { numberText } from '../units/number-text.js';

/**
 * Reading and scoring a drill answer. Answers use the same value syntax as
 * assumptions (`3.5K/s`, `15 TB`, `900 Mbps`, `40K per second`); a bare
 * number is taken in the question's unit. Scoring is by order of magnitude,
 * and a miss by a tell-tale factor (8, 86,400, 1.024^n) is named.
 */

export type ParsedAnswer =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly wrongDimension: boolean; readonly message: string };

/** How to type an answer in `unit`, e.g. `e.g. 3.5K/s, or 300M per day`. */
export function answerExample(unit: string): string {
  const shape = unitShape(unit);
  switch (shape.kind) {
    case 'rate':
      return shape.per === 's' ? 'e.g. 3.5K/s, or 300M per day' : `e.g. 2M/${shape.per}`;
    case 'bytes':
      return 'e.g. 15 TB or 800 GB';
    case 'byteRate':
      return shape.per === 's' ? 'e.g. 120 MB/s or 900 Mbps' : `e.g. 2 TB/${shape.per}`;
    case 'moneyRate':
      return `e.g. $25K/${shape.per} or 25K USD/${shape.per}`;
    case 'money':
      return 'e.g. $25K';
    default:
      return 'e.g. 40 or 1.5K';
  }
}

/** `money per time, in USD/month`: the declared unit as written, not in seconds. */
function expectedWords(declared: Quantity, unit: string): string {
  const words = describeDimension(declared).replace(/\s*\([^)]*\)$/, '');
  return unit.trim() === '1' ? words : `${words}, in ${unit}`;
}

/**
 * `$25K` for a monthly cost, `2 TB` for storage a day: an answer that leaves
 * out the question's "per ..." is read as per that period, as people say it.
 */
function perQuestionPeriod(quantity: Quantity, unit: string, conventions: Conventions): number | undefined {
  const shape = unitShape(unit);
  // Not for per-second questions: "15 TB" for a bandwidth is a real mistake, not shorthand.
  if (!('per' in shape) || shape.per === 's') return undefined;
  const period = evaluateUnitText(`1/${shape.per}`, conventions);
  return toDeclaredUnit(arithmetic.multiply(quantity, period), evaluateUnitText(unit, conventions));
}

/** The answer as a number of the question's unit, or why it cannot be read. */
export function parseAnswer(input: string, unit: string, conventions: Conventions): ParsedAnswer {
  const declared = evaluateUnitText(unit, conventions);
  let quantity: Quantity;
  try {
    const parsed = parseValue(input, (name) => {
      const resolved = resolveUnit(name, conventions);
      if (resolved !== undefined) return resolved;
      throw new ExpressionError(`${quoted(name)} is not a unit I know${didYouMean(name, COMMON_UNIT_NAMES)}`);
    });
    quantity = withDeclaredUnit(parsed.quantity, declared);
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, wrongDimension: false, message: error.message };
    throw error;
  }
  const value = toDeclaredUnit(quantity, declared) ?? perQuestionPeriod(quantity, unit, conventions);
  if (value === undefined) {
    return {
      ok: false,
      wrongDimension: true,
      message: `expected ${expectedWords(declared, unit)} (${answerExample(unit)}), but ${quoted(input.trim())} is ${describeDimension(quantity)}`,
    };
  }
  if (!Number.isFinite(value) || value <= 0) return { ok: false, wrongDimension: false, message: 'type a positive number with its unit' };
  return { ok: true, value };
}

interface Slip {
  readonly factor: number;
  readonly applies: (unit: string) => boolean;
  readonly name: string;
}

const hasBytes = (unit: string) => ['bytes', 'byteRate'].includes(unitShape(unit).kind);
const perPeriod = (unit: string): string | undefined => {
  const shape = unitShape(unit);
  return 'per' in shape ? shape.per : undefined;
};
const perTime = (unit: string) => perPeriod(unit) === 's';
const perDayOrMonth = (unit: string) => ['day', 'month'].includes(perPeriod(unit) ?? '');
const always = () => true;

/**
 * How close an answer's ratio to the right one must be to a tell-tale factor
 * for the slip to be named: within 1%. Farther off, a factor near 1.05 or 8 is
 * as likely rounding or a guess as a slip, and naming one would mislead.
 */
export const SLIP_TOLERANCE = 0.01;

/** Tell-tale factors, checked in this order; the first match names the mistake. */
const SLIPS: readonly Slip[] = [
  { factor: 8, applies: hasBytes, name: 'bits vs bytes (1 byte = 8 bits)' },
  { factor: 86_400, applies: perTime, name: 'per day vs per second (1 day = 86,400 s)' },
  { factor: 100_000, applies: perTime, name: 'per day vs per second (1 day is about 10^5 s)' },
  { factor: 2_592_000, applies: perTime, name: 'per month vs per second (1 month is about 2.6 M s)' },
  { factor: 2_500_000, applies: perTime, name: 'per month vs per second (1 month is about 2.5 M s)' },
  { factor: 3_600, applies: perTime, name: 'per hour vs per second' },
  { factor: 30, applies: perDayOrMonth, name: 'per month vs per day' },
  { factor: 365, applies: always, name: 'per year vs per day' },
  { factor: 1000, applies: always, name: 'a factor of 1,000: a K/M/G (thousand/million/billion) slipped' },
  { factor: 1_000_000, applies: always, name: 'a factor of a million: two prefixes slipped' },
];

const matches = (size: number, factor: number) => Math.abs(size / factor - 1) <= SLIP_TOLERANCE;

/** The prefix step (1 = KB, 2 = MB, ... 5 = PB) a byte count is written in. */
function prefixLevel(bytes: number): number {
  if (!(bytes > 0)) return 0;
  return Math.min(5, Math.max(0, Math.floor(Math.log10(bytes) / 3)));
}

/**
 * The mistake an answer's ratio to the right one points at, if any. Decimal
 * vs binary is named only at the prefix the numbers are written in (TB vs TiB
 * is 1.024^4, 10%); `expected` (in `unit`) says which, and without it that
 * slip is never named: a 3% miss on terabytes is rounding, not KB vs KiB.
 */
export function nameUnitMistake(ratio: number, unit: string, expected?: number): string | undefined {
  const size = ratio >= 1 ? ratio : 1 / ratio;
  for (const slip of SLIPS) {
    if (slip.applies(unit) && matches(size, slip.factor)) return slip.name;
  }
  if (hasBytes(unit) && expected !== undefined) {
    const levels = new Set([prefixLevel(expected), prefixLevel(expected * ratio)]);
    for (const n of levels) {
      if (n >= 1 && matches(size, 1.024 ** n)) return `decimal vs binary units (off by 1.024^${n}: 1 KB = 1,000 B, 1 KiB = 1,024 B)`;
    }
  }
  return undefined;
}

export function gradeRatio(ratio: number): Grade {
  const size = ratio >= 1 ? ratio : 1 / ratio;
  if (size <= 2) return 'good';
  if (size <= 10) return 'close';
  return 'off';
}

export interface GradedAnswer {
  readonly input: string;
  readonly grade: Grade;
  readonly points: number;
  /** answer / right answer; undefined when the answer had the wrong dimension. */
  readonly ratio?: number;
  /** The answer shown in the question's unit, or as typed when it could not be. */
  readonly answerDisplay: string;
  /** The likely unit mistake, named; or what was expected for a wrong dimension. */
  readonly mistake?: string;
  /** One line: grade, how far off, and the mistake if one was spotted. */
  readonly message: string;
}

function howFar(ratio: number): string {
  if (Math.abs(ratio - 1) < 0.005) return 'spot on';
  const times = ratio >= 1 ? ratio : 1 / ratio;
  const shown = times < 1.1 ? times.toFixed(2) : times < 10 ? times.toFixed(1) : numberText(Math.round(times));
  return `${shown}x too ${ratio > 1 ? 'high' : 'low'}`;
}

const GRADE_WORDS: Record<Grade, string> = { good: 'Good (within 2x)', close: 'Close (within 10x)', off: 'Off (more than 10x)' };

/**
 * Grade a parsed answer against the right value. Unreadable input is not
 * graded (the caller asks again); a wrong dimension is graded `off`.
 */
export function gradeAnswer(input: string, parsed: ParsedAnswer, expected: number, unit: string, conventions: Conventions): GradedAnswer | undefined {
  if (!parsed.ok) {
    if (!parsed.wrongDimension) return undefined;
    return { input, grade: 'off', points: 0, answerDisplay: input.trim(), mistake: parsed.message, message: `${GRADE_WORDS.off}: ${parsed.message}` };
  }
  const ratio = parsed.value / expected;
  const grade = gradeRatio(ratio);
  const mistake = nameUnitMistake(ratio, unit, expected);
  const tail = mistake ? `; looks like ${mistake}` : '';
  return {
    input,
    grade,
    points: GRADE_POINTS[grade],
    ratio,
    answerDisplay: formatQuantity(parsed.value, unit, conventions),
    ...(mistake ? { mistake } : {}),
    message: `${GRADE_WORDS[grade]}: ${howFar(ratio)}${tail}`,
  };
}
