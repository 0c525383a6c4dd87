import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { computeEstimate, overridesWith } from '../../src/core/estimate/recompute.js';
import { makeProblem } from './../fixtures/problem.js';

const inputs = { run: runEstimate, problem: makeProblem() };

describe('the live estimate', () => {
  test('a value that does not evaluate is an answer with the reason, not an exception', () => {
    const bad = computeEstimate(inputs, { users: 'lots' });
    expect(bad).toEqual({ error: expect.stringMatching(/users/) });
    const good = computeEstimate(inputs, { users: '2K' });
    expect('report' in good && good.report.get('users')?.display).toMatch(/2,000|2 K/);
  });

  test('setting a value keeps it trimmed; setting the default takes the override away', () => {
    const report = (overrides: Record<string, string>) => {
      const result = computeEstimate(inputs, overrides);
      if (!('report' in result)) throw new Error(result.error);
      return result.report;
    };
    expect(overridesWith(report({ users: '2K' }), { item_size: '2 KB' }, 'users', ' 2K ')).toEqual({ item_size: '2 KB', users: '2K' });
    expect(overridesWith(report({ users: '1000' }), { users: '2K', item_size: '2 KB' }, 'users', '1000')).toEqual({ item_size: '2 KB' });
  });
});
