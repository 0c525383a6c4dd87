import { beforeAll, describe, expect, it } from 'vitest';
import { mockEntry } from '../../../src/core/history/entries.js';
import { renderHistoryText } from '../../../src/core/history/render.js';
import { hintUse, stepHints } from '../../../src/core/judge/hints.js';
import { loadLanguage, type Language } from '../../../src/core/judge/nlp.js';
import { renderReportText } from '../../../src/core/judge/render.js';
import { applyReview, buildReport } from '../../../src/core/judge/report.js';
import { newMockClock } from '../../../src/core/mock/clock.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import type { SessionInput } from '../../../src/core/session/schema.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { answerSession } from '../../fixtures/corpus/answer.js';
import { TWITTER } from '../../fixtures/corpus/twitter.js';
import { mockSession } from '../mock/session-fixture.js';

const shortener = loadProblem('url-shortener');
const twitter = loadProblem('twitter');
const hld14 = loadFramework('hld14');
let language: Language;
beforeAll(async () => {
  language = await loadLanguage();
});

const report = (patch: Partial<SessionInput>, problem = shortener) =>
  buildReport(mockSession(45, { problem: problem.id, ...patch }), problem, hld14, { language });

describe('the session report', () => {
  it('scores an empty mock zero and explains every missed point with what would have counted', async () => {
    const r = await report({});
    expect(r.score).toBe(0);
    const text = renderReportText(r);
    for (const point of shortener.key_points) {
      expect(text).toContain(point.why);
      expect(text).toContain(point.samples.valid[0]!);
    }
  });

  it('a 2-second mock of pasted buzzwords earns no key points, no pacing, and history says it ended early', async () => {
    const soup = 'base62, KGS, Redis cache, LRU, DynamoDB, Kafka, 301 vs 302, TTL expiry, rate limiting, idempotency key, read-heavy 100:1';
    const r = await report({ notes: { 'high-level-architecture': soup }, time_spent: { 'high-level-architecture': 2 }, mock: { ...newMockClock(45), elapsed_seconds: 2, finished: true } });
    expect(r.keyPoints.filter((p) => p.earned)).toEqual([]);
    expect(r.keyPoints.every((p) => p.miss === 'list_only' || p.miss === 'not_found' || p.miss === 'partial')).toBe(true);
    expect(r.dimensions.find((d) => d.id === 'pacing')!.earned).toBe(0);
    expect(r.endedEarly).toBe(true);
    const history = renderHistoryText([mockEntry(r, new Date('2026-11-30T10:00:00Z'))]);
    expect(history).toContain('ended early after 0:02, key points earned 0/');
    expect(history).not.toMatch(/key points \d+\/\d+ *$/m);
  });

  it('checks numbers against the engine at the session\'s own assumptions and shows both', async () => {
    const notes = { 'capacity-estimation': 'Redirects come to about 19K per second on average.' };
    const atDefaults = await report({ notes });
    const redirects = atDefaults.keyPoints.find((p) => p.id === 'redirect_rate')!;
    expect(redirects.earned).toBe(true);
    expect(redirects.explanation).toBe('you wrote 19K per second; at your assumptions redirects per second is 19.3 K/s (within 3x)');
    // Ten times the redirects per link: the same sentence is now far off, and the report says by how much.
    const bigger = await report({ notes, overrides: { read_write_ratio: '1000' } });
    const off = bigger.keyPoints.find((p) => p.id === 'redirect_rate')!;
    expect(off.earned).toBe(false);
    expect(off.explanation).toMatch(/^you wrote 19K per second; at your assumptions redirects per second is 193 K\/s: more than 3x apart$/);
  });

  it('quotes the passage that earned a point, with its step', async () => {
    const r = await report({ notes: { 'trade-offs': 'We answer with 302 so every click reaches us, whereas 301 would be cached by browsers.' } });
    const status = r.keyPoints.find((p) => p.id === 'redirect_status')!;
    expect(status).toMatchObject({ earned: true, evidence: { stepId: 'trade-offs', stepTitle: 'Trade-offs' } });
    expect(status.evidence!.sentences[0]).toMatch(/^We answer with 302/);
  });

  it('counts pacing only on steps with real content: one second, or a list, earns nothing', async () => {
    const r = await report({
      notes: { 'clarify-requirements': 'Users shorten long links and open them; redirects must be fast.', 'capacity-estimation': 'QPS, storage, cache' },
      time_spent: { 'clarify-requirements': 1, 'capacity-estimation': 240 },
    });
    const step = (id: string) => r.steps.find((s) => s.stepId === id)!;
    expect(step('clarify-requirements')).toMatchObject({ realContent: true });
    expect(step('clarify-requirements').credit).toBeLessThan(0.02);
    expect(step('capacity-estimation')).toMatchObject({ realContent: false, credit: 0 });
  });

  it('keeps the suggested score and works out the reviewed one beside it', async () => {
    const r = await buildReport(answerSession('twitter', TWITTER.answers.mediocre), twitter, hld14, { language });
    expect(r.reviewedScore).toBeNull();
    const reviewed = applyReview(r, { sortable_ids: 'overrule', follow_graph: 'overrule', read_heavy: 'accept' });
    expect(reviewed.score).toBe(r.score);
    expect(reviewed.reviewedScore!).toBeGreaterThan(r.score);
    expect(reviewed.keyPoints.find((p) => p.id === 'sortable_ids')).toMatchObject({ earned: false, review: 'overrule', reviewedEarned: true });
    // A review saved in the session is applied when the report is built.
    const stored = await buildReport(
      { ...answerSession('twitter', TWITTER.answers.mediocre), review: { verdicts: { sortable_ids: 'overrule', follow_graph: 'overrule' }, reviewed_at: '2026-11-30T10:00:00Z' } },
      twitter,
      hld14,
      { language },
    );
    expect(stored.reviewedScore).toBe(reviewed.reviewedScore);
    expect(renderReportText(stored)).toMatch(new RegExp(`Score ${r.score}/100 suggested, reviewed ${reviewed.reviewedScore}/100`));
  });

  it('compares the candidate\'s own components with the reference by concept, not by id', async () => {
    const r = await buildReport(answerSession('twitter', TWITTER.answers.strong), twitter, hld14, { language });
    const pairs = Object.fromEntries(r.architecture.shared.map((m) => [m.candidate.id, m.reference.id]));
    expect(pairs).toMatchObject({ feeds: 'timeline_cache', kafka: 'event_queue', s3: 'media_store', fanout_workers: 'fanout' });
    expect(r.architecture.missed.map((c) => c.id)).toContain('push');
  });
});

describe('graduated hints', () => {
  const step = (id: string) => hld14.steps.find((s) => s.id === id)!;

  it('ask first, then nudge, and the reference only in practice', () => {
    const mock = stepHints(twitter, step('scalability-reliability'), 'mock');
    expect(mock.map((h) => h.kind)).toEqual(['ask', 'nudge']);
    const practice = stepHints(twitter, step('scalability-reliability'), 'practice');
    expect(practice.map((h) => h.kind)).toEqual(['ask', 'nudge', 'reference']);
    expect(practice[2]!.parts).toEqual(step('scalability-reliability').hints);
  });

  it('never shows a key point\'s text in a mock', () => {
    for (const problem of [twitter, shortener]) {
      for (const s of hld14.steps) {
        const lines = stepHints(problem, s, 'mock').flatMap((h) => h.lines);
        for (const point of problem.key_points) expect(lines.join('\n')).not.toContain(point.point);
      }
    }
  });

  it('reports every hint used with its cost, by the stated rule', async () => {
    const session = mockSession(45, { problem: 'twitter', hints_shown: { 'scalability-reliability': 2, 'capacity-estimation': 1 } });
    expect(hintUse(session, twitter, hld14).map((h) => [h.stepId, h.kinds, h.cost])).toEqual([
      ['capacity-estimation', ['ask'], 0.5],
      ['scalability-reliability', ['ask', 'nudge'], 1.5],
    ]);
    const r = await buildReport(session, twitter, hld14, { language });
    expect(r.hintCost).toBe(2);
    expect(renderReportText(r)).toMatch(/Hints used\n {2}Capacity estimation: ask \(-0\.5\)\n {2}Scalability and reliability: ask, nudge \(-1\.5\)/);
  });
});
