import { describe, expect, it } from 'vitest';
import { newMockClock, stepBudgets } from '../../../src/core/mock/clock.js';
import { findUnmentioned } from '../../../src/core/mock/mentions.js';
import { buildMockReport } from '../../../src/core/mock/report.js';
import { renderMockReportMarkdown, renderMockReportText } from '../../../src/core/mock/report-render.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import type { Session } from '../../../src/core/session/schema.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { mockSession } from './session-fixture.js';

const shortener = loadProblem('url-shortener');
const hld14 = loadFramework('hld14');

function session(notes: Record<string, string>, timeSpent: Record<string, number>, elapsed: number): Session {
  return mockSession(45, { notes, time_spent: timeSpent, mock: { ...newMockClock(45), elapsed_seconds: elapsed } });
}

const [first, second] = hld14.steps.map((s) => s.id);

describe('the mock report', () => {
  it('scores zero for an empty mock and explains every missed point', () => {
    const report = buildMockReport(session({}, {}, 0), shortener, hld14);
    expect(report.score).toBe(0);
    expect(report.keyPoints.covered).toBe(0);
    expect(report.unmentioned.requirements.length).toBe(report.unmentioned.totals.requirements);
    const text = renderMockReportText(report);
    for (const point of shortener.key_points) expect(text).toContain(point.why);
    expect(text).toContain('Score: 0 + 0 + 0 = 0 of 100');
  });

  it('reports time against budget and adds up the score from its parts', () => {
    const budgets = stepBudgets(hld14, 45 * 60);
    const notes = {
      [first!]: 'Read-heavy, 100:1. Shorten a long URL to a unique short link; redirect to the original URL with 301 or 302.',
      [second!]: 'Redis cache for hot links. KGS hands out base62 codes. Cassandra partitioned by code. Peak read QPS about 40K; storage 15 TB over 5 years.',
    };
    const report = buildMockReport(session(notes, { [first!]: budgets[0]!.seconds + 90, [second!]: 60 }, budgets[0]!.seconds + 150), shortener, hld14);
    expect(report.steps[0]!.over).toBe(true);
    expect(report.steps[0]!.overBy).toBe(90);
    expect(report.steps[1]!.over).toBe(false);
    const covered = report.keyPoints.points.filter((p) => p.covered).map((p) => p.id);
    expect(covered).toEqual(expect.arrayContaining(['read_heavy', 'cache', 'key_generation', 'code_length', 'redirect_code', 'kv_store']));
    expect(covered).not.toContain('abuse');
    expect(report.unmentioned.estimates.map((e) => e.key)).not.toContain('peak_read_qps');
    expect(report.unmentioned.estimates.map((e) => e.key)).toContain('servers');
    // Pacing: one step worked within budget out of fourteen.
    expect(report.parts[2]!.earned).toBeCloseTo((1 / hld14.steps.length) * 15, 1);
    const sum = report.parts.reduce((a, p) => a + p.earned, 0);
    expect(report.score).toBe(Math.round(sum));
    expect(report.score).toBeGreaterThan(30);
    expect(report.endedEarly).toBe(true);
    const markdown = renderMockReportMarkdown(report);
    expect(markdown).toContain('- [x] ');
    expect(markdown).toContain('- [ ] Defend against abuse');
    expect(markdown).toMatch(/over by 1:30/);
  });
});

describe('mentions', () => {
  it('finds requirements by their distinctive words, not by generic ones', () => {
    const notes = 'A service and a store.';
    const none = findUnmentioned(shortener, notes);
    expect(none.components.length).toBe(none.totals.components);
    const some = findUnmentioned(shortener, 'key generation service; redirect service; expiry cleanup job');
    const missing = some.components.map((c) => c.id);
    expect(missing).not.toContain('redirect_service');
    expect(missing.length).toBeLessThan(some.totals.components - 2);
  });

  it('counts a technology named in a label, and ignores asides in requirements', () => {
    const found = findUnmentioned(shortener, 'We put Kafka in the middle. Users may pick a custom alias.');
    expect(found.components.map((c) => c.id)).not.toContain(shortener.architecture.components.find((c) => /Kafka/.test(c.label))!.id);
    expect(found.requirements.some((r) => r.includes('custom alias'))).toBe(false);
    const none = findUnmentioned(shortener, 'the short one');
    expect(none.components.map((c) => c.id)).toContain('dns');
  });

  it('counts a dollar amount as a mention of the monthly cost', () => {
    const costKeys = (notes: string) => findUnmentioned(shortener, notes).estimates.map((e) => e.key);
    expect(costKeys('about $4.2K all in')).not.toContain('cost_total');
    expect(costKeys('about 4.2K all in')).toContain('cost_total');
  });
});
