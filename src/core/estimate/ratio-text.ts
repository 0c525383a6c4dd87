import { formatPlain } from '../units/number-text.js';

/**
 * A value over its limit: `5.04x`, `117x`, `5,000x`; below the limit as a
 * share of it: `8%`. Apart from checks.ts, which works the checks out, so a
 * kept estimate is shown without loading the estimator.
 */
export function ratioText(ratio: number): string {
  if (ratio < 1) return `${Math.max(1, Math.round(ratio * 100))}%`;
  return `${ratio >= 100 ? formatPlain(Math.round(ratio)) : Number(ratio.toPrecision(3))}x`;
}
