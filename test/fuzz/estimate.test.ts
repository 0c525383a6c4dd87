import '../../src/core/units/math.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONVENTIONS, type Conventions } from '../../src/core/conventions.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { HldError } from '../../src/core/errors.js';
import { loadPrices } from '../../src/core/prices/load.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { checkContract, timeoutFor } from './contract.js';
import { anyValueText } from './value-arbitraries.js';

/**
 * The whole estimate under typed overrides, as `--set` and the live estimator
 * give them: a report whose every value is finite and printed without
 * Infinity or NaN, or a typed error (ValueError for the value, EstimateError
 * when a formula cannot use it); never an untyped throw, never slow.
 */

const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'].map((id) => loadProblemFile(`problems/${id}.yaml`));
const PRICES = loadPrices({ env: { HLD_HOME: '/nonexistent-hld-home' } });
const PRICE_KEYS = PRICES.prices.map((row) => `price_${row.key}`);
const HOSTILE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'dau ', ''];

const CONVENTIONS: readonly Conventions[] = [
  DEFAULT_CONVENTIONS,
  { ...DEFAULT_CONVENTIONS, storage: 'binary', bandwidth: 'bits' },
  { ...DEFAULT_CONVENTIONS, secondsPerDay: 100_000, month: '2.5Ms', year: '12mo' },
];

/** A problem with one to three of its own keys (or hostile ones) set to fuzzed text, or to another key's name. */
const scenario = fc
  .tuple(fc.integer({ min: 0, max: PROBLEMS.length - 1 }), fc.constantFrom(...CONVENTIONS))
  .chain(([index, conventions]) => {
    const problem = PROBLEMS[index]!;
    const keys = [...problem.assumptions.map((a) => a.key), ...PRICE_KEYS, ...HOSTILE_KEYS];
    const value = fc.oneof({ arbitrary: anyValueText, weight: 4 }, { arbitrary: fc.constantFrom(...keys), weight: 1 }, { arbitrary: fc.constantFrom('0', '1e-13', '1e19', '-1'), weight: 1 });
    return fc
      .array(fc.tuple(fc.constantFrom(...keys), value), { minLength: 1, maxLength: 3 })
      .map((pairs) => ({ problem, conventions, overrides: Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(pairs)) }));
  });

describe('estimate contract', () => {
  test('runEstimate: every value finite and printed as such, or a typed error', { timeout: timeoutFor(10, 1_000) }, () => {
    checkContract(
      'runEstimate with typed overrides',
      scenario,
      ({ problem, conventions, overrides }) => {
        const report = runEstimate(problem, { overrides, conventions, prices: PRICES });
        for (const entry of [...report.assumptions, ...report.prices, ...report.estimates, ...report.costs, report.total]) {
          expect(Number.isFinite(entry.value), `${entry.key} = ${entry.value}`).toBe(true);
          expect(entry.display, entry.key).not.toMatch(/Infinity|NaN|∞|e[+-]\d/);
        }
      },
      [HldError],
      1_000,
    );
  });
});
