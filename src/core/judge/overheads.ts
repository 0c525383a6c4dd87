import type { Conventions } from '../conventions.js';
import { runEstimate } from '../estimate/engine.js';
import type { EstimateReport } from '../estimate/types.js';
import { HldError } from '../errors.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';

/**
 * Raw quantities: what is stored or sent before copies and overheads. Books
 * and courses work storage out raw first ("100M links x 500 B x 5 years =
 * 15 TB") and add indexes, metadata and replicas after, so a raw figure
 * checked against an estimate that includes them looks 4x off when it is
 * right. A number whose own clause says it is raw ("15 TB raw", "before
 * replication", "one copy", "without overheads") is checked against the
 * engine run with no replicas and no overheads, at the same assumptions
 * otherwise; any other number against the estimate as it stands.
 */

/** The assumptions that add copies or overheads, at the value that adds nothing. */
const NEUTRAL: Readonly<Record<string, string>> = { replication_factor: '1', metadata_overhead: '0', index_overhead: '0' };

/**
 * A raw estimate's label, so the report says what it compared with: "Post
 * rows a day, indexed, with overheads and replicas" becomes "Post rows a day
 * without replicas or overheads".
 */
export const rawLabel = (label: string) =>
  `${label
    .replace(/\s*\([^)]*(?:replica|overhead)[^)]*\)/gi, '')
    .replace(/(?:,\s*(?:indexed|with [^,]*(?:replica|overhead)[^,]*))+$/i, '')} without replicas or overheads`;

const RAW =
  /\b(?:raw|unreplicated|logical|(?:before|without|excluding|excl\.?|minus|no)\s+(?:any\s+)?(?:replicas?|replication|rf|overheads?|indexes|indices|copies)|(?:one|single|1)\s+(?:copy|replica))\b/i;

/** Whether some words (a number's clause and its own words) say the quantity is raw. */
export const namesRaw = (words: string) => RAW.test(words);

/**
 * The engine at the same overrides with no replicas and no overheads, or
 * undefined when the problem has none of those assumptions (nothing would
 * change) or the run fails.
 */
export function withoutOverheads(problem: Problem, overrides: Readonly<Record<string, string>>, conventions: Conventions, prices?: PriceTable): EstimateReport | undefined {
  const neutral = Object.fromEntries(Object.entries(NEUTRAL).filter(([key]) => problem.assumptions.some((a) => a.key === key)));
  if (Object.keys(neutral).length === 0) return undefined;
  try {
    return runEstimate(problem, { overrides: { ...overrides, ...neutral }, conventions, ...(prices ? { prices } : {}) });
  } catch (error) {
    if (!(error instanceof HldError)) throw error;
    return undefined;
  }
}
