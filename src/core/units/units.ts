import { secondsPerMonth, secondsPerYear, type Conventions } from '../conventions.js';
import { fallbackUnit } from './fallback.js';
import { arithmetic, base, type Quantity } from './quantity.js';

/**
 * Unit names whose size depends on the conventions. mathjs has fixed ideas
 * (a 30.4375-day month, no KB at all), so these are resolved here instead.
 */
const STORAGE_PREFIXES = ['K', 'M', 'G', 'T', 'P', 'E'] as const;

export const TIME_NAMES: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  mo: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
};

/** Multipliers written after a number: 300M, 1.5B, 20K, 3T, 2bn, and in words after a space: 100 million. */
export const COUNT_SUFFIXES: Readonly<Record<string, string>> = {
  K: '1e3',
  k: '1e3',
  M: '1e6',
  B: '1e9',
  bn: '1e9',
  Bn: '1e9',
  T: '1e12',
  thousand: '1e3',
  million: '1e6',
  billion: '1e9',
  trillion: '1e12',
};

/** Network rates are always decimal bits per second. */
const BIT_RATES: Record<string, number> = {
  bps: 1,
  Kbps: 1e3,
  kbps: 1e3,
  Mbps: 1e6,
  Gbps: 1e9,
  Tbps: 1e12,
  Pbps: 1e15,
  Kbit: 1e3,
  kbit: 1e3,
  Mbit: 1e6,
  Gbit: 1e9,
  Tbit: 1e12,
  Pbit: 1e15,
  Ebit: 1e18,
  Zbit: 1e21,
  Ybit: 1e24,
};

const second = (n: number): Quantity => base(n, 's');
const bytes = (n: number): Quantity => base(n, 'B');

/**
 * Units whose size never changes, with the meaning mathjs gives them (a test
 * holds each to mathjs): enough for everything the shipped files and users
 * commonly type, so mathjs's own table is opened only for a rarer name.
 */
const FIXED_UNITS: ReadonlyMap<string, Quantity> = new Map<string, Quantity>([
  ...['s', 'second', 'seconds', 'sec', 'secs'].map((n) => [n, second(1)] as const),
  ...['ms', 'millisecond', 'milliseconds'].map((n) => [n, second(1e-3)] as const),
  ['us', second(1e-6)],
  ['ns', second(1e-9)],
  ...['minute', 'minutes', 'min', 'mins'].map((n) => [n, second(60)] as const),
  ...['hour', 'hours', 'h', 'hr', 'hrs'].map((n) => [n, second(3600)] as const),
  ...['B', 'byte', 'bytes'].map((n) => [n, bytes(1)] as const),
  ...['b', 'bit', 'bits'].map((n) => [n, bytes(1 / 8)] as const),
  ['kB', bytes(1e3)],
  ...(['k', 'M', 'G', 'T', 'P', 'E'] as const).map((p, i) => [`${p}b`, bytes(1000 ** (i + 1) / 8)] as const),
  ...(['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'] as const).flatMap((p, i) => [
    [`${p}B`, bytes(1024 ** (i + 1))] as const,
    [`${p}b`, bytes(1024 ** (i + 1) / 8)] as const,
  ]),
  ['Hz', base(1, 's', -1)],
  ['kHz', base(1e3, 's', -1)],
  ['MHz', base(1e6, 's', -1)],
  ['GHz', base(1e9, 's', -1)],
  ...['USD', 'usd', 'dollar', 'dollars'].map((n) => [n, base(1, 'USD')] as const),
]);

/** The fixed unit names, for the test that holds them to mathjs. */
export const FIXED_UNIT_NAMES: readonly string[] = [...FIXED_UNITS.keys()];

/** Seconds in one of the convention-dependent time units. */
export function secondsIn(unit: 'day' | 'week' | 'month' | 'year', c: Conventions): number {
  switch (unit) {
    case 'day':
      return c.secondsPerDay;
    case 'week':
      return 7 * c.secondsPerDay;
    case 'month':
      return secondsPerMonth(c);
    case 'year':
      return secondsPerYear(c);
  }
}

/** Bytes in KB/MB/... under the storage convention. */
export function bytesIn(prefix: (typeof STORAGE_PREFIXES)[number], c: Conventions): number {
  const power = STORAGE_PREFIXES.indexOf(prefix) + 1;
  return c.storage === 'binary' ? 1024 ** power : 1000 ** power;
}

/**
 * The value of a unit name under the conventions, or undefined when the name
 * is not a unit. `KB` and friends follow the storage convention; `kB` and
 * `KiB` are always what they say.
 */
export function resolveUnit(name: string, c: Conventions): Quantity | undefined {
  // Own properties only: a typed name such as `constructor` must never find Object.prototype's.
  const time = Object.hasOwn(TIME_NAMES, name) ? TIME_NAMES[name] : undefined;
  if (time) return second(secondsIn(time, c));

  const storage = /^([KMGTPE])B$/.exec(name);
  if (storage) return bytes(bytesIn(storage[1] as (typeof STORAGE_PREFIXES)[number], c));

  const bits = Object.hasOwn(BIT_RATES, name) ? BIT_RATES[name] : undefined;
  if (bits !== undefined) return name.endsWith('bit') ? bytes(bits / 8) : arithmetic.divide(bytes(bits / 8), second(1));

  const fixed = FIXED_UNITS.get(name);
  if (fixed !== undefined) return fixed;

  // `m` is the metre to mathjs; nothing here is measured in metres, so refuse it rather than guess.
  if (name === 'm' || name === 'T') return undefined;
  // A name that is no unit of ours may be a real one (`furlong`): mathjs knows, when loaded.
  return fallbackUnit(name);
}


/** Names a user might type that we treat as units, for "did you mean" hints. */
export const COMMON_UNIT_NAMES = [
  'B',
  'bytes',
  'KB',
  'MB',
  'GB',
  'TB',
  'PB',
  'KiB',
  'MiB',
  'GiB',
  'TiB',
  'bit',
  'bits',
  'Kbps',
  'Mbps',
  'Gbps',
  's',
  'ms',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'USD',
];
