import { describe, expect, test } from 'vitest';
import { conventionsFromFlags } from '../../src/cli/convention-flags.js';
import { conventionsSchema } from '../../src/core/conventions-schema.js';
import {
  applyConventionFlag,
  conventionFlagsText,
  conventionsSummary,
  DEFAULT_CONVENTIONS,
  describeConventions,
  hoursPerMonth,
  nextConvention,
  secondsPerMonth,
  secondsPerYear,
  type Conventions,
} from '../../src/core/conventions.js';
import { createDrill } from '../../src/core/drill/drill.js';
import { replayCommand } from '../../src/core/drill/render.js';
import { UsageError } from '../../src/core/errors.js';
import { designDocInput, exportDesignDoc } from '../../src/core/export/export-session.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { trickySession } from './export/fixture.js';

const c = DEFAULT_CONVENTIONS;

describe('--month takes any length in days as well as 2.5Ms', () => {
  test.each([
    ['30d', '30d', 30 * 86_400],
    ['30.42d', '30.42d', 30.42 * 86_400],
    ['30.42 days', '30.42d', 30.42 * 86_400],
    ['28D', '28d', 28 * 86_400],
    ['31 day', '31d', 31 * 86_400],
    ['2.5Ms', '2.5Ms', 2_500_000],
    ['2.5 Ms', '2.5Ms', 2_500_000],
  ])('%s', (typed, stored, seconds) => {
    const conventions = applyConventionFlag(c, '--month', typed);
    expect(conventions.month).toBe(stored);
    expect(secondsPerMonth(conventions)).toBeCloseTo(seconds, 6);
  });

  test.each(['32d', '27.9d', '30', 'thirty days', '-30d', '1e1d', ''])('%j is refused with what is accepted', (typed) => {
    expect(() => applyConventionFlag(c, '--month', typed)).toThrowError(UsageError);
    expect(() => applyConventionFlag(c, '--month', typed)).toThrowError(/use one of: 30d, 30\.42d, 2\.5Ms, any number of days from 28 to 31$/);
  });

  test('a 30.42-day month follows the day convention and makes a 12-month year of 365.04 days', () => {
    const educative = { ...c, month: '30.42d' as const, year: '12mo' as const };
    expect(secondsPerYear(educative) / 86_400).toBeCloseTo(365.04, 6);
    expect(secondsPerMonth({ ...educative, secondsPerDay: 100_000 })).toBeCloseTo(3_042_000, 6);
  });

  test('the session file stores the month as typed and refuses one it could not use', () => {
    expect(conventionsSchema.parse({ ...c, month: '30.42d' }).month).toBe('30.42d');
    expect(conventionsSchema.safeParse({ ...c, month: '32d' }).success).toBe(false);
    expect(conventionsSchema.safeParse({ ...c, month: '30 days' }).success).toBe(false);
  });
});

describe('one rule for hours per month', () => {
  test('it is the month convention in hours, and the conventions lines say so', () => {
    expect(hoursPerMonth(c)).toBe(720);
    expect(hoursPerMonth({ ...c, month: '30.42d' })).toBeCloseTo(730.08, 6);
    expect(hoursPerMonth({ ...c, month: '2.5Ms' })).toBeCloseTo(694.44, 2);
    expect(describeConventions(c)[1]).toBe('1 month = 30 days = 2,592,000 s = 720 h (hourly prices x 720)');
    expect(describeConventions({ ...c, month: '30.42d' })[1]).toBe('1 month = 30.42 days = 2,628,288 s = 730.08 h (hourly prices x 730.08)');
    expect(describeConventions({ ...c, month: '2.5Ms' })[1]).toBe('1 month = 2.5 M s (quick math) = 694.44 h (hourly prices x 694.44)');
  });

  test('every hourly price row becomes monthly by it, and a monthly cost means the same month', () => {
    const shortener = loadProblemFile('problems/url-shortener.yaml');
    for (const month of ['30d', '30.42d', '2.5Ms'] as const) {
      const conventions = { ...c, month };
      const report = runEstimate(shortener, { conventions });
      const server = report.prices.find((p) => p.key === 'price_server')!;
      expect(server.value).toBeCloseTo(0.096 * hoursPerMonth(conventions), 6);
      expect(report.get('cost_compute')!.value).toBeCloseTo(report.get('servers')!.value * server.value, 6);
    }
  });
});

describe('conventions a screen can step through', () => {
  test('nextConvention moves one field to its next choice and wraps', () => {
    let conventions: Conventions = c;
    conventions = nextConvention(conventions, 'month');
    expect(conventions.month).toBe('30.42d');
    conventions = nextConvention(conventions, 'month');
    expect(conventions.month).toBe('2.5Ms');
    conventions = nextConvention(conventions, 'month');
    expect(conventions.month).toBe('30d');
    expect(nextConvention(c, 'secondsPerDay').secondsPerDay).toBe(100_000);
    expect(nextConvention(c, 'storage')).toEqual({ ...c, storage: 'binary' });
    // A month set by flag that is not in the list moves to the first choice.
    expect(nextConvention({ ...c, month: '29d' }, 'month').month).toBe('30d');
  });

  test('a summary for a status line', () => {
    expect(conventionsSummary(c)).toBe('86,400 s/day · 30-day month · 365-day year · decimal · bytes/s');
    expect(conventionsSummary({ ...c, month: '30.42d', bandwidth: 'bits' })).toContain('30.42-day month');
  });

  test('the flags that reproduce conventions, for replay commands', () => {
    expect(conventionFlagsText(c)).toBe('');
    const quick = conventionsFromFlags({ day: '1e5', month: '2.5Ms', storage: 'binary' });
    expect(conventionFlagsText(quick)).toBe(' --day 1e5 --month 2.5Ms --storage binary');
    expect(conventionsFromFlags({}, quick)).toEqual(quick);
  });
});

describe('conventions chosen for a session are used where the session is read', () => {
  test('the export computes under them and prints them', async () => {
    const conventions: Conventions = { ...DEFAULT_CONVENTIONS, month: '30.42d', bandwidth: 'bits' };
    const session = trickySession({ conventions });
    const input = await designDocInput(session, { HLD_HOME: '/nonexistent-hld-home' });
    const report = 'report' in input.estimate ? input.estimate.report : undefined;
    expect(report?.conventions).toEqual(conventions);
    expect(report?.get('write_qps')!.value).toBeCloseTo(500e6 / (30.42 * 86_400), 6);
    const doc = await exportDesignDoc(session, { env: { HLD_HOME: '/nonexistent-hld-home' } });
    expect(doc).toContain('1 month = 30.42 days = 2,628,288 s = 730.08 h (hourly prices x 730.08)');
    expect(doc).toContain('bandwidth in bits per second');
  });

  test('a drill under quick math grades under it and replays with its flags', () => {
    const quick = conventionsFromFlags({ day: '1e5', month: '2.5Ms' });
    const drill = createDrill(loadProblemFile('problems/twitter.yaml'), { seed: 4, count: 3, conventions: quick });
    expect(drill.conventions).toEqual(quick);
    expect(replayCommand(drill)).toBe('hld drill twitter --seed 4 --day 1e5 --month 2.5Ms');
    expect(drill.conventionLines[0]).toBe('1 day = 10^5 s (quick math)');
  });
});
