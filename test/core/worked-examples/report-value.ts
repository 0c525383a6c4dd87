import type { Conventions } from '../../../src/core/conventions.js';
import type { EstimateReport } from '../../../src/core/estimate/types.js';

/** What Grokking (classic) and Alex Xu vol. 1 both use: an 86,400 s day, 30-day month, decimal units. */
export const BOOK_CONVENTIONS: Conventions = {
  secondsPerDay: 86_400,
  month: '30d',
  year: '365d',
  storage: 'decimal',
  bandwidth: 'bytes',
};

/** The value of one report entry in its declared unit; a missing key fails the test loudly. */
export function valueOf(report: EstimateReport, key: string): number {
  const entry = report.get(key);
  if (!entry) throw new Error(`the report has no '${key}'`);
  return entry.value;
}
