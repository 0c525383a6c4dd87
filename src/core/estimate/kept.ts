import { join } from 'node:path';
import { BUILD_ID } from '../build-id.js';
import { forgetKept, readKept, sha256, writeKept } from '../kept-file.js';
import { loadLimitsLazily } from '../limits/load-lazy.js';
import { hldHome } from '../paths.js';
import { loadPricesLazily } from '../prices/load-lazy.js';
import type { Problem } from '../problem/schema.js';
import type { TableFiles } from './lazy.js';
import { withLookup, type EstimateData } from './lookup.js';
import type { EstimateOptions, EstimateReport } from './types.js';

/**
 * A session's estimate, worked out once and kept in
 * `$HLD_HOME/estimates/<session id>.json`, so exporting a session again
 * reads it instead of loading the estimator and redoing every formula.
 *
 * An estimate is a function of what it is computed from: the problem, the
 * session's overrides and conventions, the sampling seed, the price and limit
 * tables (the user's rows included) and the build of hld. The kept one is
 * used only when all of these are exactly what it was computed from (one
 * digest of them); change any and it is worked out again and kept anew. A
 * damaged file fails its digest and is ignored; one that cannot be written
 * costs only the next export the work.
 */

const KEPT_ESTIMATE = { format: 1, field: 'estimate' } as const;

export const keptEstimatesDir = (env?: NodeJS.ProcessEnv): string => join(hldHome(env), 'estimates');
const keptFile = (env: NodeJS.ProcessEnv | undefined, sessionId: string): string => join(keptEstimatesDir(env), `${sessionId}.json`);

/** JSON of the estimate, or undefined when JSON cannot carry it faithfully (a number that is not finite would come back as null). */
function faithfulJson(data: EstimateData): string | undefined {
  let faithful = true;
  const text = JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) faithful = false;
    return value;
  });
  return faithful ? text : undefined;
}

/**
 * The estimate of session `sessionId` on `problem` with `options`: the kept
 * one when it was computed from exactly these, else worked out now (the
 * estimator is loaded only then) and kept. Errors are those of the estimator
 * (an override that no longer fits the problem), and nothing is kept then.
 */
export async function sessionEstimate(sessionId: string, problem: Problem, options: EstimateOptions & TableFiles): Promise<EstimateReport> {
  const { env, pricesFile, limitsFile, prices: loadedPrices, limits: loadedLimits, ...estimate } = options;
  const [prices, limits] = await Promise.all([
    loadedPrices ?? loadPricesLazily({ ...(env ? { env } : {}), ...(pricesFile ? { extraFile: pricesFile } : {}) }),
    loadedLimits ?? loadLimitsLazily({ ...(env ? { env } : {}), ...(limitsFile ? { extraFile: limitsFile } : {}) }),
  ]);
  const key = sha256(JSON.stringify({ format: KEPT_ESTIMATE.format, build: BUILD_ID, problem, estimate, prices, limits }));
  const file = keptFile(env, sessionId);
  const kept = readKept(file, KEPT_ESTIMATE, key) as EstimateData | undefined;
  if (kept) return withLookup(kept);
  const { estimateLazily } = await import('./lazy.js');
  const report = await estimateLazily(problem, { ...estimate, ...(env ? { env } : {}), prices, limits });
  const { get: _get, ...data } = report;
  const json = faithfulJson(data);
  // One that cannot be kept costs only the next export the work.
  if (json !== undefined) writeKept(file, KEPT_ESTIMATE, key, json);
  return report;
}

/** Forget the estimate kept for a deleted session. */
export function forgetKeptEstimate(sessionId: string, env?: NodeJS.ProcessEnv): void {
  forgetKept(keptFile(env, sessionId));
}
