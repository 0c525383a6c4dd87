import { expect } from 'vitest';
import type { Conventions } from '../../../src/core/conventions.js';
import type { EstimateReport } from '../../../src/core/estimate/types.js';

/** What Grokking (classic), Educative and Alex Xu vol. 1 use: an 86,400 s day, 30-day month, 365-day year, decimal units. */
export const BOOK_CONVENTIONS: Conventions = {
  secondsPerDay: 86_400,
  month: '30d',
  year: '365d',
  storage: 'decimal',
  bandwidth: 'bytes',
};

/** Published examples count raw bytes: no metadata or index overhead, one copy. */
export const RAW_BYTES = { metadata_overhead: '0', index_overhead: '0', replication_factor: '1' } as const;

/** The value of one report entry in its declared unit; a missing key fails the test loudly. */
export function valueOf(report: EstimateReport, key: string): number {
  const entry = report.get(key);
  if (!entry) throw new Error(`the report has no '${key}'`);
  return entry.value;
}

/**
 * Published worked examples round their figures ("~200 writes/s" for 193/s); assert the
 * figure the source prints, within the relative tolerance its rounding implies.
 */
export function expectNear(actual: number, published: number, relativeTolerance: number): void {
  const drift = Math.abs(actual / published - 1);
  expect(drift, `${actual} should be within ${relativeTolerance * 100}% of ${published}`).toBeLessThanOrEqual(relativeTolerance);
}
