import { z } from 'zod';
import { UsageError } from './errors.js';

/**
 * The conventions behind every number. Published worked examples disagree on
 * these silently; we make them explicit settings and print them with every output.
 * One schema: the session file stores them in this shape, and the type below is read from it.
 */
export const conventionsSchema = z.strictObject({
  /** 86,400 (exact) or 100,000 ("quick math"). */
  secondsPerDay: z.union([z.literal(86_400), z.literal(100_000)]),
  /** A 30-day month, or the "quick math" 2.5 M seconds. */
  month: z.enum(['30d', '2.5Ms']),
  /** 365 days, or 12 months (what "x 12 x 5 years" examples use). */
  year: z.enum(['365d', '12mo']),
  /** KB/MB/GB as powers of 1000 (decimal) or 1024 (binary, shown as KiB/MiB/GiB). */
  storage: z.enum(['decimal', 'binary']),
  /** Bandwidth shown in bytes per second or bits per second. */
  bandwidth: z.enum(['bytes', 'bits']),
});
export type Conventions = z.infer<typeof conventionsSchema>;

export const DEFAULT_CONVENTIONS: Conventions = {
  secondsPerDay: 86_400,
  month: '30d',
  year: '365d',
  storage: 'decimal',
  bandwidth: 'bytes',
};

/** Seconds in a month and a year under the given conventions. */
export function secondsPerMonth(c: Conventions): number {
  return c.month === '30d' ? 30 * c.secondsPerDay : 2_500_000;
}
export function secondsPerYear(c: Conventions): number {
  return c.year === '365d' ? 365 * c.secondsPerDay : 12 * secondsPerMonth(c);
}

/** One line per convention, printed with every estimate. */
export function describeConventions(c: Conventions): string[] {
  const day = c.secondsPerDay === 86_400 ? '1 day = 86,400 s' : '1 day = 10^5 s (quick math)';
  const month = c.month === '30d' ? `1 month = 30 days = ${(30 * c.secondsPerDay).toLocaleString('en-US')} s` : '1 month = 2.5 M s (quick math)';
  const year = c.year === '365d' ? '1 year = 365 days' : '1 year = 12 months';
  const storage = c.storage === 'decimal' ? 'storage units decimal: 1 KB = 1,000 B' : 'storage units binary: 1 KiB = 1,024 B (KB typed = KiB)';
  const bandwidth = c.bandwidth === 'bytes' ? 'bandwidth in bytes per second' : 'bandwidth in bits per second (1 B = 8 bit)';
  return [day, month, year, storage, bandwidth];
}

/** The command-line flags that set conventions, with their accepted values. */
export const CONVENTION_FLAGS = {
  '--day': { field: 'secondsPerDay', accepted: ['86400', '1e5'] },
  '--month': { field: 'month', accepted: ['30d', '2.5Ms'] },
  '--year': { field: 'year', accepted: ['365d', '12mo'] },
  '--storage': { field: 'storage', accepted: ['decimal', 'binary'] },
  '--bandwidth': { field: 'bandwidth', accepted: ['bytes', 'bits'] },
} as const;
export type ConventionFlag = keyof typeof CONVENTION_FLAGS;

/** Apply one convention flag's value; unknown values get one clear line. */
export function applyConventionFlag(c: Conventions, flag: ConventionFlag, raw: string): Conventions {
  const spec = CONVENTION_FLAGS[flag];
  const value = raw.trim();
  const accepted: readonly string[] = spec.accepted;
  const normalised = value.toLowerCase();
  const match = accepted.find((a) => a.toLowerCase() === normalised) ??
    (flag === '--day' && ['86,400', '86_400'].includes(normalised) ? '86400' : undefined) ??
    (flag === '--day' && ['100000', '10^5', '100,000', '100k'].includes(normalised) ? '1e5' : undefined);
  if (!match) {
    throw new UsageError(`${flag} '${raw}' is not accepted; use one of: ${accepted.join(', ')}`);
  }
  switch (spec.field) {
    case 'secondsPerDay':
      return { ...c, secondsPerDay: match === '86400' ? 86_400 : 100_000 };
    case 'month':
      return { ...c, month: match as Conventions['month'] };
    case 'year':
      return { ...c, year: match as Conventions['year'] };
    case 'storage':
      return { ...c, storage: match as Conventions['storage'] };
    case 'bandwidth':
      return { ...c, bandwidth: match as Conventions['bandwidth'] };
  }
}
