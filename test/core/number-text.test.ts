import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { numberText, type NumberRounding } from '../../src/core/units/number-text.js';

/**
 * numberText must write exactly what Intl.NumberFormat('en-US') writes for
 * every rounding hld uses, so taking ICU off the start-up path changes no
 * output. Intl is the oracle here; the product never calls it.
 */

const ROUNDINGS: [string, NumberRounding, Intl.NumberFormatOptions][] = [
  ['three significant digits', { maxSignificant: 3 }, { maximumSignificantDigits: 3, useGrouping: true }],
  ['up to 6 decimals', { maxFraction: 6 }, { maximumFractionDigits: 6, useGrouping: true }],
  ['up to 2 decimals', { maxFraction: 2 }, { maximumFractionDigits: 2 }],
  ['whole', { maxFraction: 0 }, { maximumFractionDigits: 0 }],
  ['exactly 2 decimals', { maxFraction: 2, minFraction: 2 }, { minimumFractionDigits: 2, maximumFractionDigits: 2 }],
  ['up to 3 decimals (toLocaleString)', { maxFraction: 3 }, {}],
];

/** Doubles from every corner: any bit pattern, tiny, huge, whole, and halves at the rounding place (x.xx5). */
const doubles = fc.oneof(
  fc.double(),
  fc.double({ min: -1e-3, max: 1e-3 }),
  fc.double({ min: 1e-12, max: 1e-5 }),
  fc.double({ min: 1e15, max: 1e30 }),
  fc.double({ min: -1e30, max: -1e15 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.maxSafeInteger(),
  fc.bigInt({ min: 0n, max: 10n ** 25n }).map((n) => Number(n)),
  fc.tuple(fc.integer({ min: -1e8, max: 1e8 }), fc.integer({ min: 0, max: 9 })).map(([n, places]) => (n * 10 + 5) / 10 ** (places + 1)),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -12, max: 12 })).map(([n, e]) => (n + 0.5) * 10 ** e),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e21, 999.5, 0.0005),
);

describe('numberText writes what Intl.NumberFormat en-US writes', () => {
  for (const [name, rounding, options] of ROUNDINGS) {
    test(name, () => {
      const intl = new Intl.NumberFormat('en-US', options);
      fc.assert(
        fc.property(doubles, (value) => {
          expect(numberText(value, rounding)).toBe(intl.format(value));
        }),
        { numRuns: 5_000 },
      );
    });
  }

  test('without a rounding, as toLocaleString("en-US") writes it', () => {
    fc.assert(
      fc.property(doubles, (value) => {
        expect(numberText(value)).toBe(value.toLocaleString('en-US'));
      }),
      { numRuns: 2_000 },
    );
  });

  test('named cases', () => {
    // The shortest decimal is rounded, not the binary value: (1.005).toFixed(2) is 1.00.
    expect(numberText(1.005, { maxFraction: 2 })).toBe('1.01');
    expect(numberText(2.5, { maxFraction: 0 })).toBe('3');
    expect(numberText(-2.5, { maxFraction: 0 })).toBe('-3');
    expect(numberText(999.5, { maxSignificant: 3 })).toBe('1,000');
    expect(numberText(0.000123456, { maxSignificant: 3 })).toBe('0.000123');
    expect(numberText(1234567, { maxSignificant: 3 })).toBe('1,230,000');
    expect(numberText(1e21, { maxFraction: 6 })).toBe('1,000,000,000,000,000,000,000');
    expect(numberText(70.5, { maxFraction: 2, minFraction: 2 })).toBe('70.50');
    expect(numberText(730.0416666, { maxFraction: 2 })).toBe('730.04');
    expect(numberText(86_400)).toBe('86,400');
    expect(numberText(-0.001, { maxFraction: 2 })).toBe('-0');
    expect(numberText(-0, { maxSignificant: 3 })).toBe('-0');
    expect(numberText(NaN)).toBe('NaN');
    expect(numberText(-Infinity)).toBe('-∞');
  });
});
