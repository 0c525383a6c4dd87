import { mulberry32 } from '../drill/prng.js';

/**
 * Ranges: `low to high` as the value of an assumption, a price or a limit,
 * read as a 90% interval (the value is below `low` one time in twenty and
 * above `high` one time in twenty), as Guesstimate and Squiggle read it.
 *
 * - Both ends above zero: log-normal, so the range is as likely to be off by
 *   a factor either way (the median of 100M to 400M is 200M, their geometric
 *   mean). This is how sizes, rates and counts behave.
 * - A low end of 0 or below (`0 to 10%`): normal, median halfway. Samples are
 *   kept inside what the input accepts (a share between 0 and 1, a count not
 *   below zero): a sample beyond an end of the allowed values is moved onto it.
 *
 * `to` is only ever the range's own word, at the top level of the value: it
 * is never an operator inside an expression (`5 TB/day to Mb/s` is refused, as
 * before), so what a range prints can be typed back as it is.
 */

/** z of the 95th percentile of the standard normal: a 90% interval is median +/- 1.645 sigma. */
export const Z95 = 1.6448536269514722;

export interface RangeText {
  readonly low: string;
  readonly high: string;
}

/** ` to ` outside any parentheses, as a whole word. */
const TO = /\bto\b/g;

/** `100M to 400M` -> { low: '100M', high: '400M' }; undefined when the text is not a range (no top-level `to`). */
export function splitRange(text: string): RangeText | undefined {
  if (!text.includes('to')) return undefined;
  for (const match of text.matchAll(TO)) {
    let depth = 0;
    for (let i = 0; i < match.index; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    // `1 to 2 to 3`: the second `to` lands in the high end, whose reader refuses it as it refuses any `to`.
    if (depth === 0) return { low: text.slice(0, match.index).trim(), high: text.slice(match.index + 2).trim() };
  }
  return undefined;
}

/** One dash between two parts that each hold a number: `2-4`, `100M - 400M`, `100M–400M`. */
const DASHED = /^([^-\u2013\u2014]*\d[^-\u2013\u2014]*?)\s*([-\u2013\u2014])\s*([^-\u2013\u2014]*\d[^-\u2013\u2014]*)$/;

/**
 * A range typed with a dash, as books print them (`2-4`, `100M–400M`), as
 * the range syntax would take it (`2 to 4`), and whether the dash is the
 * minus sign (`-` subtracts; an en or em dash is no operator at all);
 * undefined when the text is not two numbers around one dash.
 */
export function dashedRange(text: string): { readonly asRange: string; readonly minus: boolean } | undefined {
  const match = DASHED.exec(text.trim());
  if (!match) return undefined;
  return { asRange: `${match[1]!.trim()} to ${match[3]!.trim()}`, minus: match[2] === '-' };
}

export type Distribution = 'lognormal' | 'normal';

export interface RangeShape {
  readonly distribution: Distribution;
  /** The median: geometric mean of the ends (log-normal) or their mean (normal). */
  readonly median: number;
  /** Value at standard normal z. */
  at(z: number): number;
}

/** The distribution a range stands for; `low` <= `high`, in the input's unit. */
export function rangeShape(low: number, high: number): RangeShape {
  if (low > 0 && high > 0) {
    const mu = (Math.log(low) + Math.log(high)) / 2;
    const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
    return { distribution: 'lognormal', median: Math.exp(mu), at: (z) => Math.exp(mu + sigma * z) };
  }
  const mean = (low + high) / 2;
  const sd = (high - low) / (2 * Z95);
  return { distribution: 'normal', median: mean, at: (z) => mean + sd * z };
}

/**
 * The inverse of the standard normal distribution function (Acklam's rational
 * approximation, relative error under 1.2e-9), for p in (0, 1).
 */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** Bases of the Halton sequence: one prime per ranged input, for the first few. */
const HALTON_BASES = [2, 3, 5, 7, 11, 13] as const;

/** The i-th point (i >= 1) of the van der Corput sequence in `base`: i's digits mirrored after the point. */
function radicalInverse(i: number, base: number): number {
  let fraction = 1;
  let result = 0;
  for (let n = i; n > 0; n = Math.floor(n / base)) {
    fraction /= base;
    result += fraction * (n % base);
  }
  return result;
}

/** Strictly inside (0, 1), where the normal quantile is finite. */
const open = (u: number): number => Math.min(Math.max(u, 1e-12), 1 - 1e-12);

/**
 * Standard normal draws for each ranged input. The first six inputs take a
 * Halton sequence (one prime base each), shifted at random by the seed: points
 * that fill the space evenly, so the percentiles of the outputs settle with
 * far fewer samples than independent draws need (a product of two ranges is
 * within 2% at 2,000 samples, where independent draws stray by 4%). Inputs
 * beyond six, where Halton points start to line up, take Latin hypercube draws:
 * one in each of `count` equally likely slices, in a shuffled order. Seeded:
 * the same seed, inputs and count give the same draws on every machine.
 */
export function normalDraws(inputs: number, count: number, seed: number): Float64Array[] {
  const random = mulberry32(seed);
  const draws: Float64Array[] = [];
  for (let k = 0; k < inputs; k++) {
    const z = new Float64Array(count);
    const base = HALTON_BASES[k];
    if (base !== undefined) {
      const shift = random();
      for (let i = 0; i < count; i++) {
        const u = radicalInverse(i + 1, base) + shift;
        z[i] = normalQuantile(open(u - Math.floor(u)));
      }
    } else {
      const order = new Uint32Array(count);
      for (let i = 0; i < count; i++) order[i] = i;
      for (let i = count - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
      }
      for (let i = 0; i < count; i++) z[i] = normalQuantile(open((order[i]! + random()) / count));
    }
    draws.push(z);
  }
  return draws;
}

/** The p-th quantile (0..1) of sorted values, interpolated between neighbours. */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const at = p * (n - 1);
  const lower = Math.floor(at);
  const upper = Math.min(lower + 1, n - 1);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (at - lower);
}

/** Rearrange `values` so that values[k] is the k-th smallest, smaller ones before it, larger after (Hoare's selection). */
function select(values: Float64Array, k: number, left = 0, right = values.length - 1): void {
  while (right > left) {
    const pivot = values[k]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (j < k) left = i;
    if (k < i) right = j;
  }
}

/**
 * Quantiles (0..1, ascending) of `values`, interpolated between neighbours as
 * quantileOfSorted does, without sorting: a selection per quantile, so a
 * recompute of every value over thousands of samples stays cheap. Reorders `values`.
 */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => Number.NaN);
  return ps.map((p) => {
    const at = p * (n - 1);
    const lower = Math.floor(at);
    select(values, lower);
    const low = values[lower]!;
    if (lower + 1 >= n || at === lower) return low;
    let next = Number.POSITIVE_INFINITY;
    for (let i = lower + 1; i < n; i++) if (values[i]! < next) next = values[i]!;
    return low + (next - low) * (at - lower);
  });
}
