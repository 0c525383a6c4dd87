import '../../src/core/units/math.js';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONVENTIONS, type Conventions } from '../../src/core/conventions.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { showWork, type ShownValue } from '../../src/core/estimate/show-work.js';
import type { ComputedValue } from '../../src/core/estimate/types.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { workingWithoutLabel } from '../../src/core/report/estimate-markdown.js';
import { checkExpression, evaluateChecked } from '../../src/core/units/expression.js';
import { parseOwn } from '../../src/core/units/parser.js';
import { base, dimensionText, magnitude, sameDims, dimsOf, type Dimension, type Quantity } from '../../src/core/units/quantity.js';
import { resolveUnit } from '../../src/core/units/units.js';
import { rewriteValueSyntax } from '../../src/core/units/value.js';

/**
 * The working can be redone by hand: take the numbers it shows, do the
 * operations it shows, and the stated result comes out. Every unit of time is
 * its own unit here (a day is not 86,400 s unless the working says so), so a
 * daily figure that became a monthly one without `x 30 days/month`, or a
 * per-second one without `/ 86,400 s`, fails: the units do not come out as the
 * result's. A new user found such skipped steps in several problems.
 */

const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'];

const CONVENTIONS: Record<string, Conventions> = {
  default: DEFAULT_CONVENTIONS,
  'quick math, binary, bits': { ...DEFAULT_CONVENTIONS, secondsPerDay: 100_000, month: '2.5Ms', year: '12mo', storage: 'binary', bandwidth: 'bits' },
  'Educative month': { ...DEFAULT_CONVENTIONS, month: '30.42d' },
};

/** Each time word stands for a dimension of its own (borrowing base dimensions no estimate uses). */
const TIME_AS_OWN_UNIT: Record<string, Dimension> = {
  ms: 'kg',
  s: 's',
  minute: 'm',
  hour: 'A',
  day: 'K',
  week: 'cd',
  month: 'mol',
  year: 'rad',
};
const TIME_NAMES: Record<string, string> = {
  s: 's', ms: 'ms', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
};

/** Read shown text as a person would: numbers with their units, time units kept apart. */
function byHand(text: string, c: Conventions): Quantity {
  // A term's label in brackets says what it is (`175 MB [memory for every driver's last position] + ...`): words, not arithmetic.
  // `6.25 M / 10 s` is divided by ten seconds, as anyone reads it.
  const tight = text.replace(/ \[[^\]]*\]/g, '').replace(/ x /g, ' * ').replace(/\/ ([\d.,]+ [A-Za-z]+)(?![\w/])/g, '/ ($1)');
  const expression = rewriteValueSyntax(tight);
  const checked = checkExpression(expression, 5_000);
  return evaluateChecked(checked, (name) => {
    const word = Object.hasOwn(TIME_NAMES, name) ? TIME_NAMES[name]! : undefined;
    if (word) return base(1, TIME_AS_OWN_UNIT[word]!);
    // A binary estimate shows KiB, MiB, ...; a GB on screen is a price's decimal GB.
    return resolveUnit(name, { ...c, storage: 'decimal' });
  });
}

/** Shown values carry three significant figures, so a chain of them drifts a little; a skipped step is off by 30x or more. */
const DRIFT = 0.03;

function checkWorking(entry: ComputedValue, c: Conventions, what: string): void {
  const working = workingWithoutLabel(entry);
  const parts = working.split(' = ');
  if (parts.length === 1) return; // `Label = 5 K/s`: the value itself
  const arithmetic = parts.slice(0, -1).join(' = ');
  const stated = parts.at(-1)!;
  expect(stated, `${what}: the working ends in the value shown`).toBe(entry.display);
  const computed = byHand(arithmetic, c);
  const result = byHand(stated, c);
  expect(sameDims(dimsOf(computed), dimsOf(result)), `${what}: '${arithmetic}' gives ${dimensionText(computed)}, the result is in ${dimensionText(result)}`).toBe(true);
  const got = magnitude(computed);
  const want = magnitude(result);
  if (want === 0) {
    expect(got, what).toBe(0);
    return;
  }
  // ceil() of a rounded shown value may land one higher or lower.
  const rounded = /\b(?:ceil|floor|round)\(/.test(arithmetic) && Math.abs(got - want) <= 2;
  if (!rounded) expect(Math.abs(got / want - 1), `${what}: '${arithmetic}' = ${got}, shown ${stated} (${want})`).toBeLessThanOrEqual(DRIFT);
}

describe.each(Object.entries(CONVENTIONS))('every working line redoes by hand to its result (%s)', (_, conventions) => {
  test.each(PROBLEMS)('%s', (id) => {
    const report = runEstimate(loadProblemFile(`problems/${id}.yaml`), { conventions });
    for (const entry of [...report.estimates, ...report.costs]) checkWorking(entry, conventions, `${id} ${entry.key}`);
    // The total adds the monthly lines, each shown without its `/month`.
    const lines = report.costs.map((c) => magnitude(byHand(c.display.replace(/\/month$/, ''), conventions)));
    const total = magnitude(byHand(report.total.display.replace(/\/month$/, ''), conventions));
    expect(Math.abs(lines.reduce((a, b) => a + b, 0) / total - 1)).toBeLessThanOrEqual(DRIFT);
  });
});

describe('the steps a new user found missing are written', () => {
  const report = runEstimate(loadProblemFile('problems/netflix.yaml'), {});
  const working = (key: string) => workingWithoutLabel(report.estimates.find((e) => e.key === key) ?? report.costs.find((e) => e.key === key)!);

  test.each([
    ['storage_per_month', '972 GB/day x 30 days/month = 29.2 TB/month'],
    ['egress_per_day', '6.07 TB/s x 86,400 s/day = 525 PB/day'],
    ['concurrent_streams', '200 M/day x 45 minutes / (1,440 minutes/day) = 6.25 M'],
    ['read_qps', '(200 M / 86,400 s) x 20 = 46.3 K/s'],
    ['cost_egress', '6.07 TB/s x $0.02 per GB x 2,592,000 s/month = $315 M/month'],
    ['storage_total', '972 GB/day x 10 years x 365 days/year = 3.55 PB'],
  ])('%s: %s', (key, text) => expect(working(key)).toBe(text));

  test('under quick math the steps use its day and month', () => {
    const quick = runEstimate(loadProblemFile('problems/netflix.yaml'), { conventions: { ...DEFAULT_CONVENTIONS, secondsPerDay: 100_000, month: '2.5Ms' } });
    const line = (key: string) => workingWithoutLabel(quick.estimates.find((e) => e.key === key) ?? quick.costs.find((e) => e.key === key)!);
    expect(line('egress_per_day')).toContain('x 100,000 s/day');
    expect(line('storage_per_month')).toContain('x 25 days/month');
    expect(line('cost_egress')).toContain('x 2,500,000 s/month');
  });
});

describe('a length of time written into a formula is shown once, in the unit the step needs', () => {
  // Each cache line is `<rate> * 1 day * ...`: it read `324 K/s x 1 day x 0.2 x 310 B x 86,400 s/day`, the day
  // named twice and the step that cancels it far from it. A person writes the day as its seconds, once.
  const CACHE_LINES: [string, string][] = [
    ['twitter', 'tweet_cache_memory'],
    ['url-shortener', 'cache_memory'],
    ['whatsapp', 'message_cache_memory'],
    ['uber', 'hot_read_cache'],
    ['netflix', 'cache_memory'],
    ['instagram', 'hot_post_cache'],
  ];
  const line = (id: string, key: string, conventions: Conventions) =>
    workingWithoutLabel(runEstimate(loadProblemFile(`problems/${id}.yaml`), { conventions }).estimates.find((e) => e.key === key)!);

  test.each(CACHE_LINES)('%s %s', (id, key) => {
    const working = line(id, key, DEFAULT_CONVENTIONS);
    expect(working).toMatch(/\/s x 86,400 s \[1 day\] x /);
    expect(working).not.toMatch(/ x 1 day\b|s\/day/);
  });

  test('the seconds are the conventions\' day', () => {
    const quick = { ...DEFAULT_CONVENTIONS, secondsPerDay: 100_000 as const };
    expect(line('twitter', 'tweet_cache_memory', quick)).toMatch(/^[\d.]+ K\/s x 100,000 s \[1 day\] x 0\.2 x 310 B = /);
  });

  test('the whole line, as shown', () => {
    expect(line('url-shortener', 'cache_memory', DEFAULT_CONVENTIONS)).toBe('19.3 K/s x 86,400 s [1 day] x 0.2 x 500 B = 167 GB');
  });
});

describe('a written length of time in a formula of your own', () => {
  const shown: Record<string, ShownValue> = {
    qps: { value: 100, unit: '1/s', display: '100/s' },
    size: { value: 1000, unit: 'B', display: '1 KB' },
    per_day: { value: 5e6, unit: '1/day', display: '5 M/day' },
  };
  const working = (formula: string, result: ShownValue, c: Conventions = DEFAULT_CONVENTIONS) =>
    showWork('X', parseOwn(formula)!, (name) => shown[name], result, c);

  test('is written in the unit its one step needs, with what it stands for', () => {
    expect(working('qps * 2 days * size', { value: 17.28e9, unit: 'B', display: '17.3 GB' })).toBe('X = 100/s x 172,800 s [2 days] x 1 KB = 17.3 GB');
    expect(working('qps * 1 hour * size', { value: 360e6, unit: 'B', display: '360 MB' })).toBe('X = 100/s x 3,600 s [1 hour] x 1 KB = 360 MB');
    // A daily count over a week: the week in days.
    expect(working('per_day * 1 week', { value: 35e6, unit: '1', display: '35 M' })).toBe('X = 5 M/day x 7 days [1 week] = 35 M');
  });

  test('with no written length of time, the step is written at the end as before', () => {
    expect(working('per_day * size', { value: 5e9 / 86_400, unit: 'B/s', display: '57.9 KB/s' })).toBe('X = (5 M / 86,400 s) x 1 KB = 57.9 KB/s');
    expect(working('qps * size', { value: 8.64e9, unit: 'B/day', display: '8.64 GB/day' })).toBe('X = 100/s x 1 KB x 86,400 s/day = 8.64 GB/day');
  });
});
