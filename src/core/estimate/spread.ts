import type { Ast } from '../units/ast.js';
import { normalDraws, quantilesInPlace, type RangeShape } from './range.js';
import { evaluateColumn, times, type Column } from './vector.js';

/**
 * The estimate over ranges. The point estimate records, in the order it
 * computed them, how each value is made (a constant, a ranged input, or a
 * formula over earlier values); this replays that recipe over columns of
 * samples. Two replays: one over seeded samples for the spreads (P5, P50,
 * P95), one over 2 x (ranged inputs) scenarios for the drivers, where each
 * ranged input in turn sits at its P5 and at its P95 while the others stay at
 * their medians. Columns stay in base units; a value's declared unit is
 * applied to the few numbers read off it (a percentile, a driver's ends).
 */

/** A ranged input: its distribution, and the values its samples may take (in its unit). */
export interface RangedInput {
  readonly key: string;
  readonly shape: RangeShape;
  readonly low: number;
  readonly high: number;
  readonly min: number;
  readonly max: number;
}

/** How a value is made, in base units; `factor` turns its declared unit into base units. */
export type Recipe =
  | { readonly key: string; readonly factor: number; readonly make: 'constant'; readonly base: number }
  | { readonly key: string; readonly factor: number; readonly make: 'range'; readonly input: number }
  /** `times` multiplies the result (the declared unit applied to a bare number). */
  | { readonly key: string; readonly factor: number; readonly make: 'formula'; readonly node: Ast; readonly times: number };

/** Values in base units, per sample or scenario, by key. */
export type Columns = Map<string, Column>;

const clamp = (x: number, input: RangedInput): number => Math.min(Math.max(x, input.min), input.max);

/** Replay the recipes with the ranged inputs' columns given (in base units). */
function replay(recipes: readonly Recipe[], inputs: readonly Float64Array[], length: number, unitOf: (name: string) => number): Columns {
  const columns: Columns = new Map();
  const resolve = (name: string): Column => columns.get(name) ?? unitOf(name);
  for (const recipe of recipes) {
    let column: Column;
    switch (recipe.make) {
      case 'constant':
        column = recipe.base;
        break;
      case 'range':
        column = inputs[recipe.input]!;
        break;
      case 'formula':
        column = times(evaluateColumn(recipe.node, resolve, length), recipe.times);
        break;
    }
    columns.set(recipe.key, column);
  }
  return columns;
}

/** The base-unit size of each ranged input's unit, from the recipes. */
function factors(recipes: readonly Recipe[], ranged: readonly RangedInput[]): number[] {
  const byKey = new Map(recipes.map((r) => [r.key, r.factor]));
  return ranged.map((input) => byKey.get(input.key) ?? 1);
}

/** Seeded samples of every value, in base units. */
export function sampleColumns(
  recipes: readonly Recipe[],
  ranged: readonly RangedInput[],
  samples: number,
  seed: number,
  unitOf: (name: string) => number,
): Columns {
  const draws = normalDraws(ranged.length, samples, seed);
  const unit = factors(recipes, ranged);
  const inputs = ranged.map((input, k) => {
    const z = draws[k]!;
    const factor = unit[k]!;
    for (let i = 0; i < samples; i++) z[i] = clamp(input.shape.at(z[i]!), input) * factor;
    return z;
  });
  return replay(recipes, inputs, samples, unitOf);
}

/** Scenario 2k has input k at its P5 and scenario 2k + 1 at its P95; every other input sits at its median. In base units. */
export function swingColumns(recipes: readonly Recipe[], ranged: readonly RangedInput[], unitOf: (name: string) => number): Columns {
  const length = 2 * ranged.length;
  const unit = factors(recipes, ranged);
  const inputs = ranged.map((input, k) => {
    const column = new Float64Array(length).fill(clamp(input.shape.median, input) * unit[k]!);
    column[2 * k] = clamp(input.low, input) * unit[k]!;
    column[2 * k + 1] = clamp(input.high, input) * unit[k]!;
    return column;
  });
  return replay(recipes, inputs, length, unitOf);
}

export interface Percentiles {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** One working copy for every percentile read: the columns themselves keep their order (checks pair them sample by sample). */
let scratch = new Float64Array(0);

export function percentiles(column: Float64Array): Percentiles {
  if (scratch.length !== column.length) scratch = new Float64Array(column.length);
  scratch.set(column);
  const [p5, p50, p95] = quantilesInPlace(scratch, [0.05, 0.5, 0.95]) as [number, number, number];
  return { p5, p50, p95 };
}

/** Samples that are not a finite number at least `floor`. */
export function badSamples(column: Column, floor: number): number {
  if (typeof column === 'number') return Number.isFinite(column) && column >= floor ? 0 : 1;
  let bad = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i]!;
    if (!(Number.isFinite(x) && x >= floor)) bad++;
  }
  return bad;
}
