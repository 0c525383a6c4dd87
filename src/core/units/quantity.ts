/**
 * Quantities with units, in our own arithmetic: a plain number, or a value in
 * base units (seconds, bytes, dollars, ...) with the powers of each base
 * dimension. mathjs used to do this; its Unit type costs 150 ms to set up,
 * which is most of what `hld estimate` took, and every estimate multiplies a
 * few hundred of these. A result whose dimensions cancel is a plain number,
 * as it was with mathjs: `1 day / 1 s` is 86,400.
 */

/** Base dimensions, in the order mathjs uses (so a unit looked up in mathjs maps across); `B` is data, counted in bytes. */
export const DIMENSIONS = ['kg', 'm', 's', 'A', 'K', 'cd', 'mol', 'rad', 'B', 'USD'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
const COUNT = DIMENSIONS.length;

/** Powers of each base dimension, in DIMENSIONS order. */
export type Dims = readonly number[];

/** A value with a unit: `value` in base units (s, B, USD, ...). */
export interface UnitValue {
  readonly value: number;
  readonly dims: Dims;
}

export type Quantity = number | UnitValue;

/** Dimensionless results are plain numbers. */
function make(value: number, dims: Dims): Quantity {
  return dims.every((d) => d === 0) ? value : { value, dims };
}

const NONE: Dims = Object.freeze(new Array<number>(COUNT).fill(0));

/** A base-unit value of one dimension: `base(3600, 's')` is an hour. */
export function base(value: number, dimension: Dimension, power = 1): Quantity {
  const dims = [...NONE];
  dims[DIMENSIONS.indexOf(dimension)] = power;
  return make(value, dims);
}

export function isUnit(q: Quantity): q is UnitValue {
  return typeof q !== 'number';
}

/** The raw numeric size of a quantity, in base units. */
export function magnitude(q: Quantity): number {
  return typeof q === 'number' ? q : q.value;
}

export function dimsOf(q: Quantity): Dims {
  return typeof q === 'number' ? NONE : q.dims;
}

/** Dimensions are equal when every power is (fractional powers come from sqrt-like exponents). */
export function sameDims(a: Dims, b: Dims): boolean {
  for (let i = 0; i < COUNT; i++) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 1e-12) return false;
  return true;
}

/** Thrown by add and subtract for values of different kinds; callers say which. */
export class DimensionMismatch extends Error {}

function combine(a: Quantity, b: Quantity, sign: 1 | -1): Quantity {
  const da = dimsOf(a);
  const db = dimsOf(b);
  if (!sameDims(da, db)) throw new DimensionMismatch('values of different kinds');
  return make(magnitude(a) + sign * magnitude(b), da);
}

function scaleDims(a: Dims, b: Dims, sign: 1 | -1): Dims {
  const out = new Array<number>(COUNT);
  for (let i = 0; i < COUNT; i++) out[i] = (a[i] ?? 0) + sign * (b[i] ?? 0);
  return out;
}

export const arithmetic = {
  add: (a: Quantity, b: Quantity): Quantity => combine(a, b, 1),
  subtract: (a: Quantity, b: Quantity): Quantity => combine(a, b, -1),
  multiply: (a: Quantity, b: Quantity): Quantity =>
    typeof a === 'number' && typeof b === 'number' ? a * b : make(magnitude(a) * magnitude(b), scaleDims(dimsOf(a), dimsOf(b), 1)),
  divide: (a: Quantity, b: Quantity): Quantity =>
    typeof a === 'number' && typeof b === 'number' ? a / b : make(magnitude(a) / magnitude(b), scaleDims(dimsOf(a), dimsOf(b), -1)),
  /** `exponent` is a plain number (the caller refuses a unit there). */
  pow: (a: Quantity, exponent: number): Quantity =>
    typeof a === 'number' ? a ** exponent : make(a.value ** exponent, a.dims.map((d) => d * exponent)),
  unaryMinus: (a: Quantity): Quantity => (typeof a === 'number' ? -a : { value: -a.value, dims: a.dims }),
};

/** A unit's dimension in simplest terms: `B/s`, `USD`, `1/s`, `USD/(s B)`. */
export function dimensionText(q: Quantity): string {
  if (!isUnit(q)) return '1';
  const part = (index: number, power: number) => `${DIMENSIONS[index] ?? `dim${index}`}${power === 1 ? '' : `^${Number(power.toPrecision(6))}`}`;
  const up: string[] = [];
  const down: string[] = [];
  q.dims.forEach((power, index) => {
    if (power > 0) up.push(part(index, power));
    if (power < 0) down.push(part(index, -power));
  });
  const top = up.length ? up.join(' ') : '1';
  if (!down.length) return top;
  return `${top}/${down.length > 1 ? `(${down.join(' ')})` : down[0]}`;
}
