import { loadLimitsLazily } from '../limits/load-lazy.js';
import type { LimitTable } from '../limits/schema.js';
import { loadPricesLazily } from '../prices/load-lazy.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
import { withMathjsWhenNeeded } from '../units/fallback.js';
import { runEstimate } from './run.js';
import type { EstimateOptions, EstimateReport } from './types.js';

/** Where a command's price and limit tables come from. */
export interface TableFiles {
  readonly env?: NodeJS.ProcessEnv;
  /** --prices FILE: rows laid over the shipped table instead of $HLD_HOME/prices.yaml. */
  readonly pricesFile?: string | undefined;
  /** --limits FILE: likewise for limits. */
  readonly limitsFile?: string | undefined;
  /** The price table when the caller has loaded it already (the export also gives it to the judge): not read again. */
  readonly prices?: PriceTable;
  /** Likewise the limits table. */
  readonly limits?: LimitTable;
}

/**
 * An estimate for a command that must start fast: the tables from the
 * build's copies (or the user's files, validated now), and mathjs loaded only
 * if a typed value needs more than our own parser and unit table.
 */
export async function estimateLazily(problem: Problem, options: EstimateOptions & TableFiles = {}): Promise<EstimateReport> {
  const { env, pricesFile, limitsFile, prices: loadedPrices, limits: loadedLimits, ...estimate } = options;
  const [prices, limits] = await Promise.all([
    loadedPrices ?? loadPricesLazily({ ...(env ? { env } : {}), ...(pricesFile ? { extraFile: pricesFile } : {}) }),
    loadedLimits ?? loadLimitsLazily({ ...(env ? { env } : {}), ...(limitsFile ? { extraFile: limitsFile } : {}) }),
  ]);
  return withMathjsWhenNeeded(() => runEstimate(problem, { ...estimate, prices, limits }), () => import('../units/math.js'));
}
