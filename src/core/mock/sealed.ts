import { HldError } from '../errors.js';
import type { Session } from '../session/schema.js';
import { formatClock, isTimeUp, remainingSeconds } from './clock.js';

/**
 * A mock that is still running keeps the reference sealed: its report and its
 * design doc carry the key points and the reference design, so a candidate who
 * leaves a mock for later (q) and asks for either from the command line would
 * read the answers and then resume. Both wait for the mock to end.
 */
export function isSealedMock(session: Pick<Session, 'mode' | 'mock'>): boolean {
  return session.mode === 'mock' && session.mock !== undefined && !isTimeUp(session.mock);
}

/** Throws the one line a command gives for a running mock; `what` names what it would have shown ("its report"). */
export function assertNotSealed(command: string, what: string, session: Pick<Session, 'id' | 'mode' | 'mock'>): void {
  if (!isSealedMock(session) || !session.mock) return;
  throw new HldError(
    `hld ${command}: mock ${session.id} is still running (${formatClock(remainingSeconds(session.mock))} left), and ${what} holds the reference design; it opens when the mock ends. Finish it with: hld mock --resume ${session.id} (Ctrl+X twice ends it early)`,
  );
}

/**
 * A mock that is over is sealed as judged: the score it was given is the
 * score of what was written under the clock, so nothing the judgement reads
 * can change afterwards (text added later would be judged again, and the
 * report, the history and the export would disagree).
 */
export function isJudgedMock(session: Pick<Session, 'mode' | 'mock'>): boolean {
  return session.mode === 'mock' && session.mock !== undefined && isTimeUp(session.mock);
}

/** What the judgement of a mock reads (the answer, the hints it cost, the time on each step), and the done marks that go with the answer. */
const SEALED_FIELDS = ['notes', 'architecture', 'overrides', 'conventions', 'hints_shown', 'time_spent', 'done'] as const satisfies readonly (keyof Session)[];

/** The first judged field `next` changes from `current` (by identity: a store update replaces what it changes), or undefined. */
export function changedJudgedField(current: Session, next: Session): (typeof SEALED_FIELDS)[number] | undefined {
  return SEALED_FIELDS.find((field) => current[field] !== next[field]);
}

/** The one line for an attempt to add to a mock that is over, naming what to do instead. */
export const judgedMockLine = (session: Pick<Session, 'id' | 'problem'>): string =>
  `mock ${session.id} is over and judged, so its answer can no longer change; see its report (and review it) with: hld mock --resume ${session.id}, or practise the problem again with: hld practice ${session.problem}`;
