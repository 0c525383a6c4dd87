import type { SessionReport } from '../../core/judge/report.js';
import { runFullScreen } from '../full-screen.js';
import { ReviewApp } from './review-app.js';
import type { ReviewOutcome } from './review-state.js';

/** How the review ended: reviewed (a choice for every key point), left for later, or ended by a signal (nothing saved). */
export type ReviewResult = ReviewOutcome | { readonly kind: 'signal'; readonly signal: NodeJS.Signals };

/**
 * The review of a finished mock's verdicts, full screen. A leaf: it resolves
 * with the candidate's choices; saving them in the session and the history is
 * the flow's.
 */
export async function showReview(report: SessionReport, env: NodeJS.ProcessEnv): Promise<ReviewResult> {
  let outcome: ReviewOutcome = { kind: 'later' };
  const { signal } = await runFullScreen(<ReviewApp report={report} onDone={(done) => (outcome = done)} />, env);
  return signal ? { kind: 'signal', signal } : outcome;
}
