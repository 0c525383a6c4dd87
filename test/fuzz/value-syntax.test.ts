import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONVENTIONS, type Conventions } from '../../src/core/conventions.js';
import { parseAnswer } from '../../src/core/drill/answer.js';
import { checkExpression, evaluateChecked, ExpressionError, magnitude } from '../../src/core/units/expression.js';
import { formatQuantity } from '../../src/core/units/format.js';
import '../../src/core/units/math.js';
import { arithmetic, isUnit, type Quantity } from '../../src/core/units/quantity.js';
import { resolveUnit } from '../../src/core/units/units.js';
import { evaluateUnitText, parseValue, toDeclaredUnit, withDeclaredUnit } from '../../src/core/units/value.js';
import { checkContract, timeoutFor } from './contract.js';
import { anyValueText, hostileText, valueText } from './value-arbitraries.js';

/**
 * The value syntax and expressions under fire: whatever is typed, the result
 * is a finite value with a unit or a typed ExpressionError, never an untyped
 * throw, never slower than the per-case limit.
 */

const CONVENTIONS: readonly Conventions[] = [
  DEFAULT_CONVENTIONS,
  { ...DEFAULT_CONVENTIONS, storage: 'binary', bandwidth: 'bits' },
  { ...DEFAULT_CONVENTIONS, secondsPerDay: 100_000, month: '2.5Ms', year: '12mo' },
  { ...DEFAULT_CONVENTIONS, month: '30.42d' },
];
const conventions = fc.constantFrom(...CONVENTIONS);

/** Names a formula or value may refer to; everything else must be a unit or an unknown-name error. */
const SCOPE = new Map<string, () => Quantity>([
  ['mau', () => 300e6],
  ['dau', () => 150e6],
  ['bitrate_4k', () => arithmetic.multiply(25e6, evaluateUnitText('b/s', DEFAULT_CONVENTIONS))],
  ['share_1080p', () => 0.45],
  ['x2', () => 3],
  ['price_server', () => arithmetic.multiply(0.096, evaluateUnitText('USD/hour', DEFAULT_CONVENTIONS))],
]);
const resolverFor = (c: Conventions) => (name: string) => (SCOPE.has(name) ? SCOPE.get(name)!() : resolveUnit(name, c));

const DECLARED = ['1', '1/s', '1/day', '1/month', 'B', 'B/s', 'B/day', 'bit/s', 's', 'year', 'USD', 'USD/month', 'USD/(GB month)', 'USD/GB'];
const declared = fc.constantFrom(...DECLARED);

/** A finite real number, with or without a unit. */
function expectFiniteQuantity(q: Quantity): void {
  expect(typeof q === 'number' || isUnit(q)).toBe(true);
  expect(Number.isFinite(magnitude(q))).toBe(true);
}

describe('value syntax contract', () => {
  test('parseValue: a finite value with its unit, or an ExpressionError', { timeout: timeoutFor(2) }, () => {
    checkContract(
      'parseValue (syntax and near misses)',
      fc.tuple(anyValueText, conventions, declared),
      ([input, c, unit]) => {
        const { quantity } = parseValue(input, resolverFor(c));
        expectFiniteQuantity(quantity);
        // Converting to a declared unit may still overflow near 10^308 (bytes are 8 bits inside mathjs);
        // every caller range-checks the converted number (the engine's 10^-12..10^18, the drill's "positive").
        const target = evaluateUnitText(unit, c);
        toDeclaredUnit(withDeclaredUnit(quantity, target), target);
      },
      [ExpressionError],
    );
  });

  test('parseValue on hostile text: long pastes, control characters, escapes', { timeout: timeoutFor(2) }, () => {
    checkContract(
      'parseValue (hostile text)',
      hostileText,
      (input) => {
        const { quantity } = parseValue(input, resolverFor(DEFAULT_CONVENTIONS));
        expectFiniteQuantity(quantity);
      },
      [ExpressionError],
    );
  });

  test('rejections are one short line with no control characters', { timeout: timeoutFor(2) }, () => {
    checkContract(
      'rejection messages',
      anyValueText,
      (input) => {
        try {
          parseValue(input, resolverFor(DEFAULT_CONVENTIONS));
        } catch (error) {
          if (!(error instanceof ExpressionError)) throw error;
          expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
          expect(error.message.length).toBeLessThan(600);
        }
      },
      [],
    );
  });

  test('formulas: checkExpression then evaluateChecked keep the same contract', { timeout: timeoutFor(2) }, () => {
    checkContract(
      'checkExpression + evaluateChecked',
      fc.tuple(valueText, conventions),
      ([text, c]) => {
        const checked = checkExpression(text);
        expectFiniteQuantity(evaluateChecked(checked, resolverFor(c)));
      },
      [ExpressionError],
    );
  });

  test('drill answers: a number in the question unit, or a message to try again', { timeout: timeoutFor(2) }, () => {
    checkContract(
      'parseAnswer',
      fc.tuple(anyValueText, declared, conventions),
      ([input, unit, c]) => {
        const parsed = parseAnswer(input, unit, c);
        if (parsed.ok) expect(Number.isFinite(parsed.value) && parsed.value > 0).toBe(true);
        else expect(parsed.message).not.toMatch(/[\u0000-\u001f]/);
      },
      [],
    );
  });
});

describe('what is printed reads back', () => {
  const printable = fc.tuple(
    fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e24, noNaN: true }), fc.integer({ min: 1, max: 2_000_000 })),
    fc.constantFrom('1', '1/s', '1/day', '1/month', 'B', 'B/s', 'B/day', 'B/month', 'bit/s', 's', 'USD', 'USD/month', 'USD/day'),
    conventions,
  );

  test('formatQuantity(v) parses back to v, to the three figures it shows', { timeout: timeoutFor(2) }, () => {
    checkContract(
      'format then parse',
      printable,
      ([value, unit, c]) => {
        const shown = formatQuantity(value, unit, c);
        const target = evaluateUnitText(unit, c);
        const back = toDeclaredUnit(withDeclaredUnit(parseValue(shown, (name) => resolveUnit(name, c)).quantity, target), target);
        expect(back, `'${shown}' for ${value} ${unit}`).toBeDefined();
        if (value === 0) expect(back).toBe(0);
        else expect(Math.abs(back! / value - 1), `'${shown}' for ${value} ${unit}`).toBeLessThanOrEqual(0.005 + 1e-9);
      },
      [],
    );
  });
});
