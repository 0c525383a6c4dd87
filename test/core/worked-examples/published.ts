import { afterAll, expect } from 'vitest';
import type { Conventions } from '../../../src/core/conventions.js';
import type { EstimateReport } from '../../../src/core/estimate/types.js';

/** What Grokking (classic), Educative and Alex Xu vol. 1 use: an 86,400 s day, 30-day month, 365-day year, decimal units. */
export const BOOK_CONVENTIONS: Conventions = {
  secondsPerDay: 86_400,
  month: '30d',
  year: '365d',
  storage: 'decimal',
  bandwidth: 'bytes',
  servers: 'load',
};

/** system-design-primer: monthly figures over 2.5 M seconds a month; "3 years" is 36 of those months. */
export const PRIMER_CONVENTIONS: Conventions = { ...BOOK_CONVENTIONS, month: '2.5Ms', year: '12mo' };

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

/** A figure a source prints, and what we compute from its inputs. */
interface Reproduced {
  readonly source: string;
  readonly figure: string;
  readonly published: number;
  readonly ours: number;
}
const reproduced: Reproduced[] = [];

/**
 * A published figure reproduced within 3%: the bar for every worked
 * example. Recorded, so `HLD_SHOW_FIGURES=1 npx vitest run test/core/worked-examples`
 * prints the table of source, figure, ours and error.
 */
export function expectFigure(source: string, figure: string, actual: number, published: number, tolerance = 0.03): void {
  reproduced.push({ source, figure, published, ours: actual });
  expectNear(actual, published, tolerance);
}

afterAll(() => {
  if (!process.env['HLD_SHOW_FIGURES'] || reproduced.length === 0) return;
  const rows = reproduced.map((r) => `| ${r.source} | ${r.figure} | ${r.published.toPrecision(4)} | ${r.ours.toPrecision(4)} | ${((r.ours / r.published - 1) * 100).toFixed(2)}% |`);
  console.log(['| source | figure | published | ours | error |', '| --- | --- | ---: | ---: | ---: |', ...rows].join('\n'));
  reproduced.length = 0;
});
