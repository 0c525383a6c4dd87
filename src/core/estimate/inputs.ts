import type { Conventions } from '../conventions.js';
import { EstimateError } from '../errors.js';
import { quoted } from '../shown-value.js';
import { ExpressionError, type CheckedExpression, type Resolver } from '../units/expression.js';
import { arithmetic, isUnit, magnitude, type Quantity } from '../units/quantity.js';
import { describeDimension, evaluateUnitText, parseValue, toDeclaredUnit, withDeclaredUnit } from '../units/value.js';
import { dashedRange, rangeShape, splitRange, type RangeShape } from './range.js';

/** Larger than anything a system-design estimate needs; beyond it a value is a typo. */
export const MAX_MAGNITUDE = 1e18;
/**
 * Smaller than anything but zero that an estimate needs (the cheapest price
 * per byte is about 10^-12 dollars); below it a value is a typo, and dividing
 * by it would print an infinite number of servers.
 */
export const MIN_MAGNITUDE = 1e-12;

/** The values an input accepts, in its unit. */
export interface RangeRule {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly allow_zero: boolean;
  readonly unit: string;
}

export interface ReadRules {
  /** Who declared the unit (`url-shortener: assumption 'mau'`), for a unit that is not one. */
  readonly where: string;
  readonly resolve: Resolver;
  /** How the ends of a range resolve names: units only, never other inputs. */
  readonly resolveEnd: Resolver;
  readonly range: RangeRule;
  /** What a value of the wrong dimension is told: `item size is measured in B`. */
  readonly expected: string;
}

/** A value typed as one number or expression. */
export interface PointInput {
  readonly kind: 'point';
  readonly quantity: Quantity;
  /** In the declared unit. */
  readonly value: number;
  readonly checked: CheckedExpression;
  /** The expression gave a plain number, to which the declared unit was applied (`500M` in a 1/month field). */
  readonly bare: boolean;
}

/** A value typed as `low to high`; `quantity` and `value` are its median. */
export interface RangeInput {
  readonly kind: 'range';
  readonly quantity: Quantity;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly shape: RangeShape;
}

export type ReadInput = PointInput | RangeInput;

/**
 * An assumption, price or limit as typed: a bare number takes the declared
 * unit, a value with units must convert to it, and the result must be in
 * range; `low to high` is a range of two such values. Every failure goes
 * through `fail`, which knows whether the user or a data file wrote it.
 */
export function readInput(input: string, unitText: string, conventions: Conventions, fail: (message: string) => never, how: ReadRules): ReadInput {
  const declared = declaredUnit(unitText, conventions, how.where);
  const ends = splitRange(input);
  if (!ends) return readPoint(input, declared, dashHint(input, fail), how, how.resolve);
  if (!ends.low || !ends.high) fail(`is a range with ${ends.low ? 'no high end' : 'no low end'}; write it as low to high, for example 100M to 400M`);
  // `5 TB/day to Mb/s` reads like a unit conversion, which the value syntax does not do: each end needs its number.
  for (const [which, end] of [['low', ends.low], ['high', ends.high]] as const) {
    if (!/\d/.test(end)) {
      fail(`has ${quoted(end)} as its ${which} end, which has no number; a range is two values, low to high (100M to 400M); 'to' does not convert units`);
    }
  }
  const endFail = (which: string) => (message: string): never => fail(`has a ${which} end that ${message}`);
  const low = readPoint(ends.low, declared, endFail('low'), how, how.resolveEnd).value;
  const high = readPoint(ends.high, declared, endFail('high'), how, how.resolveEnd).value;
  if (low > high) fail(`is a range whose low end is above its high end; write it as low to high`);
  const shape = rangeShape(low, high);
  return { kind: 'range', quantity: arithmetic.multiply(shape.median, declared), value: shape.median, low, high, shape };
}

/**
 * Books print ranges with a dash (`2-4`, `100M–400M`); read as a value, `-`
 * subtracts and an en dash is no operator, so the refusal would say
 * `must be at least 1` or quote the parser. When such a value is refused,
 * the message also says how to write the range.
 */
function dashHint(input: string, fail: (message: string) => never): (message: string) => never {
  // Looked at only once the value is refused: the estimator reads every input on every keystroke.
  return (message) => {
    const dashed = dashedRange(input);
    if (!dashed) return fail(message);
    const range = `for a range write ${quoted(dashed.asRange)}`;
    return fail(dashed.minus ? `${message} ('-' subtracts); ${range}` : `has a dash, which is not an operator; ${range}`);
  };
}

function readPoint(input: string, declared: Quantity, fail: (message: string) => never, how: ReadRules, resolve: Resolver): PointInput {
  let checked: CheckedExpression;
  let parsed: Quantity;
  try {
    ({ checked, quantity: parsed } = parseValue(input, resolve));
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return fail(error.message);
  }
  const quantity = withDeclaredUnit(parsed, declared);
  const value = toDeclaredUnit(quantity, declared);
  if (value === undefined) return fail(`is ${describeDimension(quantity)}, but ${how.expected}`);
  checkRange(value, how.range, fail);
  return { kind: 'point', quantity, value, checked, bare: !isUnit(parsed) };
}

/**
 * A declared unit (from a problem, price or limits file), or an EstimateError
 * naming the file's field when it is not one (`req/s`): the unit is the file's
 * mistake, never the value the user typed.
 */
export function declaredUnit(unitText: string, conventions: Conventions, where: string): Quantity {
  try {
    return evaluateUnitText(unitText, conventions);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    throw new EstimateError(`${where} has the unit ${quoted(unitText)}: ${error.message}`);
  }
}

/** The size of a declared unit in base units: a value in that unit times this is in base units. */
export function unitFactor(declared: Quantity): number {
  return magnitude(declared);
}

export function checkRange(value: number, rule: RangeRule, fail: (message: string) => never): void {
  const unit = rule.unit === '1' ? '' : ` ${rule.unit}`;
  if (!Number.isFinite(value)) fail('is not a finite number');
  if (Math.abs(value) > MAX_MAGNITUDE) fail(`is absurdly large (over 10^18${unit}); check the number of zeros`);
  if (value !== 0 && Math.abs(value) < MIN_MAGNITUDE) fail(`is absurdly small (under 10^-12${unit}); check the exponent, or type 0 where zero is accepted`);
  if (rule.min !== undefined && value < rule.min) fail(`must be at least ${rule.min}${unit}`);
  if (rule.max !== undefined && value > rule.max) fail(`must be at most ${rule.max}${unit}${percentHint(value, rule)}`);
  if (rule.min === undefined) {
    if (value < 0) fail(`must not be negative`);
    if (value === 0 && !rule.allow_zero) fail(`must be greater than 0`);
  }
}

/**
 * A share typed as a percentage without its sign (`20` for 20%) is over 1:
 * say how to write it. Only for a whole number up to 100, where that reading
 * is the likely one (`1.5` or `150%` get no guess).
 */
function percentHint(value: number, rule: RangeRule): string {
  if (rule.max !== 1 || rule.unit !== '1' || !Number.isInteger(value) || value > 100) return '';
  return `; a share is written 0.2 or 20%, so for ${value} percent write '${value}%'`;
}

/** The lowest and highest value a sample of this input may take, in its unit: a share stays a share. */
export function sampleBounds(rule: RangeRule): { readonly min: number; readonly max: number } {
  return { min: rule.min ?? (rule.allow_zero ? 0 : MIN_MAGNITUDE), max: rule.max ?? MAX_MAGNITUDE };
}
