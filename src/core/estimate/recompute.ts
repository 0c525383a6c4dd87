import type { Conventions } from '../conventions.js';
import { HldError } from '../errors.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
import type { EstimateOptions, EstimateReport } from './types.js';

/**
 * The live estimate of a session: the problem estimated again with the
 * session's overrides, as the practice screen and the plain walk do after
 * every change. A value that does not evaluate is an answer ({ error }), not
 * an exception, so a screen can show it beside the field.
 */

/**
 * The estimation engine (runEstimate). Passed in rather than imported so the
 * practice screen can draw its first frame before mathjs has loaded.
 */
export type EstimateRunner = (problem: Problem, options: EstimateOptions & { prices?: PriceTable }) => EstimateReport;

export interface EstimateInputs {
  readonly run: EstimateRunner;
  readonly problem: Problem;
  readonly prices?: PriceTable | undefined;
  readonly conventions?: Conventions | undefined;
}

export type EstimateResult = { readonly report: EstimateReport } | { readonly error: string };

export function computeEstimate(inputs: EstimateInputs, overrides: Readonly<Record<string, string>>): EstimateResult {
  try {
    return {
      report: inputs.run(inputs.problem, {
        overrides,
        ...(inputs.conventions ? { conventions: inputs.conventions } : {}),
        ...(inputs.prices ? { prices: inputs.prices } : {}),
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
