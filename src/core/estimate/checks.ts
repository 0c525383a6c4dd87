import type { Conventions } from '../conventions.js';
import type { CheckDef } from '../problem/schema.js';
import { formatPlain, formatQuantity } from '../units/format.js';
import { ratioText } from './ratio-text.js';
import { percentiles, type Columns } from './spread.js';
import type { CheckAcross, CheckResult, LimitValue } from './types.js';

/** A check evaluated at the point estimate, before its verdict and advice are written. */
export interface CheckPoint {
  readonly def: CheckDef;
  /** `check_<key>`: its value's column among the samples. */
  readonly key: string;
  readonly formula: string;
  /** In the limit's unit. */
  readonly value: number;
  readonly unit: string;
  readonly limit: LimitValue;
  readonly limitBase: number;
}

/** Units of a component needed for `ratio` of one unit's limit: at least one. */
export const unitsNeeded = (ratio: number): number => Math.max(1, Math.ceil(ratio - 1e-9));

function fill(advice: string, values: Record<string, string>): string {
  return advice.replace(/\{(n|value|limit|ratio)\}/g, (_, name: string) => values[name]!);
}

/** The advice of one verdict, its placeholders filled for a value at `ratio` of the limit. */
function adviceAt(point: CheckPoint, verdict: 'over' | 'within', ratio: number, conventions: Conventions): string {
  const value = ratio * point.limit.value;
  return fill(verdict === 'over' ? point.def.over : point.def.within, {
    n: formatPlain(unitsNeeded(ratio)),
    value: formatQuantity(value, point.unit, conventions),
    limit: formatQuantity(point.limit.value, point.unit, conventions),
    ratio: ratioText(ratio),
  });
}

/** How a check's verdict holds across the samples: the share over the limit, and whether P5 and P95 disagree. */
function across(point: CheckPoint, columns: Columns, conventions: Conventions): CheckAcross | undefined {
  const value = columns.get(point.key);
  const limit = columns.get(point.limit.key);
  if (value === undefined || limit === undefined || (typeof value === 'number' && typeof limit === 'number')) return undefined;
  const length = typeof value === 'number' ? (limit as Float64Array).length : value.length;
  const ratios = new Float64Array(length);
  let over = 0;
  for (let i = 0; i < length; i++) {
    const r = (typeof value === 'number' ? value : value[i]!) / (typeof limit === 'number' ? limit : limit[i]!);
    ratios[i] = r;
    if (r > 1) over++;
  }
  const { p5, p95 } = percentiles(ratios);
  const flips = p5 <= 1 && p95 > 1;
  const overAtMedian = point.value > point.limit.value;
  // The verdict the point estimate does not give, where it applies: over at P95, or within at P5.
  const otherAdvice = flips ? (overAtMedian ? adviceAt(point, 'within', p5, conventions) : adviceAt(point, 'over', p95, conventions)) : undefined;
  return {
    overShare: over / length,
    ratioP5: p5,
    ratioP95: p95,
    neededP5: unitsNeeded(p5),
    neededP95: unitsNeeded(p95),
    flips,
    ...(otherAdvice ? { otherAdvice } : {}),
  };
}

export function checkResults(points: readonly CheckPoint[], conventions: Conventions, columns: Columns | undefined): CheckResult[] {
  return points.map((point) => {
    const ratio = point.value / point.limit.value;
    const needed = unitsNeeded(ratio);
    const verdict = ratio > 1 ? 'over' : 'within';
    const display = formatQuantity(point.value, point.unit, conventions);
    const limitDisplay = formatQuantity(point.limit.value, point.unit, conventions);
    const advice = adviceAt(point, verdict, ratio, conventions);
    const spread = columns ? across(point, columns, conventions) : undefined;
    return {
      key: point.def.key,
      label: point.def.label,
      formula: point.formula,
      value: point.value,
      unit: point.unit,
      display,
      limitKey: point.limit.key,
      limit: point.limit.value,
      limitDisplay,
      one: point.limit.one,
      ratio,
      needed,
      verdict,
      advice,
      ...(spread ? { across: spread } : {}),
    };
  });
}
