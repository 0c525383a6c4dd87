import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport, type SessionReport } from '../../../src/core/judge/report.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { ReviewApp } from '../../../src/ui/review/review-app.js';
import { reviewedScore, reviewPage } from '../../../src/ui/review/review-page.js';
import { initialReviewState, reviewReducer, type ReviewOutcome, type ReviewState } from '../../../src/ui/review/review-state.js';
import { PLAIN_THEME, ThemeContext } from '../../../src/ui/theme.js';
import { answerSession } from '../../fixtures/corpus/answer.js';
import { TWITTER } from '../../fixtures/corpus/twitter.js';
import { renderApp, resizeApp, sendKeys, unmountApp, waitForText } from '../ink-helpers.js';
import { key } from '../practice-fixture.js';

/** The mediocre Twitter answer of the graded corpus: some key points earned, some missed. */
let report: SessionReport;
beforeAll(async () => {
  report = await buildReport(answerSession('twitter', TWITTER.answers.mediocre), loadProblem('twitter'), loadFramework('hld14'));
}, 30_000);

const press = (state: ReviewState, ...keys: string[]): ReviewState => keys.reduce((s, k) => reviewReducer(s, key(k)), state);
const text = (state: ReviewState, width = 79) => reviewPage(report, state, width).rows.map((r) => r.text.trim()).join(' ');

describe('the review, key by key', () => {
  test('accept, overrule, back, on, accept the rest, save', () => {
    const ids = report.keyPoints.map((p) => p.id);
    let s = initialReviewState(ids);
    expect(s.phase).toBe('intro');
    s = press(s, 'return', 'a', 'o');
    expect(s).toMatchObject({ phase: 'point', index: 2, choices: { [ids[0]!]: 'accept', [ids[1]!]: 'overrule' } });
    // Back to the second, which keeps its choice; → moves on only past a decided point.
    s = press(s, 'left');
    expect(s.index).toBe(1);
    s = press(s, 'right', 'right');
    expect(s.index).toBe(2);
    // Changing a choice is an overwrite.
    s = press(s, 'left', 'a');
    expect(s.choices[ids[1]!]).toBe('accept');
    s = press(s, 'o', 's');
    expect(s.phase).toBe('done');
    expect(Object.keys(s.choices)).toEqual(ids);
    expect(Object.values(s.choices).filter((c) => c === 'overrule')).toHaveLength(1);
    expect(s.choices[ids[2]!]).toBe('overrule');
    s = press(s, 'left');
    expect(s).toMatchObject({ phase: 'point', index: ids.length - 1 });
    s = press(s, 'right', 'return');
    expect(s.outcome).toEqual({ kind: 'reviewed', choices: s.choices });
    // Closed: nothing changes it any more.
    expect(press(s, 'o')).toBe(s);
  });

  test('back from the first key point is the first page; q leaves with nothing saved, from any page', () => {
    const s = press(initialReviewState(['a', 'b']), 'return', 'left');
    expect(s.phase).toBe('intro');
    expect(press(s, 'q').outcome).toEqual({ kind: 'later' });
    expect(press(s, 'return', 'a', 'escape').outcome).toEqual({ kind: 'later' });
    expect(press(s, 's', '\x03').outcome).toEqual({ kind: 'later' });
  });

  test('s on the first page accepts every verdict; the reviewed score is then the suggested one', () => {
    const s = press(initialReviewState(report.keyPoints.map((p) => p.id)), 's');
    expect(s.phase).toBe('done');
    expect(reviewedScore(report, s.choices)).toBe(report.score);
    expect(text(s)).toContain(`Suggested ${report.score}/100 · reviewed ${report.score}/100`);
    expect(text(s)).toContain('You accepted every verdict.');
  });

  test('an earned point shows its evidence; a missed one why it matters and what would have counted', () => {
    const ids = report.keyPoints.map((p) => p.id);
    const earned = report.keyPoints.findIndex((p) => p.earned && p.evidence);
    const missed = report.keyPoints.findIndex((p) => !p.earned);
    const at = (index: number): ReviewState => ({ ...initialReviewState(ids), phase: 'point', index });
    const e = report.keyPoints[earned]!;
    expect(text(at(earned))).toContain(`Judged EARNED: ${e.explanation}`);
    expect(text(at(earned))).toContain(`From your notes (${e.evidence!.stepTitle}): "${e.evidence!.sentences.join(' ')}"`);
    expect(text(at(earned))).toContain('a: accept (earned) · o: overrule (count it as missed)');
    const m = report.keyPoints[missed]!;
    expect(text(at(missed))).toContain(`Judged MISSED: ${m.explanation}`);
    expect(text(at(missed))).toContain(`Why it matters: ${m.why}`);
    expect(text(at(missed))).toContain(`e.g. "${m.example}"`);
    expect(text(at(missed))).toContain('o: overrule (count it as earned)');
  });

  test('overruling a missed point raises the reviewed score, and the last page names it', () => {
    const ids = report.keyPoints.map((p) => p.id);
    const missed = report.keyPoints.findIndex((p) => !p.earned);
    let s = press(initialReviewState(ids), 'return', ...Array.from({ length: missed }, () => 'a'), 'o');
    expect(reviewPage(report, s, 79).status).toBe(`Key point ${missed + 2} of ${ids.length} · suggested ${report.score}/100 · with your review ${reviewedScore(report, s.choices)}/100`);
    expect(reviewedScore(report, s.choices)).toBeGreaterThan(report.score);
    s = press(s, 's');
    expect(text(s)).toContain(`You overruled 1: + ${report.keyPoints[missed]!.point} (now earned)`);
  });
});

describe('the review screen', () => {
  test('walks the key points at 80x24 and resolves with the choices', async () => {
    let outcome: ReviewOutcome | undefined;
    const app = await renderApp(
      <ThemeContext.Provider value={PLAIN_THEME}>
        <ReviewApp report={report} onDone={(done) => (outcome = done)} />
      </ThemeContext.Provider>,
    );
    const fits = (frame: string) => {
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(23);
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    };
    await resizeApp(app, 80, 24);
    fits(await waitForText(app, `The judge read your notes and suggests ${report.score}/100`));
    await sendKeys(app, '\r');
    const first = await waitForText(app, `Key point 1 of ${report.keyPoints.length}`);
    fits(first);
    expect(first).toContain(report.keyPoints[0]!.point.slice(0, 40));
    expect(first).toContain('a accept · o overrule · ← back · s accept the rest · q not now');
    await sendKeys(app, 'o');
    await waitForText(app, `Key point 2 of ${report.keyPoints.length}`);
    await sendKeys(app, 's');
    const done = await waitForText(app, 'All 13 key points reviewed');
    fits(done);
    await sendKeys(app, '\r');
    await waitForText(app, 'All 13 key points reviewed');
    for (let i = 0; i < 50 && !outcome; i++) await new Promise((r) => setTimeout(r, 10));
    expect(outcome).toEqual({ kind: 'reviewed', choices: Object.fromEntries(report.keyPoints.map((p, i) => [p.id, i === 0 ? 'overrule' : 'accept'])) });
    await unmountApp(app);
  });
});
