import type { Conventions } from '../conventions.js';
import { formatQuantity } from '../units/format.js';
import { badSamples, percentiles, sampleColumns, swingColumns, type Columns, type RangedInput, type Recipe } from './spread.js';
import type { Driver, Uncertain } from './types.js';
import { numberText } from '../units/number-text.js';

export interface RangeRun {
  readonly recipes: readonly Recipe[];
  readonly ranged: readonly RangedInput[];
  readonly samples: number;
  readonly seed: number;
  readonly conventions: Conventions;
  /** A unit name's size in base units. */
  readonly unitOf: (name: string) => number;
  /** The cost lines, whose sum is cost_total. */
  readonly costKeys: readonly string[];
  /** Values that may not go below zero in any sample (estimates and costs, as in the point estimate). */
  readonly nonNegative: readonly string[];
  readonly fail: (message: string) => never;
}

export interface RangeResults {
  /** Every value over the samples, in base units (a number when no range reaches it). */
  readonly columns: Columns;
  /** The spread and drivers of one value, for its entry in the report. */
  uncertain(key: string, unit: string): Uncertain;
}

/** A driver that moves a value by less than this share of the value is no driver. */
const NEGLIGIBLE = 1e-9;

/** cost_total, in base units like the lines it adds up (all in USD/month). */
function withTotal(columns: Columns, costKeys: readonly string[]): Columns {
  let total: number | Float64Array = 0;
  for (const key of costKeys) {
    const cost = columns.get(key)!;
    if (typeof total === 'number' && typeof cost === 'number') {
      total += cost;
      continue;
    }
    const length = typeof cost === 'number' ? (total as Float64Array).length : cost.length;
    const sum: Float64Array = new Float64Array(length);
    for (let i = 0; i < length; i++) sum[i] = (typeof total === 'number' ? total : total[i]!) + (typeof cost === 'number' ? cost : cost[i]!);
    total = sum;
  }
  columns.set('cost_total', total);
  return columns;
}

/** Spreads over seeded samples, and drivers from one scenario per ranged input end. */
export function spreadsAndDrivers(run: RangeRun): RangeResults {
  const sampled = withTotal(sampleColumns(run.recipes, run.ranged, run.samples, run.seed, run.unitOf), run.costKeys);
  for (const recipe of run.recipes) {
    if (recipe.make !== 'formula') continue;
    const floor = run.nonNegative.includes(recipe.key) ? 0 : Number.NEGATIVE_INFINITY;
    const bad = badSamples(sampled.get(recipe.key)!, floor);
    if (bad > 0) {
      const what = floor === 0 ? 'negative or not a finite number' : 'not a finite number';
      run.fail(
        `with these ranges, '${recipe.key}' is ${what} in ${numberText(bad)} of ${numberText(run.samples)} samples; narrow the ranges (a range that reaches 0 can leave a divisor at 0)`,
      );
    }
  }
  const swings = withTotal(swingColumns(run.recipes, run.ranged, run.unitOf), run.costKeys);
  const rangedIndex = new Map(run.ranged.map((input, k) => [input.key, k]));
  const format = (value: number, unit: string) => formatQuantity(value, unit, run.conventions);
  const factorOf = new Map(run.recipes.map((r) => [r.key, r.factor]));
  const costFactor = factorOf.get(run.costKeys[0] ?? '') ?? 1;
  const factor = (key: string): number => (key === 'cost_total' ? costFactor : (factorOf.get(key) ?? 1));

  const drivers = (key: string, unit: string): Driver[] => {
    const column = swings.get(key);
    if (column === undefined || typeof column === 'number' || rangedIndex.has(key)) return [];
    const size = factor(key);
    const found = run.ranged.map((input, k) => {
      const atLow = column[2 * k]! / size;
      const atHigh = column[2 * k + 1]! / size;
      return { key: input.key, atLow, atHigh, swing: Math.abs(atHigh - atLow) };
    });
    const scale = Math.max(...found.map((d) => Math.max(Math.abs(d.atLow), Math.abs(d.atHigh))));
    const moving = found.filter((d) => d.swing > NEGLIGIBLE * scale).sort((a, b) => b.swing - a.swing);
    const largest = moving[0]?.swing ?? 0;
    return moving.map((d) => ({ ...d, relative: d.swing / largest, display: { atLow: format(d.atLow, unit), atHigh: format(d.atHigh, unit) } }));
  };

  return {
    columns: sampled,
    uncertain(key, unit) {
      const column = sampled.get(key);
      if (column === undefined || typeof column === 'number') return {};
      const input = rangedIndex.has(key) ? run.ranged[rangedIndex.get(key)!]! : undefined;
      const clamp = (x: number) => (input ? Math.min(Math.max(x, input.min), input.max) : x);
      // A ranged input's percentiles are its own ends and median, exactly; anything else is read off the samples.
      const size = factor(key);
      const inBase = input ? undefined : percentiles(column);
      const p = inBase ? { p5: inBase.p5 / size, p50: inBase.p50 / size, p95: inBase.p95 / size } : { p5: clamp(input!.low), p50: clamp(input!.shape.median), p95: clamp(input!.high) };
      const spread = { ...p, display: { p5: format(p.p5, unit), p50: format(p.p50, unit), p95: format(p.p95, unit) } };
      const found = drivers(key, unit);
      return { spread, ...(found.length > 0 ? { drivers: found } : {}) };
    },
  };
}
