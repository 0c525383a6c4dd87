import '../../src/core/units/math.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { splitRange } from '../../src/core/estimate/range.js';
import { HldError, ValueError } from '../../src/core/errors.js';
import { makeProblem } from '../fixtures/problem.js';
import { checkContract, timeoutFor } from './contract.js';
import { fuzzParameters } from './runs.js';
import { anyValueText } from './value-arbitraries.js';

/**
 * `low to high` under fire, as --set, the estimator and problem files take it:
 * it splits where a reader would, a well-formed range is read as the 90%
 * interval it states (its median and ends exact), and anything else is one
 * typed line, never an untyped throw.
 */

const tiny = makeProblem();
/** Ranges run 2,000 samples; a smaller count keeps thousands of cases quick and changes nothing here. */
const OPTIONS = { samples: 200 } as const;

/** An end with no whole-word `to` in it: letters, digits, units, operators and balanced parentheses. */
const endText = fc
  .array(fc.constantFrom('1', '5', '0.5', 'K', 'M', ' ', 'MB', '/day', '*', '+', '(2)', 'users', 'tomato', 'photo_to', '%'), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '' && splitRange(text) === undefined);

/** A positive number the engine accepts (10^-12 to 10^18), written plainly or with a suffix. */
const positive = fc.double({ min: 1e-6, max: 1e15, noNaN: true, noDefaultInfinity: true });
const written = (n: number) => n.toPrecision(6);

describe('range syntax properties', () => {
  test('a top-level to splits the text into its two ends, trimmed', { timeout: timeoutFor(1) }, () => {
    fc.assert(
      fc.property(endText, endText, fc.constantFrom(' to ', '  to  ', ' to\t'), (low, high, to) => {
        expect(splitRange(`${low}${to}${high}`)).toEqual({ low: low.trim(), high: high.trim() });
      }),
      fuzzParameters(),
    );
  });

  test('text with no whole-word to, or with it only inside parentheses, is no range', { timeout: timeoutFor(1) }, () => {
    fc.assert(
      fc.property(endText, endText, (a, b) => {
        expect(splitRange(a)).toBeUndefined();
        expect(splitRange(`(${a} to ${b})`)).toBeUndefined();
      }),
      fuzzParameters(),
    );
  });

  test('two positive ends in order: a log-normal whose median is their geometric mean and whose P5 and P95 are the ends', { timeout: timeoutFor(20, 500) }, () => {
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)].map((n) => Number(written(n))) as [number, number];
        const users = runEstimate(tiny, { overrides: { users: `${written(low)} to ${written(high)}` }, ...OPTIONS }).get('users')!;
        expect('range' in users && users.range).toEqual({ low, high, distribution: 'lognormal' });
        expect(users.value / Math.sqrt(low * high)).toBeCloseTo(1, 9);
        expect(users.spread!.p5).toBe(low);
        expect(users.spread!.p95).toBe(high);
      }),
      fuzzParameters(500),
    );
  });

  test('ends in the wrong order are refused in one line that says so', { timeout: timeoutFor(20, 500) }, () => {
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        fc.pre(Number(written(a)) !== Number(written(b)));
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const run = () => runEstimate(tiny, { overrides: { users: `${written(high)} to ${written(low)}` }, ...OPTIONS });
        expect(run).toThrowError(ValueError);
        expect(run).toThrowError(/^assumption 'users' = '.*': is a range whose low end is above its high end; write it as low to high$/);
      }),
      fuzzParameters(500),
    );
  });

  test('ends in units of different kinds are refused in one line naming the end and both kinds', { timeout: timeoutFor(20, 500) }, () => {
    const unitOf = fc.constantFrom(['MB', 'a size in bytes'], ['s', 'a duration'], ['/day', 'a rate'], ['', '']);
    // Small enough that no end in MB goes past the engine's 10^18 B, which is its own error.
    const modest = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(modest, modest, unitOf, unitOf, (a, b, [lowUnit], [highUnit]) => {
        fc.pre(lowUnit !== 'MB' || highUnit !== 'MB');
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const run = () => runEstimate(tiny, { overrides: { item_size: `${written(low)} ${lowUnit} to ${written(high)} ${highUnit}` }, ...OPTIONS });
        let message = '';
        try {
          run();
        } catch (error) {
          expect(error).toBeInstanceOf(ValueError);
          message = (error as Error).message;
        }
        // A bare number takes item_size's own unit (B), so only the ends with another kind of unit are wrong.
        const wrongEnd = lowUnit !== 'MB' && lowUnit !== '' ? 'low' : highUnit !== 'MB' && highUnit !== '' ? 'high' : undefined;
        if (!wrongEnd) return;
        expect(message).toMatch(new RegExp(`has a ${wrongEnd} end that is .*, but item size is measured in B`));
        expect(message).not.toContain('\n');
      }),
      fuzzParameters(500),
    );
  });

  test('any text on either side of to: a report with finite spreads, or a typed error', { timeout: timeoutFor(10, 1_000) }, () => {
    checkContract(
      'runEstimate with a typed range',
      fc.tuple(fc.constantFrom('users', 'item_size', 'hot_fraction', 'price_server'), anyValueText, anyValueText),
      ([key, low, high]) => {
        const report = runEstimate(tiny, { overrides: { [key]: `${low} to ${high}` }, ...OPTIONS });
        for (const entry of [...report.estimates, ...report.costs, report.total]) {
          expect(Number.isFinite(entry.value), entry.key).toBe(true);
          if (!entry.spread) continue;
          expect(entry.spread.p5, entry.key).toBeLessThanOrEqual(entry.spread.p50);
          expect(entry.spread.p50, entry.key).toBeLessThanOrEqual(entry.spread.p95);
        }
      },
      [HldError],
      1_000,
    );
  });
});
