import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { dashedRange, normalQuantile, quantilesInPlace, rangeShape, splitRange, Z95 } from '../../src/core/estimate/range.js';
import { EstimateError, ValueError } from '../../src/core/errors.js';
import { loadProblem } from '../../src/core/problem/load.js';
import { makeProblem } from '../fixtures/problem.js';

const tiny = makeProblem();

describe('the range syntax: low to high at the top level of a value', () => {
  test.each([
    ['100M to 400M', { low: '100M', high: '400M' }],
    ['1 MB to 5 MB', { low: '1 MB', high: '5 MB' }],
    ['  2/day   to 5/day ', { low: '2/day', high: '5/day' }],
    ['(mau * 0.2) to 3', { low: '(mau * 0.2)', high: '3' }],
    ['$0.09/hour to $0.2/hour', { low: '$0.09/hour', high: '$0.2/hour' }],
  ])('%j splits into its ends', (text, ends) => {
    expect(splitRange(text)).toEqual(ends);
  });

  test.each(['300M', 'total_users * 2', 'photo_to_video', 'mau_to_dau + 1', '(1 to 2)'])('%j is no range', (text) => {
    expect(splitRange(text)).toBeUndefined();
  });

  test('a range reads as a 90% interval: the median is the geometric mean when both ends are above zero', () => {
    const report = runEstimate(tiny, { overrides: { users: '500 to 2K' } });
    const users = report.get('users')!;
    expect(users.value).toBeCloseTo(1000, 9);
    expect('range' in users && users.range).toEqual({ low: 500, high: 2000, distribution: 'lognormal' });
    expect(users.display).toBe('500 to 2 K');
    expect(users.spread).toMatchObject({ p5: 500, p50: expect.closeTo(1000, 9), p95: 2000 });
  });

  test('a low end of 0 reads as a normal range, its samples kept within what the input accepts', () => {
    const report = runEstimate(tiny, { overrides: { hot_fraction: '0 to 10%' } });
    const hot = report.get('hot_fraction')!;
    expect('range' in hot && hot.range?.distribution).toBe('normal');
    expect(hot.value).toBeCloseTo(0.05, 12);
    // cache_memory is proportional to hot_fraction: no sample below 0, so its P5 is at or above 0.
    const cache = report.get('cache_memory')!;
    expect(cache.spread!.p5).toBeGreaterThanOrEqual(0);
    expect(cache.spread!.p95 / cache.value).toBeCloseTo(2, 1);
  });

  test('a share cannot be sampled above its maximum, however wide the range', () => {
    const report = runEstimate(tiny, { overrides: { hot_fraction: '50% to 100%' } });
    const cache = report.get('cache_memory')!;
    const atOne = runEstimate(tiny, { overrides: { hot_fraction: '100%' } }).get('cache_memory')!.value;
    expect(cache.spread!.p95).toBeLessThanOrEqual(atOne * (1 + 1e-12));
  });

  test.each([
    ['users', '2K to 500', /low end is above its high end/],
    ['users', '500 to', /no high end/],
    ['users', 'to 500', /no low end/],
    ['item_size', '5 TB/day to Mb/s', /'Mb\/s' as its high end, which has no number.*'to' does not convert units/],
    ['users', 'writes_per_user to 3', /no number/],
    ['users', 'read_write_ratio * 10 to 2K', /ends of a range are numbers with units; give read_write_ratio a value of its own/],
    ['users', '0 to 5K', /low end that must be greater than 0/],
    ['hot_fraction', '10% to 150%', /high end that must be at most 1/],
    ['item_size', '1 to 2 to 3', /high end that/],
    ['item_size', '1 day to 2 days', /is a duration \(s\), but item size is measured in B/],
  ])('%s = %j is refused with what is wrong', (key, text, message) => {
    expect(() => runEstimate(tiny, { overrides: { [key]: text } })).toThrowError(ValueError);
    expect(() => runEstimate(tiny, { overrides: { [key]: text } })).toThrowError(message);
  });

  test.each([
    ['peak_factor', '2-4', "must be at least 1 ('-' subtracts); for a range write '2 to 4'"],
    ['users', '100M - 400M', "must not be negative ('-' subtracts); for a range write '100M to 400M'"],
    ['item_size', '1 MB-2 MB', "for a range write '1 MB to 2 MB'"],
    ['users', '100M\u2013400M', "has a dash, which is not an operator; for a range write '100M to 400M'"],
    ['peak_factor', '2\u20144', "for a range write '2 to 4'"],
  ])('%s = %j, a range typed with a dash as books print it, is refused with how to write the range', (key, text, message) => {
    expect(() => runEstimate(tiny, { overrides: { [key]: text } })).toThrowError(ValueError);
    expect(() => runEstimate(tiny, { overrides: { [key]: text } })).toThrowError(message);
  });

  test('a subtraction that is a valid value stays a subtraction', () => {
    expect(runEstimate(tiny, { overrides: { users: '3K - 1K' } }).get('users')!.value).toBe(2000);
    expect(dashedRange('users * 2')).toBeUndefined();
    expect(dashedRange('-5')).toBeUndefined();
  });

  test('a range in a problem file (the default) works like a typed one, and a bad one is the file\'s error', () => {
    const ranged = makeProblem({ assumptions: tiny.assumptions.map((a) => (a.key === 'users' ? { ...a, value: '500 to 2K' } : a)) });
    expect(runEstimate(ranged).sampling).toEqual({ samples: 2_000, seed: 1 });
    const broken = makeProblem({ assumptions: tiny.assumptions.map((a) => (a.key === 'users' ? { ...a, value: '2K to 500' } : a)) });
    expect(() => runEstimate(broken)).toThrowError(EstimateError);
  });

  test('prices and limits take ranges too', () => {
    const report = runEstimate(tiny, { overrides: { price_server: '$50/month to $90/month' } });
    expect(report.get('cost_compute')!.spread).toBeDefined();
    expect(report.get('cost_compute')!.drivers!.map((d) => d.key)).toEqual(['price_server']);
  });

  test('a division that a range can make zero is refused, naming the value', () => {
    const zeroable = makeProblem({
      assumptions: [...tiny.assumptions, { key: 'spare', label: 'Spare', value: '0 to 1', unit: '1', help: 'h', source: 't', allow_zero: true }],
      estimates: [...tiny.estimates, { key: 'per_spare', label: 'Per spare', formula: 'users / spare', unit: '1' }],
    });
    expect(() => runEstimate(zeroable)).toThrowError(/'per_spare' is negative or not a finite number in [\d,]+ of 2,000 samples/);
  });
});

describe('point inputs give point outputs, exactly as before', () => {
  test('no spread, no drivers, no sampling', () => {
    const report = runEstimate(tiny);
    expect(report.sampling).toBeUndefined();
    for (const entry of [...report.assumptions, ...report.estimates, ...report.costs, report.total]) {
      expect(entry.spread, entry.key).toBeUndefined();
      expect(entry.drivers, entry.key).toBeUndefined();
    }
  });

  test('a range of zero width is its point', () => {
    const point = runEstimate(tiny, { overrides: { users: '2K' } });
    const flat = runEstimate(tiny, { overrides: { users: '2K to 2K' } });
    expect(flat.get('peak_qps')!.value).toBe(point.get('peak_qps')!.value);
    expect(flat.get('peak_qps')!.spread!.p95).toBeCloseTo(point.get('peak_qps')!.value, 12);
  });
});

describe('seeded Monte Carlo sampling', () => {
  const twitter = loadProblem('twitter');
  const ranges = { dau: '100M to 400M', tweets_per_user_per_day: '0.2 to 2' };

  test('the same seed gives the same spreads; another seed moves them a little', () => {
    const a = runEstimate(twitter, { overrides: ranges, seed: 7 });
    const b = runEstimate(twitter, { overrides: ranges, seed: 7 });
    const c = runEstimate(twitter, { overrides: ranges, seed: 8 });
    expect(b.get('storage_total')!.spread).toEqual(a.get('storage_total')!.spread);
    expect(c.get('storage_total')!.spread!.p95).not.toBe(a.get('storage_total')!.spread!.p95);
    expect(c.get('storage_total')!.spread!.p95 / a.get('storage_total')!.spread!.p95).toBeCloseTo(1, 1);
  });

  test('the percentiles of a known log-normal come out within 2%', () => {
    // tweet_qps = dau x tweets a day: a product of two log-normals, itself log-normal with
    // mu = mu1 + mu2 and sigma = sqrt(sigma1^2 + sigma2^2), so its percentiles are known exactly.
    const report = runEstimate(twitter, { overrides: ranges });
    const log = (lo: number, hi: number) => ({ mu: (Math.log(lo) + Math.log(hi)) / 2, sigma: (Math.log(hi) - Math.log(lo)) / (2 * Z95) });
    const dau = log(100e6, 400e6);
    const tweets = log(0.2 / 86_400, 2 / 86_400);
    const mu = dau.mu + tweets.mu;
    const sigma = Math.hypot(dau.sigma, tweets.sigma);
    const spread = report.get('tweet_qps')!.spread!;
    expect(spread.p5 / Math.exp(mu - Z95 * sigma)).toBeCloseTo(1, 1);
    expect(Math.abs(spread.p5 / Math.exp(mu - Z95 * sigma) - 1)).toBeLessThan(0.02);
    expect(Math.abs(spread.p50 / Math.exp(mu) - 1)).toBeLessThan(0.02);
    expect(Math.abs(spread.p95 / Math.exp(mu + Z95 * sigma) - 1)).toBeLessThan(0.02);
  });

  test('one log-normal input through a product keeps its percentiles almost exactly (evenly spread samples)', () => {
    const report = runEstimate(twitter, { overrides: { dau: '100M to 400M' } });
    const perUser = 0.5 / 86_400;
    const spread = report.get('tweet_qps')!.spread!;
    expect(Math.abs(spread.p5 / (100e6 * perUser) - 1)).toBeLessThan(0.005);
    expect(Math.abs(spread.p95 / (400e6 * perUser) - 1)).toBeLessThan(0.005);
  });

  test('the normal quantile and the selection agree with known values', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(Z95, 8);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 6);
    expect(quantilesInPlace(Float64Array.from([5, 1, 4, 2, 3]), [0, 0.5, 1, 0.25])).toEqual([1, 3, 5, 2]);
    expect(rangeShape(100, 400).median).toBeCloseTo(200, 9);
    expect(rangeShape(-1, 3).median).toBe(1);
  });
});

describe('sensitivity: each ranged input swung from its P5 to its P95, the others at their medians', () => {
  test('matches a case worked by hand', () => {
    // peak_qps = users x 1 write a day x (1 + read_write_ratio) x peak_factor / 86,400 s.
    // Medians: users 1,000 (500 to 2,000), read_write_ratio 10 (5 to 20), peak_factor sqrt(4.5) = 2.1213 (1.5 to 3).
    // users:            (2,000 - 500) x 11 x 2.1213 / 86,400 = 0.40509/s
    // read_write_ratio: 1,000 x (21 - 6) x 2.1213 / 86,400   = 0.36828/s
    // peak_factor:      1,000 x 11 x (3 - 1.5) / 86,400      = 0.19097/s
    const report = runEstimate(tiny, { overrides: { users: '500 to 2K', read_write_ratio: '5 to 20', peak_factor: '1.5 to 3' } });
    const drivers = report.get('peak_qps')!.drivers!;
    expect(drivers.map((d) => d.key)).toEqual(['users', 'read_write_ratio', 'peak_factor']);
    const pf = Math.sqrt(4.5);
    expect(drivers[0]!.swing).toBeCloseTo((1500 * 11 * pf) / 86_400, 9);
    expect(drivers[1]!.swing).toBeCloseTo((1000 * 15 * pf) / 86_400, 9);
    expect(drivers[2]!.swing).toBeCloseTo((1000 * 11 * 1.5) / 86_400, 9);
    expect(drivers[0]!.atLow).toBeCloseTo((500 * 11 * pf) / 86_400, 9);
    expect(drivers.map((d) => d.relative)).toEqual([1, expect.closeTo(15 / 16.5, 9), expect.closeTo((11 * 1.5) / (16.5 * pf), 9)]);
  });

  test('an output a range does not reach has no spread and no drivers', () => {
    const report = runEstimate(tiny, { overrides: { item_size: '500 B to 2 KB' } });
    expect(report.get('peak_qps')!.spread).toBeUndefined();
    expect(report.get('storage_total')!.drivers!.map((d) => d.key)).toEqual(['item_size']);
  });
});
