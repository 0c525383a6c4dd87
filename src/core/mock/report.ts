import { sessionNotesText } from '../coverage.js';
import type { Problem } from '../problem/schema.js';
import type { Session } from '../session/schema.js';
import type { Framework } from '../template/schema.js';
import { sessionLengthSeconds, stepTimes, type StepTime } from './clock.js';
import { keyPointSummary, type KeyPointSummary } from './key-points.js';
import { findUnmentioned, type Unmentioned } from './mentions.js';

/**
 * The scored report at the end of a mock: where the time went, which key
 * points the notes covered (and why the missed ones matter), what the notes
 * never mention, and one score with its working shown.
 */

/** Points per part of the score; they add up to 100. */
export const SCORE_WEIGHTS = { keyPoints: 60, mentions: 25, pacing: 15 } as const;

export interface ScorePart {
  readonly name: string;
  readonly earned: number;
  readonly max: number;
  /** How this part was worked out, in one line. */
  readonly detail: string;
}

export interface MockReport {
  readonly sessionId: string;
  readonly problemId: string;
  readonly problemTitle: string;
  readonly frameworkId: string;
  readonly totalSeconds: number;
  readonly elapsedSeconds: number;
  /** Ended before the clock ran out. */
  readonly endedEarly: boolean;
  readonly steps: readonly StepTime[];
  readonly keyPoints: KeyPointSummary;
  readonly unmentioned: Unmentioned;
  readonly parts: readonly ScorePart[];
  /** 0 to 100, whole points. */
  readonly score: number;
  /** How the score was computed, one line per part and a total line. */
  readonly explanation: readonly string[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function scoreParts(keyPoints: KeyPointSummary, unmentioned: Unmentioned, steps: readonly StepTime[]): ScorePart[] {
  const kp = keyPoints.total === 0 ? 0 : (keyPoints.covered / keyPoints.total) * SCORE_WEIGHTS.keyPoints;

  const kinds = (['requirements', 'estimates', 'components'] as const).filter((k) => unmentioned.totals[k] > 0);
  const shares = kinds.map((k) => (unmentioned.totals[k] - unmentioned[k].length) / unmentioned.totals[k]);
  const mentionShare = shares.length === 0 ? 0 : shares.reduce((a, b) => a + b, 0) / shares.length;
  const mentionDetail = kinds.map((k) => `${k} ${unmentioned.totals[k] - unmentioned[k].length}/${unmentioned.totals[k]}`).join(', ');

  const worked = steps.filter((s) => s.spentSeconds > 0);
  const inBudget = worked.filter((s) => !s.over);
  const pacing = steps.length === 0 ? 0 : (inBudget.length / steps.length) * SCORE_WEIGHTS.pacing;

  return [
    {
      name: 'Key points',
      earned: round1(kp),
      max: SCORE_WEIGHTS.keyPoints,
      detail: `${keyPoints.covered} of ${keyPoints.total} key points covered x ${SCORE_WEIGHTS.keyPoints}`,
    },
    {
      name: 'Mentions',
      earned: round1(mentionShare * SCORE_WEIGHTS.mentions),
      max: SCORE_WEIGHTS.mentions,
      detail: `average share mentioned (${mentionDetail}) x ${SCORE_WEIGHTS.mentions}`,
    },
    {
      name: 'Pacing',
      earned: round1(pacing),
      max: SCORE_WEIGHTS.pacing,
      detail: `${inBudget.length} of ${steps.length} steps worked on and kept within budget x ${SCORE_WEIGHTS.pacing}`,
    },
  ];
}

export function buildMockReport(session: Session, problem: Problem, framework: Framework): MockReport {
  const totalSeconds = sessionLengthSeconds(session, framework);
  const elapsedSeconds = session.mock?.elapsed_seconds ?? Object.values(session.time_spent).reduce((a, b) => a + b, 0);
  const notes = sessionNotesText(session);
  const steps = stepTimes(session, framework, totalSeconds);
  const keyPoints = keyPointSummary(problem, notes);
  const unmentioned = findUnmentioned(problem, notes);
  const parts = scoreParts(keyPoints, unmentioned, steps);
  const score = Math.round(parts.reduce((sum, p) => sum + p.earned, 0));
  const explanation = [
    ...parts.map((p) => `${p.name}: ${p.earned} of ${p.max} (${p.detail})`),
    `Score: ${parts.map((p) => p.earned).join(' + ')} = ${score} of 100`,
  ];
  return {
    sessionId: session.id,
    problemId: problem.id,
    problemTitle: problem.title,
    frameworkId: framework.id,
    totalSeconds,
    elapsedSeconds,
    endedEarly: elapsedSeconds < totalSeconds,
    steps,
    keyPoints,
    unmentioned,
    parts,
    score,
    explanation,
  };
}
