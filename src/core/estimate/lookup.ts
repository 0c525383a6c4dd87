import type { EstimateReport, ReportEntry } from './types.js';

/** An estimate's values without their lookup: what can be written to a file and read back. */
export type EstimateData = Omit<EstimateReport, 'get'>;

/** The estimate with `get(key)` finding any assumption, price, limit, estimate or cost by its key. */
export function withLookup(data: EstimateData): EstimateReport {
  const index = new Map<string, ReportEntry>();
  for (const entry of [...data.assumptions, ...data.prices, ...data.limits, ...data.estimates, ...data.costs, data.total]) index.set(entry.key, entry);
  return { ...data, get: (key) => index.get(key) };
}
