import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseWithMathjs } from '../../src/core/units/math.js';
import { parseOwn } from '../../src/core/units/parser.js';
import { rewriteValueSyntax } from '../../src/core/units/value.js';
import { timeoutFor } from './contract.js';
import { fuzzParameters, fuzzRuns } from './runs.js';
import { anyValueText, valueText } from './value-arbitraries.js';

/**
 * Our parser against mathjs, the reference: whenever ours reads a text, mathjs
 * reads it too and builds the same tree. What ours declines goes to mathjs,
 * so declining is always allowed; reading differently never is.
 */

function mathjsTree(text: string): unknown {
  try {
    return parseWithMathjs(text);
  } catch (error) {
    return `mathjs refused: ${(error as Error).message}`;
  }
}

function expectSameTree(text: string): boolean {
  const ours = parseOwn(text);
  if (ours === undefined) return false;
  expect(JSON.parse(JSON.stringify(ours)), text).toEqual(JSON.parse(JSON.stringify(mathjsTree(text))));
  return true;
}

/** Tokens in any order, spaced or not: where precedence rules (implicit multiplication, rule 2, percentages) show. */
const tokenSoup = fc
  .array(
    fc.constantFrom('2', '30', '1.5', '1e9', '0', '0.5', 'a', 'b', 'KB', 'day', 'mm', 'max', 'ceil', '+', '-', '*', '/', '^', '%', '(', ')', ',', ' ', ' ', '2e', 'x'),
    { minLength: 1, maxLength: 12 },
  )
  .map((tokens) => tokens.join(''));

describe('our parser reads what mathjs reads, the same way', () => {
  test('worked cases, including mathjs precedence rules', () => {
    for (const text of ['5 TB / 30 day', '3 / 4 mm', '1/2x', '8 pi / 2 pi', '-2 / 3 x', 'a + 20%', '20% * 3', '2^-3^2', '(1 + 2)(3)', 'max(3, ceil(x / y))', '2 KB/s', '(300 * 1e6) / day', 'a b c / d e']) {
      expect(expectSameTree(text), text).toBe(true);
    }
  });

  test('it declines what is outside the value syntax', () => {
    for (const text of ['20 % 3', '20% + 5', 'a mod b', '5 TB to GB', 'a = 1', '[1]', 'x!', "x'", '0x1f', '2e-x', '.5', 'a.b', '"s"', 'NaN', '1 ? 2 : 3', 'a\nb', 'µs', '']) {
      expect(parseOwn(text), text).toBeUndefined();
    }
  });

  test('on random token sequences', { timeout: timeoutFor(1) }, () => {
    let read = 0;
    fc.assert(
      fc.property(tokenSoup, (text) => {
        if (expectSameTree(text)) read++;
      }),
      fuzzParameters(),
    );
    // Most soups are not expressions; enough must be for the property to mean something.
    expect(read).toBeGreaterThan(fuzzRuns() / 20);
  });

  test('on values as typed (after the value syntax is rewritten) and hostile text', { timeout: timeoutFor(2) }, () => {
    fc.assert(
      fc.property(fc.oneof(valueText, anyValueText), (typed) => {
        expectSameTree(typed);
        if (typed.length <= 300) expectSameTree(rewriteValueSyntax(typed));
      }),
      fuzzParameters(),
    );
  });
});
