import { applyReview, DIMENSIONS, type KeyPointVerdict, type SessionReport } from '../../core/judge/report.js';
import { formatClock } from '../../core/mock/clock.js';
import { wrapText } from '../editor/wrap.js';
import type { ReviewState } from './review-state.js';

/**
 * What the review shows, as rows wrapped to a width: pure, so the layout can
 * be tested at any size. The facts are the report's (src/core/judge): the
 * verdict, the passage that earned it or why it was missed and what would have
 * counted; the reviewed score is worked out by core's applyReview as the
 * choices are made.
 */

export type RowStyle = 'heading' | 'earned' | 'missed' | 'muted';

export interface PageRow {
  readonly text: string;
  readonly style?: RowStyle;
}

export interface ReviewPage {
  /** The line under the title bar: where the review is and the scores. */
  readonly status: string;
  readonly rows: readonly PageRow[];
}

const dimensionName = (id: string) => DIMENSIONS.find((d) => d.id === id)?.name ?? id;

/** Quoted notes on one line: the judge keeps sentences as written. */
const quoted = (sentences: readonly string[]) => `"${sentences.join(' ')}"`;

/** The reviewed score with the choices made so far (points not yet reviewed keep their verdict). */
export function reviewedScore(report: SessionReport, choices: ReviewState['choices']): number {
  return applyReview(report, choices).reviewedScore ?? report.score;
}

function statusLine(report: SessionReport, state: ReviewState): string {
  const count = report.keyPoints.length;
  const reviewed = Object.keys(state.choices).length;
  const where = state.phase === 'point' ? `Key point ${state.index + 1} of ${count}` : state.phase === 'done' ? `All ${count} key points reviewed` : `${count} key points`;
  const scores = reviewed > 0 ? `suggested ${report.score}/100 · with your review ${reviewedScore(report, state.choices)}/100` : `suggested ${report.score}/100`;
  return `${where} · ${scores}`;
}

function introRows(report: SessionReport): PageRow[] {
  const earned = report.keyPoints.filter((p) => p.earned).length;
  const time = report.endedEarly
    ? `You ended the mock early, after ${formatClock(report.elapsedSeconds)} of ${formatClock(report.totalSeconds)}.`
    : `Time is up: ${formatClock(report.totalSeconds)}.`;
  return [
    { text: time },
    { text: '' },
    { text: `The judge read your notes and suggests ${report.score}/100, with ${earned} of ${report.keyPoints.length} key points earned.` },
    { text: '' },
    {
      text:
        'It can be wrong both ways: a point you made in other words, or one it credited for a sentence that does not really make it. ' +
        'Walk the key points one at a time and accept or overrule each verdict. Your reviewed score is kept beside the suggested one, never in its place, and both go in your history.',
    },
    { text: '' },
    { text: 'Enter starts the review; s accepts every verdict as it stands; q skips the review (hld mock --resume offers it again).', style: 'muted' },
  ];
}

/** The rows of one key point: what it is, the verdict, and the evidence or why it was missed. */
export function pointRows(point: KeyPointVerdict, choice: ReviewState['choices'][string] | undefined): PageRow[] {
  const rows: PageRow[] = [
    { text: dimensionName(point.dimension), style: 'muted' },
    { text: point.point, style: 'heading' },
    { text: '' },
  ];
  if (point.earned) {
    rows.push({ text: `Judged EARNED: ${point.explanation}`, style: 'earned' });
    if (point.evidence) rows.push({ text: `From your notes (${point.evidence.stepTitle}):` }, { text: `  ${quoted(point.evidence.sentences)}` });
  } else {
    rows.push({ text: `Judged MISSED: ${point.explanation}`, style: 'missed' });
    if (point.evidence) rows.push({ text: `Closest in your notes (${point.evidence.stepTitle}):` }, { text: `  ${quoted(point.evidence.sentences)}` });
    rows.push({ text: '' }, { text: `Why it matters: ${point.why}` }, { text: `Would have counted: ${point.wouldCount}; e.g. "${point.example}"`, style: 'muted' });
  }
  const flip = point.earned ? 'count it as missed' : 'count it as earned';
  rows.push({ text: '' }, { text: `a: accept (${point.earned ? 'earned' : 'missed'}) · o: overrule (${flip})` });
  if (choice) rows.push({ text: `Your call: ${choice === 'accept' ? 'accepted' : `overruled, ${flip.replace('count it as ', 'counted as ')}`} (→ keeps it)`, style: 'muted' });
  return rows;
}

function doneRows(report: SessionReport, state: ReviewState): PageRow[] {
  const reviewed = applyReview(report, state.choices);
  const overruled = reviewed.keyPoints.filter((p) => p.review === 'overrule');
  const earnedBefore = report.keyPoints.filter((p) => p.earned).length;
  const earnedAfter = reviewed.keyPoints.filter((p) => p.reviewedEarned).length;
  const rows: PageRow[] = [
    { text: `Suggested ${report.score}/100 · reviewed ${reviewed.reviewedScore}/100`, style: 'heading' },
    { text: '' },
    { text: `Key points: ${earnedBefore} of ${report.keyPoints.length} earned as judged, ${earnedAfter} after your review.` },
    { text: overruled.length === 0 ? 'You accepted every verdict.' : `You overruled ${overruled.length}:` },
  ];
  for (const p of overruled) rows.push({ text: `  ${p.reviewedEarned ? '+' : '-'} ${p.point} (now ${p.reviewedEarned ? 'earned' : 'missed'})`, style: p.reviewedEarned ? 'earned' : 'missed' });
  rows.push({ text: '' }, { text: 'Enter saves the review and opens the report; ← goes back to change a choice.', style: 'muted' });
  return rows;
}

/** The page for the state, wrapped to `width` (continuation rows indented under their first). */
export function reviewPage(report: SessionReport, state: ReviewState, width: number): ReviewPage {
  const raw =
    state.phase === 'intro'
      ? introRows(report)
      : state.phase === 'point'
        ? pointRows(report.keyPoints[state.index]!, state.choices[state.ids[state.index]!])
        : doneRows(report, state);
  const rows = raw.flatMap((row) => {
    const indent = row.text.startsWith('  ') ? '    ' : '  ';
    return row.text === '' ? [row] : wrapText(row.text, width, indent).map((text) => ({ text, ...(row.style ? { style: row.style } : {}) }));
  });
  return { status: statusLine(report, state), rows };
}
