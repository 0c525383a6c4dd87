import type { Conventions } from '../conventions.js';
import { checkExpression, evaluateChecked, ExpressionError, type CheckedExpression, type Resolver } from './expression.js';
import { arithmetic, isUnit, type Quantity } from './math.js';
import { COUNT_SUFFIXES, resolveUnit } from './units.js';

/**
 * Rewrite the friendly value syntax into a mathjs expression:
 * `1.5B` -> `(1.5 * 1e9)`, `86,400` -> `86400`, `per` -> `/`.
 * `500 B` (with a space) stays bytes; `1.5B` (attached) is a billion.
 */
export function rewriteValueSyntax(input: string): string {
  let text = input.trim();
  // Thousands separators: 86,400 or 1,000,000 (a comma between digit groups).
  text = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  text = text.replace(/\bper\b/g, '/');
  // Attached suffix (any of them), not followed by a letter: 300M, 1.5B, 20k.
  text = text.replace(/(\d+(?:\.\d+)?(?:e[+-]?\d+)?)(K|k|M|B|bn|Bn|T)(?![A-Za-z0-9_])/g, (_, n: string, s: string) => `(${n} * ${COUNT_SUFFIXES[s]})`);
  // Spaced suffix, except B (which is bytes when spaced): 500 M, 20 K.
  text = text.replace(/(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s+(K|M|bn|Bn|T)(?![A-Za-z0-9_])/g, (_, n: string, s: string) => `(${n} * ${COUNT_SUFFIXES[s]})`);
  // x as a multiplication sign between numbers: 30 x 86400.
  text = text.replace(/(\d)\s*[x×]\s*(?=[\d(])/g, '$1 * ');
  return text;
}

/** Base dimensions in mathjs order, named as a user would write them (bits shown as bytes). */
const DIMENSION_NAMES = ['kg', 'm', 's', 'A', 'K', 'cd', 'mol', 'rad', 'B', 'USD'];

/** A unit's dimension in simplest terms: `B/s`, `USD`, `1/s`; mathjs leaves `(B s USD) / (s B)` unsimplified. */
export function dimensionText(q: Quantity): string {
  if (!isUnit(q)) return '1';
  const dims = (q as unknown as { dimensions: number[] }).dimensions;
  const part = (index: number, power: number) => `${DIMENSION_NAMES[index] ?? `dim${index}`}${power === 1 ? '' : `^${power}`}`;
  const up: string[] = [];
  const down: string[] = [];
  dims.forEach((power, index) => {
    if (power > 0) up.push(part(index, power));
    if (power < 0) down.push(part(index, -power));
  });
  const top = up.length ? up.join(' ') : '1';
  if (!down.length) return top;
  return `${top}/${down.length > 1 ? `(${down.join(' ')})` : down[0]}`;
}

const DIMENSION_WORDS: Record<string, string> = {
  '1': 'a plain number',
  B: 'a size in bytes',
  'B/s': 'a data rate',
  '1/s': 'a rate (per time)',
  s: 'a duration',
  USD: 'an amount of money',
  'USD/s': 'money per time',
  'USD/B': 'a price per byte',
  'USD/(s B)': 'a price per byte and time',
};

/** What kind of quantity a value is, in words, for error messages: `a data rate (B/s)`. */
export function describeDimension(q: Quantity): string {
  const text = dimensionText(q);
  const words = DIMENSION_WORDS[text];
  return words ? (text === '1' ? words : `${words} (${text})`) : `a value in ${text}`;
}

/**
 * Declared units parsed once: every estimate run (a keystroke in the live
 * estimator) evaluates the same few dozen unit texts, and parsing was a fifth
 * of a run. The texts come from data files, never from typing, so this stays small.
 */
const checkedUnitTexts = new Map<string, CheckedExpression>();

/** Evaluate a declared unit string such as `1/day`, `B`, `USD/month` under the conventions. */
export function evaluateUnitText(unitText: string, c: Conventions): Quantity {
  let checked = checkedUnitTexts.get(unitText);
  if (!checked) {
    checked = checkExpression(unitText);
    checkedUnitTexts.set(unitText, checked);
  }
  return evaluateChecked(checked, (name) => resolveUnit(name, c));
}

/** Express `q` as a plain number of `declared` units, or undefined if the dimensions differ. */
export function toDeclaredUnit(q: Quantity, declared: Quantity): number | undefined {
  const ratio = arithmetic.divide(q, declared);
  return typeof ratio === 'number' ? ratio : undefined;
}

/**
 * Two numbers run together, `500M1B`: the rewrite would turn the `1B` into a
 * parenthesis and mathjs would then read `M(...)` as a call of a function M,
 * an error the user could not place in what they typed.
 */
const SUFFIX_THEN_NUMBER = /\d(K|k|M|B|bn|Bn|T)(\d[\d.]*[A-Za-z]*)/;

/**
 * Parse a typed value. A plain number takes the declared unit; a value with
 * units must have the declared unit's dimension.
 */
export function parseValue(input: string, resolveName: Resolver): { checked: CheckedExpression; quantity: Quantity } {
  if (input.trim().length === 0) throw new ExpressionError('is empty; type a number such as 300M, 2 KB or 20%');
  if (/\b(?:NaN|Infinity|inf)\b/i.test(input)) throw new ExpressionError('is not a finite number; type a number such as 300M, 2 KB or 20%');
  const runTogether = SUFFIX_THEN_NUMBER.exec(input);
  if (runTogether) {
    throw new ExpressionError(
      `has '${runTogether[2]}' straight after the suffix '${runTogether[1]}'; a number takes one suffix, as in 500M or 1.5B (to multiply two numbers, put * between them)`,
    );
  }
  const checked = checkExpression(rewriteValueSyntax(input));
  return { checked, quantity: evaluateChecked(checked, resolveName) };
}

/** Apply the declared unit to a bare number: `500M` in a `1/month` field means 500 M a month. */
export function withDeclaredUnit(q: Quantity, declared: Quantity): Quantity {
  return isUnit(q) ? q : arithmetic.multiply(q, declared);
}
