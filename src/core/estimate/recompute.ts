import type { Conventions } from '../conventions.js';
import { HldError } from '../errors.js';
import type { LimitTable } from '../limits/schema.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
import type { EstimateOptions, EstimateReport } from './types.js';

/**
 * The live estimate of a session: the problem estimated again with the
 * session's overrides, as the practice screen and the plain walk do after
 * every change (or every keystroke of a draft). A value that does not
 * evaluate is an answer ({ error }), not an exception, so a screen can show it
 * beside the field.
 *
 * One call recomputes everything: every value with its working; with any
 * input typed as a range (`100M to 400M`), every value's spread (P5, P50,
 * P95) and drivers over seeded samples; and the design checks, with whether
 * each holds across the ranges. Formulas are parsed once per problem and
 * typed values once per text, so a keystroke costs an evaluation: a few
 * milliseconds for point inputs, about 10-20 ms with ranges at 2,000 samples
 * (npm run bench measures it).
 *
 * For the estimator screen (issue 13 item 4), everything it needs is here and
 * in graph.ts; no UI is built on it yet:
 * - after a keystroke: computeEstimate(inputs, overridesWith(report, overrides, key, text));
 *   keep `seed` fixed between calls so P5/P95 do not jitter;
 * - per row: entry.display, entry.range (typed ends), entry.spread.display
 *   (P5/P50/P95), entry.drivers (largest swing first; `relative` is the bar's length);
 * - report.checks: verdict, advice, and `across` (flips, overShare, otherAdvice) with ranges;
 * - highlighting: inputsOf / dependentsOf (graph.ts); "2.4x": changeFromDefaults(report,
 *   the report with no overrides);
 * - shared wording with the CLI and export: report/ranges.ts (samplingLine,
 *   DRIVERS_NOTE, checkAcrossText, bar).
 */

/**
 * The estimation engine (runEstimate). Passed in rather than imported so the
 * practice screen can draw its first frame before mathjs has loaded.
 */
export type EstimateRunner = (problem: Problem, options: EstimateOptions & { prices?: PriceTable; limits?: LimitTable }) => EstimateReport;

export interface EstimateInputs {
  readonly run: EstimateRunner;
  readonly problem: Problem;
  readonly prices?: PriceTable | undefined;
  /** The limits the design checks compare with (the shipped table and $HLD_HOME/limits.yaml when left out). */
  readonly limits?: LimitTable | undefined;
  readonly conventions?: Conventions | undefined;
  /** Seed of the sampling when an input is a range (DEFAULT_SEED when left out): keep it fixed so spreads do not jitter between keystrokes. */
  readonly seed?: number | undefined;
  /** Samples per range recompute (DEFAULT_SAMPLES when left out). */
  readonly samples?: number | undefined;
}

export type EstimateResult = { readonly report: EstimateReport } | { readonly error: string };

export function computeEstimate(inputs: EstimateInputs, overrides: Readonly<Record<string, string>>): EstimateResult {
  try {
    return {
      report: inputs.run(inputs.problem, {
        overrides,
        ...(inputs.conventions ? { conventions: inputs.conventions } : {}),
        ...(inputs.prices ? { prices: inputs.prices } : {}),
        ...(inputs.limits ? { limits: inputs.limits } : {}),
        ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
        ...(inputs.samples !== undefined ? { samples: inputs.samples } : {}),
      }),
    };
  } catch (error) {
    if (error instanceof HldError) return { error: error.message };
    throw error;
  }
}

/**
 * The overrides once `key` is set to `text` (trimmed): a value typed as the
 * default is no override at all, so it is removed and the row reads unchanged.
 * `report` is the estimate made with the new value (its entries know their defaults).
 */
export function overridesWith(report: EstimateReport, overrides: Readonly<Record<string, string>>, key: string, text: string): Record<string, string> {
  const next = { ...overrides };
  const entry = report.get(key);
  const defaultInput = entry && 'defaultInput' in entry ? entry.defaultInput : undefined;
  if (defaultInput !== undefined && defaultInput.trim() === text.trim()) delete next[key];
  else next[key] = text.trim();
  return next;
}
