import type { Conventions } from '../conventions.js';
import { quoted } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import { checkExpression, evaluateChecked, ExpressionError, MAX_EXPRESSION_LENGTH, type CheckedExpression, type Resolver } from './expression.js';
import { arithmetic, dimensionText, isUnit, type Quantity } from './quantity.js';
import { COMMON_UNIT_NAMES, COUNT_SUFFIXES, resolveUnit } from './units.js';
import { numberText } from './number-text.js';

/** A number as typed, once thousands separators are gone: 1.5, 86400, 1e9. */
const NUMBER = String.raw`\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
/**
 * Where a number may start: not inside a name (`bitrate_4k`, `share_1080p`)
 * nor inside another number. Anchoring every number pattern here also keeps
 * each rewrite linear in the length of a digit string.
 */
const STARTS_NUMBER = String.raw`(?<![\w.])`;
const SUFFIX = '(K|k|M|B|bn|Bn|T)';
/** A suffix is a whole word: `20K` but not the `K` of `20KB`. */
const WORD_ENDS = '(?![A-Za-z0-9_])';

const ATTACHED_SUFFIX = new RegExp(`${STARTS_NUMBER}(${NUMBER})${SUFFIX}${WORD_ENDS}`, 'g');
// Spaced, except B, which is bytes when spaced: 500 M, 20 K, 2 bn, 100 million.
const SPACED_SUFFIX = new RegExp(`${STARTS_NUMBER}(${NUMBER})\\s+(K|M|bn|Bn|T|thousand|million|billion|trillion)${WORD_ENDS}`, 'g');
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
// x as a multiplication sign between numbers: 30 x 86400.
const TIMES = /(\d)\s*[x×]\s*(?=[\d(])/g;
const DOLLARS = /\$\s*(\d+(?:\.\d+)?)(?:\s*(K|k|M|B|bn|Bn|T)(?![A-Za-z]))?/g;

/**
 * `$25K` and `$1.2 B` into `(25K USD)` and `(1.2B USD)`: prices and costs are
 * typed as they are printed. After a dollar sign a spaced B is a billion, not
 * bytes, so the multiplier is joined to its number and scaled like any other.
 */
export function rewriteDollars(input: string): string {
  return input.replace(DOLLARS, (_, n: string, s: string | undefined) => `(${n}${s ?? ''} USD)`);
}

/**
 * Rewrite the friendly value syntax into a mathjs expression:
 * `1.5B` -> `(1.5 * 1e9)`, `86,400` -> `86400`, `per` -> `/`, `$20` -> `(20 USD)`.
 * `500 B` (with a space) stays bytes; `1.5B` (attached) is a billion.
 * Callers cap the length first (parseValue does): every pattern here is linear,
 * but nothing long should reach the parser at all.
 */
export function rewriteValueSyntax(input: string): string {
  let text = input.trim();
  text = text.replace(THOUSANDS, '$1');
  text = rewriteDollars(text);
  text = text.replace(/\bper\b/g, '/');
  text = text.replace(TIMES, '$1 * ');
  text = text.replace(ATTACHED_SUFFIX, (_, n: string, s: string) => `(${n} * ${COUNT_SUFFIXES[s]})`);
  text = text.replace(SPACED_SUFFIX, (_, n: string, s: string) => `(${n} * ${COUNT_SUFFIXES[s]})`);
  return text;
}

export { dimensionText };

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

/** How declared units are written, for the message about one that is not. */
export const UNIT_EXAMPLES = "1, 1/s, 1/day, 1/month, B, B/s, B/day, bit/s, s, year, USD, USD/month, USD/(GB month)";

/**
 * Evaluate a declared unit string such as `1/day`, `B`, `USD/month` under the
 * conventions. A name that is not a unit (`req/s`) is an ExpressionError that
 * says how units are written and the nearest unit name.
 */
export function evaluateUnitText(unitText: string, c: Conventions): Quantity {
  let checked = checkedUnitTexts.get(unitText);
  if (!checked) {
    checked = checkExpression(unitText);
    checkedUnitTexts.set(unitText, checked);
  }
  return evaluateChecked(checked, (name) => {
    const unit = resolveUnit(name, c);
    if (unit !== undefined) return unit;
    throw new ExpressionError(`${quoted(name)} is not a unit (units are written like ${UNIT_EXAMPLES})${didYouMean(name, COMMON_UNIT_NAMES)}`);
  });
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
const SUFFIX_THEN_NUMBER = new RegExp(`${STARTS_NUMBER}\\d+(?:\\.\\d+)?${SUFFIX}(\\d[\\d.]*[A-Za-z]*)`);

/** The longest value we read. Checked on the text as typed, before any rewrite. */
export const MAX_VALUE_LENGTH = MAX_EXPRESSION_LENGTH;
/** Each rewrite at most quadruples a short stretch (`1K` -> `(1 * 1e3)`), so this bounds what a capped value becomes. */
const MAX_REWRITTEN_LENGTH = 5 * MAX_VALUE_LENGTH;

/**
 * Parse a typed value. A plain number takes the declared unit; a value with
 * units must have the declared unit's dimension. The length cap comes first,
 * so a 100,000-character paste costs no more than a short one.
 */
export function parseValue(input: string, resolveName: Resolver): { checked: CheckedExpression; quantity: Quantity } {
  if (input.length > MAX_VALUE_LENGTH) {
    throw new ExpressionError(`is ${numberText(input.length)} characters long; at most ${MAX_VALUE_LENGTH} are accepted`);
  }
  if (input.trim().length === 0) throw new ExpressionError('is empty; type a number such as 300M, 2 KB or 20%');
  if (/\b(?:NaN|Infinity|inf)\b/i.test(input)) throw new ExpressionError('is not a finite number; type a number such as 300M, 2 KB or 20%');
  const runTogether = SUFFIX_THEN_NUMBER.exec(input);
  if (runTogether) {
    throw new ExpressionError(
      `has ${quoted(runTogether[2]!)} straight after the suffix '${runTogether[1]}'; a number takes one suffix, as in 500M or 1.5B (to multiply two numbers, put * between them)`,
    );
  }
  const checked = checkExpression(rewriteValueSyntax(input), MAX_REWRITTEN_LENGTH);
  return { checked, quantity: evaluateChecked(checked, resolveName) };
}

/** Apply the declared unit to a bare number: `500M` in a `1/month` field means 500 M a month. */
export function withDeclaredUnit(q: Quantity, declared: Quantity): Quantity {
  return isUnit(q) ? q : arithmetic.multiply(q, declared);
}
