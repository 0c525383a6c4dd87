import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { CHECK_PLACEHOLDERS, problemSchema } from '../../src/core/problem/schema.js';
import { EstimateError, ValueError } from '../../src/core/errors.js';
import { loadAllProblems, loadProblem } from '../../src/core/problem/load.js';
import { loadLimits } from '../../src/core/limits/load.js';
import type { CheckResult } from '../../src/core/estimate/types.js';
import { makeProblem } from '../fixtures/problem.js';

const problems = loadAllProblems().map((l) => l.problem!);
const limits = loadLimits();

function expectConsistent(check: CheckResult): void {
  expect(check.ratio, check.key).toBeCloseTo(check.value / check.limit, 12);
  expect(check.verdict).toBe(check.ratio > 1 ? 'over' : 'within');
  expect(check.needed).toBe(Math.max(1, Math.ceil(check.ratio - 1e-9)));
  for (const placeholder of CHECK_PLACEHOLDERS) expect(check.advice, check.key).not.toContain(`{${placeholder}}`);
  expect(check.advice.length).toBeGreaterThan(10);
}

describe('every design check of every problem', () => {
  test.each(problems.map((p) => [p.id, p] as const))('%s: each check evaluates at the defaults, against a limit of the table', (_, problem) => {
    expect(problem.checks.length).toBeGreaterThanOrEqual(4);
    const report = runEstimate(problem);
    expect(report.checks.map((c) => c.key)).toEqual(problem.checks.map((c) => c.key));
    for (const check of report.checks) {
      expectConsistent(check);
      expect(check.across).toBeUndefined();
      expect(report.limits.map((l) => l.key)).toContain(check.limitKey);
    }
    // Every limit a check uses is listed with its source, date and caveat.
    for (const limit of report.limits) {
      expect(limit.source.length).toBeGreaterThan(20);
      expect(limit.asOf).toMatch(/^\d{4}/);
      expect(limit.caveat.length).toBeGreaterThan(20);
    }
  });

  test.each(problems.map((p) => [p.id, p] as const))('%s: each check evaluates across a range of daily users (half to twice the default)', (_, problem) => {
    const dau = runEstimate(problem).get('dau')!.value;
    const report = runEstimate(problem, { overrides: { dau: `${dau / 2} to ${dau * 2}` } });
    for (const check of report.checks) {
      expectConsistent(check);
      const across = check.across;
      if (!across) {
        // A check dau does not reach keeps a single verdict.
        expect(report.get('dau')!.drivers ?? []).toEqual([]);
        continue;
      }
      expect(across.overShare).toBeGreaterThanOrEqual(0);
      expect(across.overShare).toBeLessThanOrEqual(1);
      expect(across.ratioP5).toBeLessThanOrEqual(across.ratioP95);
      expect(across.flips).toBe(across.ratioP5 <= 1 && across.ratioP95 > 1);
      if (across.flips) expect(across.otherAdvice).toBeDefined();
      else expect(across.otherAdvice).toBeUndefined();
    }
  });

  test('twitter with dau=100M to 400M: writes are over one primary throughout, the event stream flips', () => {
    const report = runEstimate(loadProblem('twitter'), { overrides: { dau: '100M to 400M' } });
    const writes = report.checks.find((c) => c.key === 'tweet_writes_on_one_primary')!;
    expect(writes.verdict).toBe('over');
    expect(writes.across).toMatchObject({ flips: false, overShare: 1 });
    const events = report.checks.find((c) => c.key === 'write_events_on_one_partition')!;
    expect(events.verdict).toBe('within');
    expect(events.across!.flips).toBe(true);
    expect(events.across!.otherAdvice).toMatch(/^Partition the event topic by tweet ID over at least 2 partitions/);
  });

  test('a limit set by hand changes the verdict, and the advice fills in the units needed', () => {
    const twitter = loadProblem('twitter');
    const at = (value: string) => runEstimate(twitter, { overrides: { limit_rdbms_primary_writes: value } }).checks.find((c) => c.key === 'tweet_writes_on_one_primary')!;
    expect(at('50K').verdict).toBe('within');
    expect(at('5K').advice).toMatch(/at least 6 primaries' worth of writes/);
    expect(at('1K').needed).toBe(26);
    const ranged = runEstimate(twitter, { overrides: { limit_rdbms_primary_writes: '10K to 40K' } }).checks.find((c) => c.key === 'tweet_writes_on_one_primary')!;
    expect(ranged.across!.flips).toBe(true);
  });
});

describe('checks in a problem file', () => {
  const withCheck = (check: Record<string, unknown>) =>
    makeProblem({ checks: [{ key: 'c', label: 'Writes on one primary', value: 'peak_write_qps', limit: 'rdbms_primary_writes', over: 'shard into {n}', within: 'fine at {ratio}', ...check }] });

  test('an unknown limit names the nearest one', () => {
    expect(() => runEstimate(withCheck({ limit: 'rdbms_primary_write' }), { limits })).toThrowError(EstimateError);
    expect(() => runEstimate(withCheck({ limit: 'rdbms_primary_write' }), { limits })).toThrowError(/limit 'rdbms_primary_write'.*did you mean 'rdbms_primary_writes'/);
  });

  test('a value whose unit does not match its limit is refused, naming both', () => {
    expect(() => runEstimate(withCheck({ value: 'storage_total' }), { limits })).toThrowError(/check 'c' .* gives a size in bytes \(B\), but its limit 'rdbms_primary_writes' is in 1\/s/);
  });

  test('only {n}, {value}, {limit} and {ratio} are placeholders', () => {
    const result = problemSchema.safeParse({ ...makeProblem(), checks: [{ key: 'c', label: 'l', value: 'x', limit: 'y', over: 'use {shards}', within: 'ok' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/placeholders are \{n\}, \{value\}, \{limit\}, \{ratio\}/);
  });

  test('a limit overridden with a bad value is the user\'s error', () => {
    expect(() => runEstimate(loadProblem('twitter'), { overrides: { limit_redis_node_ops: '5 GB' } })).toThrowError(ValueError);
    expect(() => runEstimate(loadProblem('twitter'), { overrides: { limit_redis_node_ops: '5 GB' } })).toThrowError(/limit 'limit_redis_node_ops' = '5 GB': is a size in bytes \(B\), but this limit is in 1\/s/);
  });
});
