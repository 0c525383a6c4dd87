/**
 * The estimator with mathjs and the data loaders up front, for callers that
 * need an answer at once for anything a user types (screens, drills,
 * judging). Commands that must start fast use estimate/lazy.ts instead, which
 * loads mathjs, the YAML parser and zod only when a value or file needs them.
 */
import '../units/math.js';
import { loadLimits } from '../limits/load.js';
import type { LimitTable } from '../limits/schema.js';
import { loadPrices } from '../prices/load.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
import { runEstimate as run } from './run.js';
import type { EstimateOptions, EstimateReport } from './types.js';

export { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_MAGNITUDE, MIN_MAGNITUDE } from './run.js';

let defaultPrices: PriceTable | undefined;
let defaultLimits: LimitTable | undefined;

/** runEstimate with the shipped price and limit tables unless others are given. */
export function runEstimate(problem: Problem, options: EstimateOptions & { prices?: PriceTable; limits?: LimitTable } = {}): EstimateReport {
  return run(problem, {
    ...options,
    prices: options.prices ?? (defaultPrices ??= loadPrices()),
    limits: options.limits ?? (defaultLimits ??= loadLimits()),
  });
}
