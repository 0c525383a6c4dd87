import { stepTimes, type StepTime } from '../mock/clock.js';
import type { Session } from '../session/schema.js';
import type { Framework } from '../template/schema.js';
import { numberMentions } from './numbers.js';
import type { Passage } from './passages.js';

/**
 * Pacing: time counts only on steps with real content: a statement that
 * decides something and is not turned down ("celebs -> pull at read", "we
 * shard by tweet id"), a number with its quantity ("~250K loc writes/s"), or
 * an endpoint written as METHOD /path. A step opened for one second, filled
 * with a pasted list, or saying it skips the work ("I'll skip the capacity
 * numbers") earns nothing. A step with content earns its budget's share when
 * its time is between a quarter of its budget (at most two minutes) and half
 * again its budget; less time earns in proportion, more time earns at least
 * half.
 */

export interface StepPacing extends StepTime {
  readonly realContent: boolean;
  /** The step has notes at all: it was reached, even with no time on the clock (typed while paused). */
  readonly written: boolean;
  /** 0 to 1. */
  readonly credit: number;
}

/** Affirmed content words a decision needs to count ("we shard by tweet id", "eviction: LRU"). */
const MIN_WORDS = 2;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const affirmedWords = (p: Passage) => p.tokens.filter((t) => !t.rejected && !t.listed && CONTENT_POS.has(t.pos) && /[\p{L}\p{N}]/u.test(t.text)).length;
const ENDPOINT = /\b(?:GET|POST|PUT|PATCH|DELETE|WS)\s+\/\S*/;

/** The passage says something real: a decision it keeps, a number it does not turn down, or an endpoint. */
export function isRealContent(p: Passage): boolean {
  if (ENDPOINT.test(p.text)) return true;
  if (p.list) return false;
  if (p.decision && affirmedWords(p) >= MIN_WORDS) return true;
  return numberMentions(p.text).some((m) => (m.hasUnit || m.noun !== undefined) && !p.tokens.some((t) => t.rejected && t.text.length > 0 && m.text.startsWith(t.text)));
}

export function hasRealContent(passages: readonly Passage[], stepId: string): boolean {
  return passages.some((p) => p.stepId === stepId && isRealContent(p));
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
    const written = passages.some((p) => p.stepId === t.stepId);
    return { ...t, realContent, written, credit: realContent ? credit(t.spentSeconds, t.budgetSeconds) : 0 };
  });
}
