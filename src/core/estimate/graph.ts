import type { EstimateReport, ReportEntry } from './types.js';

/**
 * Which values feed which, for a screen that highlights what an assumption
 * drives or what an estimate is made of. Read from the report's own `inputs`,
 * so it follows the values in use (an assumption set by hand no longer
 * depends on the ones its default used).
 */

function entries(report: EstimateReport): ReportEntry[] {
  return [...report.assumptions, ...report.prices, ...report.limits, ...report.estimates, ...report.costs, report.total];
}

const inputsOfEntry = (entry: ReportEntry): readonly string[] => ('inputs' in entry ? entry.inputs : []);

/** Every key `key` is computed from, directly or through others, nearest first. */
export function inputsOf(report: EstimateReport, key: string): string[] {
  const found: string[] = [];
  const queue = [...inputsOfEntry(report.get(key) ?? ({ inputs: [] } as unknown as ReportEntry))];
  while (queue.length) {
    const next = queue.shift()!;
    if (found.includes(next)) continue;
    found.push(next);
    const entry = report.get(next);
    if (entry) queue.push(...inputsOfEntry(entry));
  }
  return found;
}

/** Every key that `key` feeds, directly or through others, in report order (assumptions, prices, limits, estimates, costs, total). */
export function dependentsOf(report: EstimateReport, key: string): string[] {
  const feeds = new Set([key]);
  const all = entries(report);
  // Entries are in dependency order within their groups, but an assumption may feed an earlier one: repeat until stable.
  for (let changed = true; changed; ) {
    changed = false;
    for (const entry of all) {
      if (!feeds.has(entry.key) && inputsOfEntry(entry).some((k) => feeds.has(k))) {
        feeds.add(entry.key);
        changed = true;
      }
    }
  }
  return all.map((e) => e.key).filter((k) => k !== key && feeds.has(k));
}

/**
 * Each value over its value at the defaults (2.4 means 2.4 times the default),
 * for "change from the defaults" beside each row; missing where either is 0.
 */
export function changeFromDefaults(report: EstimateReport, defaults: EstimateReport): Map<string, number> {
  const change = new Map<string, number>();
  for (const entry of entries(report)) {
    const before = defaults.get(entry.key);
    if (before && before.value !== 0 && entry.value !== 0) change.set(entry.key, entry.value / before.value);
  }
  return change;
}
