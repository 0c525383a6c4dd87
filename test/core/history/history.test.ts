import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderHistoryText } from '../../../src/core/history/render.js';
import { HISTORY_VERSION, type HistoryEntry, type MockEntry } from '../../../src/core/history/schema.js';
import { appendHistory, historyFile, readHistory, recordMockOnce } from '../../../src/core/history/store.js';
import { historyByProblem, sparkline } from '../../../src/core/history/summary.js';

let home: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'hld-history-'));
  env = { HLD_HOME: home };
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const drill = (problem: string, score: number, at: string): HistoryEntry => ({
  version: HISTORY_VERSION,
  kind: 'drill',
  at,
  problem,
  score,
  seed: 1,
  questions: [{ key: 'peak_read_qps', grade: 'good', ratio: 1.2 }],
});
const mock = (session: string, score: number, at: string): MockEntry => ({
  version: HISTORY_VERSION,
  kind: 'mock',
  at,
  problem: 'twitter',
  score,
  session,
  framework: 'hld14',
  minutes: 45,
  elapsed_seconds: 2700,
  key_points_covered: 6,
  key_points_total: 10,
});

describe('history store', () => {
  it('appends entries and reads them back', () => {
    appendHistory(drill('url-shortener', 50, '2026-11-20T10:00:00Z'), env);
    appendHistory(mock('s1', 70, '2026-11-21T10:00:00Z'), env);
    const { entries, warnings } = readHistory(env);
    expect(warnings).toEqual([]);
    expect(entries.map((e) => [e.kind, e.problem, e.score])).toEqual([
      ['drill', 'url-shortener', 50],
      ['mock', 'twitter', 70],
    ]);
    expect(readFileSync(historyFile(env), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('skips damaged lines with a warning naming the line, and keeps appending cleanly after a torn write', () => {
    const file = historyFile(env);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(drill('uber', 40, '2026-11-19T10:00:00Z'))}\nnot json\n{"version":1,"kind":"drill"}\n`);
    appendFileSync(file, '{"version":1,"kind":"mo'); // a crash mid-write
    appendHistory(drill('uber', 60, '2026-11-21T10:00:00Z'), env);
    const { entries, warnings } = readHistory(env);
    expect(entries.map((e) => e.score)).toEqual([40, 60]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/results\.jsonl line 2: not valid JSON; skipped/);
    expect(warnings[1]).toMatch(/line 3: .*skipped/);
    expect(warnings[2]).toMatch(/line 4: not valid JSON/);
  });

  it('records a mock once per session', () => {
    expect(recordMockOnce(mock('s1', 70, '2026-11-21T10:00:00Z'), env)).toBe(true);
    expect(recordMockOnce(mock('s1', 70, '2026-11-21T11:00:00Z'), env)).toBe(false);
    expect(readHistory(env).entries).toHaveLength(1);
  });

  it('reads a missing file as no history', () => {
    expect(readHistory(env)).toEqual({ entries: [], warnings: [] });
  });
});

describe('history summary', () => {
  it('draws a sparkline from low to high', () => {
    expect(sparkline([0, 50, 100])).toBe('▁▅█');
    expect(sparkline([])).toBe('');
  });

  it('groups by problem in time order with a trend per kind', () => {
    const entries = [drill('uber', 80, '2026-11-21T10:00:00Z'), drill('uber', 20, '2026-11-20T10:00:00Z'), mock('s1', 55, '2026-11-21T09:00:00Z')];
    const [twitter, uber] = historyByProblem(entries);
    expect(twitter!.problem).toBe('twitter');
    expect(twitter!.drill).toBeUndefined();
    expect(uber!.drill!.scores).toEqual([20, 80]);
    expect(uber!.drill!.trend).toBe('▂▇');
    expect(uber!.drill!.last).toBe(80);
    const text = renderHistoryText(entries);
    expect(text).toContain('▂▇');
    expect(text).toMatch(/twitter\s+1 · last 55 · best 55/);
    expect(renderHistoryText([])).toMatch(/No mocks or drills yet/);
  });
});

describe('the recent list', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('shows when in local time, as hld sessions does, not the stored UTC', () => {
    process.env.TZ = 'Asia/Kolkata';
    const text = renderHistoryText([drill('uber', 80, '2026-11-21T10:00:00Z')]);
    expect(text).toMatch(/2026-11-21 15:30\s+uber/);
    expect(text).not.toContain('2026-11-21 10:00');
  });
});
