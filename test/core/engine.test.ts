import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { EstimateError, ValueError } from '../../src/core/errors.js';
import { makeProblem } from '../fixtures/problem.js';
import { loadProblem } from '../../src/core/problem/load.js';

const problem = makeProblem();
const value = (key: string, options: Parameters<typeof runEstimate>[1] = {}) => runEstimate(problem, options).get(key)!.value;

describe('estimates follow the formulas, units and conventions', () => {
  test('per-day rates become per-second rates with 86,400 s a day', () => {
    expect(value('write_qps')).toBeCloseTo(1000 / 86_400, 10);
    expect(value('read_qps')).toBeCloseTo(10_000 / 86_400, 10);
    expect(value('peak_qps')).toBeCloseTo((22_000) / 86_400, 10);
  });

  test('the quick-math convention uses 10^5 s a day', () => {
    expect(value('write_qps', { conventions: { secondsPerDay: 100_000 } })).toBeCloseTo(0.01, 12);
  });

  test('storage over the retention period counts the years exactly once', () => {
    // 1,000 writes/day x 1,000 B x 3 replicas x 2 x 365 days
    expect(value('storage_total')).toBeCloseTo(1000 * 1000 * 3 * 2 * 365, 0);
    expect(value('storage_per_day')).toBeCloseTo(3_000_000, 3);
  });

  test('a 12-month year changes storage by 360/365 under the 30-day month', () => {
    expect(value('storage_total', { conventions: { year: '12mo' } })).toBeCloseTo(1000 * 1000 * 3 * 2 * 360, 0);
  });

  test('binary storage makes every KB 1,024 bytes, in every line alike', () => {
    const decimal = runEstimate(problem);
    const binary = runEstimate(problem, { conventions: { storage: 'binary' } });
    for (const key of ['storage_per_day', 'storage_total', 'ingress_bandwidth', 'egress_bandwidth', 'cache_memory']) {
      expect(binary.get(key)!.value / decimal.get(key)!.value).toBeCloseTo(1.024, 10);
    }
    expect(binary.get('storage_total')!.display).toMatch(/GiB$/);
  });

  test('bandwidth is shown in bits per second when asked, with the same value in bytes', () => {
    const bits = runEstimate(problem, { overrides: { users: '1B' }, conventions: { bandwidth: 'bits' } });
    const bytes = runEstimate(problem, { overrides: { users: '1B' } });
    expect(bits.get('egress_bandwidth')!.value).toBe(bytes.get('egress_bandwidth')!.value);
    expect(bytes.get('egress_bandwidth')!.display).toBe('116 MB/s');
    expect(bits.get('egress_bandwidth')!.display).toBe('926 Mbit/s');
  });

  test('the servers estimate rounds up', () => {
    expect(value('servers', { overrides: { users: '10M' } })).toBe(Math.ceil((22 * 10e6) / 86_400 / 1000));
  });

  test('cost lines add up to the total, in USD a month', () => {
    const report = runEstimate(problem, { overrides: { users: '100M' } });
    const sum = report.costs.reduce((s, c) => s + c.value, 0);
    expect(report.total.value).toBeCloseTo(sum, 6);
    expect(report.total.display).toMatch(/^\$[\d.,]+( K)?\/month$/);
    // compute: servers x $0.096 an hour x 720 hours in the default 30-day month
    expect(report.get('cost_compute')!.value).toBeCloseTo(report.get('servers')!.value * 0.096 * 720, 6);
    expect(report.prices.find((p) => p.key === 'price_server')!.basis).toBe('0.096 USD/hour x 720 h a month');
  });

  test('a price can be overridden like an assumption', () => {
    const report = runEstimate(problem, { overrides: { price_server: '100 USD/month' } });
    expect(report.get('cost_compute')!.value).toBe(report.get('servers')!.value * 100);
    expect(report.prices.find((p) => p.key === 'price_server')!.changed).toBe(true);
  });

  test('every result carries unit, formula and a show-work line with the numbers substituted', () => {
    const report = runEstimate(problem);
    const write = report.get('write_qps') as import('../../src/core/estimate/types.js').ComputedValue;
    expect(write.unit).toBe('1/s');
    expect(write.formula).toBe('dau * writes_per_user');
    expect(write.showWork).toBe('Write QPS = 1 K x (1 / 86,400 s) = 0.0116/s');
    const storage = report.get('storage_total') as typeof write;
    expect(storage.showWork).toBe('Storage total = 3 MB/day x 2 years x 365 days/year = 2.19 GB');
  });

  test('assumptions accept expressions over other assumptions', () => {
    const report = runEstimate(problem, { overrides: { users: '2000', read_write_ratio: 'users / 100' } });
    expect(report.get('read_write_ratio')!.value).toBe(20);
  });

  test('the assumptions list marks what the user changed', () => {
    const report = runEstimate(problem, { overrides: { users: '5000', peak_factor: '2' } });
    const users = report.assumptions.find((a) => a.key === 'users')!;
    expect(users.changed).toBe(true);
    expect(report.assumptions.find((a) => a.key === 'peak_factor')!.changed).toBe(false);
  });
});

describe('slips are impossible: a formula with the wrong dimension is rejected and named', () => {
  test('multiplying by the retention years twice', () => {
    const broken = makeProblem({
      estimates: makeProblem().estimates.map((e) => (e.key === 'storage_total' ? { ...e, formula: 'storage_per_day * retention * retention' } : e)),
    });
    expect(() => runEstimate(broken)).toThrowError(EstimateError);
    expect(() => runEstimate(broken)).toThrowError(/estimate 'storage_total' \(formula 'storage_per_day \* retention \* retention'\) gives .* but is declared in B/);
  });

  test('a bandwidth formula that forgot the per-second rate', () => {
    const broken = makeProblem({
      estimates: makeProblem().estimates.map((e) => (e.key === 'egress_bandwidth' ? { ...e, formula: 'item_size * read_write_ratio' } : e)),
    });
    expect(() => runEstimate(broken)).toThrowError(/egress_bandwidth.*gives a size in bytes \(B\), but is declared in B\/s/);
  });

  test('adding bytes to a rate', () => {
    const broken = makeProblem({
      estimates: makeProblem().estimates.map((e) => (e.key === 'peak_qps' ? { ...e, formula: 'peak_read_qps + item_size' } : e)),
    });
    expect(() => runEstimate(broken)).toThrowError(/adds values of different kinds/);
  });

  test('a cycle names the chain', () => {
    const broken = makeProblem({
      estimates: makeProblem().estimates.map((e) => (e.key === 'dau' ? { ...e, formula: 'write_qps * 1 day' } : e)),
    });
    expect(() => runEstimate(broken)).toThrowError(/depends on itself: dau -> write_qps -> dau|depends on itself: write_qps -> dau -> write_qps/);
  });

  test('an unknown name in a formula names the formula and the closest name', () => {
    const broken = makeProblem({
      estimates: makeProblem().estimates.map((e) => (e.key === 'read_qps' ? { ...e, formula: 'write_qps * read_write_ratoi' } : e)),
    });
    expect(() => runEstimate(broken)).toThrowError("tiny: estimate 'read_qps' (formula 'write_qps * read_write_ratoi') refers to an unknown name 'read_write_ratoi'; did you mean 'read_write_ratio'?");
  });

  test('an assumption cycle is reported', () => {
    const p = makeProblem();
    expect(() => runEstimate(p, { overrides: { users: 'read_write_ratio', read_write_ratio: 'users' } })).toThrowError(/refers to itself through/);
  });
});

describe('bad values get one clear line', () => {
  const message = (overrides: Record<string, string>) => {
    try {
      runEstimate(problem, { overrides });
    } catch (error) {
      expect(error).toBeInstanceOf(ValueError);
      return (error as Error).message;
    }
    throw new Error('expected a ValueError');
  };

  test.each([
    [{ users: '-5' }, "assumption 'users' = '-5': must not be negative"],
    [{ server_capacity_qps: '0' }, "assumption 'server_capacity_qps' = '0': must be greater than 0"],
    [{ hot_fraction: '150%' }, "assumption 'hot_fraction' = '150%': must be at most 1"],
    // A percentage typed without its sign: the whole number says how to write it; 150% gets no guess.
    [{ hot_fraction: '20' }, "assumption 'hot_fraction' = '20': must be at most 1; a share is written 0.2 or 20%, so for 20 percent write '20%'"],
    [{ replication_factor: '0.5' }, "assumption 'replication_factor' = '0.5': must be at least 1"],
    [{ users: 'NaN' }, "assumption 'users' = 'NaN': is not a finite number"],
    [{ users: 'Infinity' }, "assumption 'users' = 'Infinity': is not a finite number"],
    [{ users: '1e30' }, "assumption 'users' = '1e30': is absurdly large"],
    [{ users: '' }, "assumption 'users' = '': is empty"],
    [{ users: '   ' }, "assumption 'users' = '   ': is empty"],
    [{ item_size: '5 /s' }, "assumption 'item_size' = '5 /s': is a rate (per time) (1/s), but item size is measured in B"],
    [{ users: '2 KB' }, "assumption 'users' = '2 KB': is a size in bytes (B), but daily users is a plain number with no unit (a count or a ratio)"],
    [{ users: 'abc' }, "refers to an unknown name 'abc'"],
    [{ user: '5' }, "unknown assumption 'user' for tiny; did you mean 'users'?"],
    [{ users: 'import({}, {override: true})' }, "calls 'import()', which is not allowed"],
    [{ users: 'createUnit("foo")' }, "calls 'createUnit()', which is not allowed"],
    [{ users: 'f(x) = x' }, 'assignments and function definitions'],
    [{ users: 'x = 5' }, 'assignments and function definitions'],
    [{ users: 'evaluate("1+1")' }, "calls 'evaluate()', which is not allowed"],
    [{ users: 'sin(2)' }, "calls 'sin()', which is not allowed"],
    // Not functions at all: a unit or a suffix before a parenthesis, or two numbers run together.
    [{ users: '5GB(2)' }, "has 'GB(', but 'GB' is a unit, not a function; to multiply, write 'GB * ('"],
    [{ users: 'M(2)' }, "has 'M(', but 'M' is a count suffix, not a function"],
    [{ users: '500M1B' }, "assumption 'users' = '500M1B': has '1B' straight after the suffix 'M'; a number takes one suffix"],
    [{ users: '1.5B2' }, "has '2' straight after the suffix 'B'"],
    [{ users: '[1, 2]' }, 'arrays and indexing'],
    [{ users: 'users.constructor' }, 'objects and property access'],
    [{ users: '"text"' }, 'which is not a number'],
    [{ users: '1 ? 2 : 3' }, 'conditionals'],
    [{ users: '7 % 3' }, 'modulo'],
    [{ users: '1+'.repeat(200) + '1' }, 'at most 300 are accepted'],
    [{ users: '('.repeat(30) + '1' + ')'.repeat(30) }, 'nested more than 20 levels deep'],
    [{ users: '3 +* 4' }, 'cannot be read'],
  ])('%j', (overrides, expected) => {
    const text = message(overrides);
    expect(text).toContain(expected);
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/at \w+ \(/); // no stack frames
  });

  test('division by zero inside a user expression names the divisor', () => {
    expect(message({ users: '1000 / (read_write_ratio - 10)' })).toContain("divides by zero: '(read_write_ratio - 10)' is 0");
  });
});

test('a negative estimate is refused, naming the formula', () => {
  const broken = makeProblem({
    estimates: makeProblem().estimates.map((e) => (e.key === 'read_qps' ? { ...e, formula: 'write_qps * (read_write_ratio - 20)' } : e)),
  });
  expect(() => runEstimate(broken)).toThrowError(/estimate 'read_qps' \(formula 'write_qps \* \(read_write_ratio - 20\)'\) gives a negative value \(-0.116\/s\)/);
});

describe('show-work labels each term of a sum', () => {
  const uber = runEstimate(loadProblem('uber'));
  const work = (key: string) => (uber.get(key) as import('../../src/core/estimate/types.js').ComputedValue).showWork;

  test("Uber's cache memory: every term says what it is, a product by the names it multiplies", () => {
    expect(work('cache_memory')).toBe(
      'Cache memory = 175 MB [memory for every driver\'s last position] + 64 MB [geo index memory for online drivers] + ' +
        '69.4 K x 1 KB [riders with an active ride at once x size of one trip record] + 40 GB [cache for hot read responses] = 40.3 GB',
    );
  });

  test('a sum inside parentheses is labelled too; a bare number is not; a product that is not in a sum is left as it was', () => {
    expect(work('peak_qps')).toMatch(/= \(1\.16 K\/s \[reads a second\] \+ 250 K\/s \[writes a second\]\) x 2 = /);
    expect(work('ride_storage_per_day')).toContain('(1 + 0.25 [database index overhead])');
    expect(work('rides_per_day')).toBe('Rides a day = 10 M x 0.5/day = 5 M/day');
  });

  test('a price in a term is not named (its value says what it is per); the monthly total names each cost line', () => {
    expect(work('cost_storage')).toContain('21.6 GB/day x $0.08 per GB month [database rows a day');
    expect(work('cost_total')).toMatch(/^Monthly total = \$17\.4 K \[application and gateway servers\] \+ \$25\.8 K \[trip database/);
    // An acronym at the start of a label keeps its capitals.
    expect(work('cost_total')).toContain('[SMS and push notifications]');
  });
});
