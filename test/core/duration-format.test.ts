import '../../src/core/units/math.js';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONVENTIONS, type Conventions } from '../../src/core/conventions.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import type { ReportEntry } from '../../src/core/estimate/types.js';
import { keepUnits, renderEstimateMarkdown } from '../../src/core/report/estimate-markdown.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { formatQuantity, unitShape } from '../../src/core/units/format.js';

/**
 * A time is shown in the unit a person reads it in (a new user met Netflix's
 * playback_state_ttl as `2,590,000 s`): one rule in the formatter, so the
 * table, the working, the markdown, the JSON and the estimator screen agree.
 */

const c = DEFAULT_CONVENTIONS;
const quick: Conventions = { ...c, secondsPerDay: 100_000, month: '2.5Ms', year: '12mo' };

describe('a time is shown in the unit a person reads it in', () => {
  test.each([
    [2_592_000, 's', c, '30 days'],
    [2_700, 's', c, '45 minutes'],
    [1_200, 's', c, '20 minutes'],
    [3_600, 's', c, '1 hour'],
    [86_400, 's', c, '1 day'],
    [10, 's', c, '10 s'],
    // A smaller unit that says it whole beats a fraction of a larger one.
    [90, 's', c, '90 s'],
    [5_400, 's', c, '90 minutes'],
    [129_600, 's', c, '36 hours'],
    [100, 's', c, '100 s'],
    // No whole number anywhere: the largest unit, three figures.
    [4_000, 's', c, '1.11 hours'],
    [0.2, 's', c, '200 ms'],
    [0, 's', c, '0 s'],
    [5, 'year', c, '5 years'],
    [1.5, 'year', c, '1.5 years'],
    [30 / 365, 'year', c, '30 days'],
    [2, 'hour', c, '2 hours'],
    [0.5, 'day', c, '12 hours'],
    // A day is 10^5 s in quick math: 30 of them are still 30 days.
    [3_000_000, 's', quick, '30 days'],
  ])('%d %s -> %s', (value, unit, conventions, text) => expect(formatQuantity(value, unit, conventions)).toBe(text));
});

const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'];

describe('every time-valued value of every problem', () => {
  test.each(PROBLEMS)('%s shows no time as a large count of seconds, and the markdown shows the same text', (id) => {
    const report = runEstimate(loadProblemFile(`problems/${id}.yaml`), {});
    const entries: ReportEntry[] = [...report.assumptions, ...report.estimates, ...report.limits];
    const times = entries.filter((e) => unitShape(e.unit).kind === 'duration');
    const markdown = renderEstimateMarkdown(report);
    for (const entry of times) {
      const seconds = /^([\d,.]+) s$/.exec(entry.display);
      if (seconds) expect(Number(seconds[1]!.replace(/,/g, '')), `${id} ${entry.key} = '${entry.display}'`).toBeLessThan(1000);
      expect(markdown, `${id} ${entry.key}`).toContain(keepUnits(entry.display));
    }
  });

  test('netflix: the TTL reads 30 days in its row and in the working that uses it', () => {
    const report = runEstimate(loadProblemFile('problems/netflix.yaml'), {});
    expect(report.get('playback_state_ttl')?.display).toBe('30 days');
    expect(report.get('view_duration')?.display).toBe('45 minutes');
    const memory = report.estimates.find((e) => e.key === 'playback_state_memory')!;
    expect(memory.showWork).toContain('30 days');
    expect(memory.showWork).not.toMatch(/\d s\b.*x 100 B/);
  });
});
