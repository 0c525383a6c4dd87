import { loadPrices } from '../../core/prices/load.js';
import type { Problem } from '../../core/problem/schema.js';
import { loadReferenceCards } from '../../core/reference/load.js';
import type { SessionStore } from '../../core/session/session-store.js';
import type { Framework } from '../../core/template/schema.js';
import { PracticeApp, type PracticeExit } from '../components/practice-app.js';
import { runFullScreen } from '../full-screen.js';
import { assertInteractive } from '../tty.js';

const loadEngine = async () => (await import('../../core/estimate/engine.js')).runEstimate;

/** How the practice screen ended: as the user or the mock clock closed it, or by a signal (the session is saved either way). */
export type PracticeOutcome = { readonly kind: PracticeExit } | { readonly kind: 'signal'; readonly signal: NodeJS.Signals };

/**
 * The practice screen on an open session (practice or mock), until the user
 * quits, a mock's time runs out, or a signal ends it (after the terminal is
 * restored). A leaf: it edits the session through its store and resolves
 * with how it ended; opening and closing the session is the flow's.
 */
export async function showPractice(options: { store: SessionStore; problem: Problem; framework: Framework; env: NodeJS.ProcessEnv }): Promise<PracticeOutcome> {
  const { store, problem, framework, env } = options;
  assertInteractive('practice', problem.id);
  const ctx = { problem, framework, cards: loadReferenceCards(), prices: loadPrices({ env }), engine: undefined };
  let exit: PracticeExit = 'quit';
  const { signal } = await runFullScreen(<PracticeApp ctx={ctx} store={store} loadEngine={loadEngine} onExit={(how) => (exit = how)} />, env);
  return signal ? { kind: 'signal', signal } : { kind: exit };
}
