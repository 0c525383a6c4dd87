import { stepTimes, type StepTime } from '../mock/clock.js';
import type { Session } from '../session/schema.js';
import type { Framework } from '../template/schema.js';
import type { Passage } from './passages.js';

/**
 * Pacing: time counts only on steps with real content (a sentence of six
 * words or more that is not a bare list), so a step opened for one second,
 * or filled with a pasted list, earns nothing. A step with content earns its
 * budget's share when its time is between a quarter of its budget (at most two
 * minutes) and half again its budget; less time earns in proportion, more
 * time earns at least half.
 */

export interface StepPacing extends StepTime {
  readonly realContent: boolean;
  /** 0 to 1. */
  readonly credit: number;
}

const MIN_WORDS = 6;
const countWords = (p: Passage) => p.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;

export function hasRealContent(passages: readonly Passage[], stepId: string): boolean {
  return passages.some((p) => p.stepId === stepId && !p.list && countWords(p) >= MIN_WORDS);
}

function credit(spent: number, budget: number): number {
  if (budget <= 0) return 0;
  const enough = Math.min(0.25 * budget, 120);
  const tooLong = 1.5 * budget;
  if (spent < enough) return spent / enough;
  if (spent <= tooLong) return 1;
  return Math.max(0.5, tooLong / spent);
}

export function stepPacing(session: Pick<Session, 'time_spent'>, framework: Framework, totalSeconds: number, passages: readonly Passage[]): StepPacing[] {
  return stepTimes(session, framework, totalSeconds).map((t) => {
    const realContent = hasRealContent(passages, t.stepId);
    return { ...t, realContent, credit: realContent ? credit(t.spentSeconds, t.budgetSeconds) : 0 };
  });
}

/** Budget-weighted share of credit, 0 to 1. */
export function pacingShare(steps: readonly StepPacing[]): number {
  const budget = steps.reduce((sum, s) => sum + s.budgetSeconds, 0);
  return budget === 0 ? 0 : steps.reduce((sum, s) => sum + s.credit * s.budgetSeconds, 0) / budget;
}
