import type { z } from 'zod';
import type { conventionsSchema } from './conventions-schema.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
import { quoted } from './shown-value.js';
import { numberText } from './units/number-text.js';

/**
 * The conventions behind every number. Published worked examples disagree on
 * these silently; we make them explicit settings and print them with every output.
 * The type is read from the one schema (conventions-schema.ts, which the
 * session file uses); this module stays free of zod so an estimate need not load it.
 */
export type Conventions = z.infer<typeof conventionsSchema>;

export const DEFAULT_CONVENTIONS: Conventions = {
  secondsPerDay: 86_400,
  month: '30d',
  year: '365d',
  storage: 'decimal',
  bandwidth: 'bytes',
  servers: 'load',
};

/** Days a month may have, written as `--month <days>d`. */
export const MONTH_DAYS = { min: 28, max: 31 } as const;
export function isMonthLength(days: number): boolean {
  return Number.isFinite(days) && days >= MONTH_DAYS.min && days <= MONTH_DAYS.max;
}

/** Days in a month written in days (`30.42d` -> 30.42), or undefined for the quick-math 2.5 M s. */
export function monthDays(c: Pick<Conventions, 'month'>): number | undefined {
  return c.month === '2.5Ms' ? undefined : Number.parseFloat(c.month);
}

/** Seconds in a month and a year under the given conventions. */
export function secondsPerMonth(c: Conventions): number {
  const days = monthDays(c);
  return days === undefined ? 2_500_000 : days * c.secondsPerDay;
}
export function secondsPerYear(c: Conventions): number {
  return c.year === '365d' ? 365 * c.secondsPerDay : 12 * secondsPerMonth(c);
}

/**
 * Hours in a month: the one rule that turns every hourly price into a monthly
 * one (720 h in a 30-day month, 730 h in a 30.42-day one, 694 h in 2.5 M s).
 * It is the month convention itself, so a cost per month and a price per
 * month always mean the same month.
 */
export function hoursPerMonth(c: Conventions): number {
  return secondsPerMonth(c) / 3600;
}

/** Up to two decimal places, with thousands separators: 30.42, 2,628,288, 730.08. */
const twoPlaces = (n: number): string => numberText(n, { maxFraction: 2 });

/** The hours in a month as every output writes them: 720, 730.08. */
export const hoursPerMonthText = (c: Conventions): string => twoPlaces(hoursPerMonth(c));

/** One line per convention, printed with every estimate. */
export function describeConventions(c: Conventions): string[] {
  const day = c.secondsPerDay === 86_400 ? '1 day = 86,400 s' : '1 day = 10^5 s (quick math)';
  const days = monthDays(c);
  const hours = hoursPerMonthText(c);
  const monthSize =
    days === undefined ? '1 month = 2.5 M s (quick math)' : `1 month = ${twoPlaces(days)} days = ${twoPlaces(secondsPerMonth(c))} s`;
  const month = `${monthSize} = ${hours} h (hourly prices x ${hours})`;
  const year = c.year === '365d' ? '1 year = 365 days' : '1 year = 12 months';
  const storage = c.storage === 'decimal' ? 'storage units decimal: 1 KB = 1,000 B' : 'storage units binary: 1 KiB = 1,024 B (KB typed = KiB)';
  const bandwidth = c.bandwidth === 'bytes' ? 'bandwidth in bytes per second' : 'bandwidth in bits per second (1 B = 8 bit)';
  const servers =
    c.servers === 'dau'
      ? `servers = daily active users / daily users one server serves (${SERVERS_BY_DAILY_USERS.limit}, a course's rule of thumb; its source is under the limits); the cost lines use it, and the count from peak load is ${SERVERS_BY_DAILY_USERS.byLoad}, shown beside it`
      : 'servers sized by peak requests a second and what one server handles';
  return [day, month, year, storage, bandwidth, servers];
}

/** The command-line flags that set conventions, with the values they accept. */
export const CONVENTION_FLAGS = {
  '--day': { field: 'secondsPerDay', accepted: ['86400', '1e5'] },
  '--month': { field: 'month', accepted: ['30d', '30.42d', '2.5Ms', `any number of days from ${MONTH_DAYS.min} to ${MONTH_DAYS.max}`] },
  '--year': { field: 'year', accepted: ['365d', '12mo'] },
  '--storage': { field: 'storage', accepted: ['decimal', 'binary'] },
  '--bandwidth': { field: 'bandwidth', accepted: ['bytes', 'bits'] },
  '--servers': { field: 'servers', accepted: ['load', 'dau'] },
} as const;

/**
 * The servers rule `--servers dau` chooses, for every problem with a `dau`:
 * servers = ceil(dau / the limits row's daily users per server). The figure
 * and the course it comes from are that row of data/limits.yaml, never code.
 */
export const SERVERS_BY_DAILY_USERS = {
  limit: 'limit_daily_users_per_server',
  formula: 'ceil(dau / limit_daily_users_per_server)',
  label: "Servers by daily users (a course's rule of thumb)",
  /** The cost line that prices the servers: under the rule it is labelled as the servers it prices. */
  costKey: 'cost_compute',
  /** The problem's own count from peak load, kept beside it so its parts (API servers, workers) still add up to a line shown. */
  byLoad: 'servers_by_load',
} as const;
export type ConventionFlag = keyof typeof CONVENTION_FLAGS;
export type ConventionField = (typeof CONVENTION_FLAGS)[ConventionFlag]['field'];

const DAY_WORDS: Record<string, Conventions['secondsPerDay']> = {
  '86400': 86_400,
  '86,400': 86_400,
  '86_400': 86_400,
  '1e5': 100_000,
  '100000': 100_000,
  '10^5': 100_000,
  '100,000': 100_000,
  '100k': 100_000,
};

/** `30d`, `30.42d`, `30.42 days`, `2.5Ms`: the month as the schema stores it, or undefined. */
function readMonth(text: string): Conventions['month'] | undefined {
  if (/^2\.5\s*m\s*s$/i.test(text)) return '2.5Ms';
  const days = /^(\d{1,2}(?:\.\d{1,4})?)\s*(?:d|days?)$/i.exec(text);
  if (!days) return undefined;
  const count = Number(days[1]);
  return isMonthLength(count) ? `${count}d` : undefined;
}

/** Apply one convention flag's value; unknown values get one clear line. */
export function applyConventionFlag(c: Conventions, flag: ConventionFlag, raw: string): Conventions {
  const spec = CONVENTION_FLAGS[flag];
  const value = raw.trim().toLowerCase();
  // A misspelt word gets the nearest name (binery -> binary); a number near an accepted one (32d) is told the range, not a guess.
  const refuse = (): never => {
    throw new UsageError(`${flag} ${quoted(raw)} is not accepted; use one of: ${spec.accepted.join(', ')}${/^[a-z]+$/.test(value) ? didYouMean(value, spec.accepted) : ''}`);
  };
  switch (spec.field) {
    case 'secondsPerDay': {
      const seconds = Object.hasOwn(DAY_WORDS, value) ? DAY_WORDS[value] : undefined;
      return seconds === undefined ? refuse() : { ...c, secondsPerDay: seconds };
    }
    case 'month': {
      const month = readMonth(raw.trim());
      return month === undefined ? refuse() : { ...c, month };
    }
    case 'year':
      return value === '365d' || value === '12mo' ? { ...c, year: value } : refuse();
    case 'storage':
      return value === 'decimal' || value === 'binary' ? { ...c, storage: value } : refuse();
    case 'bandwidth':
      return value === 'bytes' || value === 'bits' ? { ...c, bandwidth: value } : refuse();
    case 'servers':
      return value === 'load' || value === 'dau' ? { ...c, servers: value } : refuse();
  }
}

/**
 * The choices a screen steps through for one convention, in order. The month
 * offers the three lengths published examples use: 30 days (Grokking, Alex
 * Xu), 365/12 = 30.42 days (Educative) and 2.5 M s (system-design-primer).
 */
export const CONVENTION_CHOICES: { readonly [F in ConventionField]: readonly Conventions[F][] } = {
  secondsPerDay: [86_400, 100_000],
  month: ['30d', '30.42d', '2.5Ms'],
  year: ['365d', '12mo'],
  storage: ['decimal', 'binary'],
  bandwidth: ['bytes', 'bits'],
  servers: ['load', 'dau'],
};

/**
 * The conventions with one of them moved to its next choice (wrapping round):
 * what the estimator screen calls when its key is pressed, before storing the
 * result in the session and recomputing. A value not in the list (a month of
 * 29 days set by flag) moves to the first choice.
 */
export function nextConvention<F extends ConventionField>(c: Conventions, field: F): Conventions {
  const choices = CONVENTION_CHOICES[field] as readonly Conventions[F][];
  const at = choices.indexOf(c[field]);
  return { ...c, [field]: choices[(at + 1) % choices.length] };
}

/** The conventions in a few words, for a status line: `86,400 s/day · 30-day month · 365-day year · decimal · bytes/s`. */
export function conventionsSummary(c: Conventions): string {
  const days = monthDays(c);
  return [
    c.secondsPerDay === 86_400 ? '86,400 s/day' : '10^5 s/day',
    days === undefined ? '2.5 M s month' : `${twoPlaces(days)}-day month`,
    c.year === '365d' ? '365-day year' : '12-month year',
    c.storage,
    c.bandwidth === 'bytes' ? 'bytes/s' : 'bits/s',
    ...(c.servers === 'dau' ? ['servers by DAU'] : []),
  ].join(' · ');
}

const FLAG_VALUE: { readonly [F in ConventionField]: (value: Conventions[F]) => string } = {
  secondsPerDay: (seconds) => (seconds === 86_400 ? '86400' : '1e5'),
  month: (month) => month,
  year: (year) => year,
  storage: (storage) => storage,
  bandwidth: (bandwidth) => bandwidth,
  servers: (servers) => servers,
};

/** The flags that reproduce `c` (only those that differ from the defaults): ` --day 1e5 --month 2.5Ms`, or ''. */
export function conventionFlagsText(c: Conventions): string {
  return (Object.entries(CONVENTION_FLAGS) as [ConventionFlag, (typeof CONVENTION_FLAGS)[ConventionFlag]][])
    .filter(([, spec]) => c[spec.field] !== DEFAULT_CONVENTIONS[spec.field])
    .map(([flag, spec]) => ` ${flag} ${(FLAG_VALUE[spec.field] as (value: unknown) => string)(c[spec.field])}`)
    .join('');
}
