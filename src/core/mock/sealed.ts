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
