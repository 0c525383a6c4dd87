import { renderToString } from 'ink';
import { runEstimate } from '../core/estimate/engine.js';
import { loadPrices } from '../core/prices/load.js';
import type { Problem } from '../core/problem/schema.js';
import { loadReferenceCards } from '../core/reference/load.js';
import type { Session } from '../core/session/schema.js';
import type { Framework } from '../core/template/schema.js';
import { PracticeScreen } from './components/practice-screen.js';
import { parseKey } from './keys/parse-key.js';
import { practiceReducer } from './practice/reducer.js';
import { initialPracticeState, type PracticeState } from './practice/state.js';
import { newSession } from '../core/session/session-store.js';
import { ThemeContext, themeFor } from './theme.js';

export interface FrameOptions {
  readonly problem: Problem;
  readonly framework: Framework;
  readonly session?: Session;
  readonly columns?: number;
  readonly rows?: number;
  /** Raw key sequences to apply first, as a terminal would send them ('\x1b[B' for down). */
  readonly keys?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** The practice state after `keys`, without a terminal: for benchmarks and layout tests. */
export function practiceStateFor(options: FrameOptions): PracticeState {
  const ctx = { problem: options.problem, framework: options.framework, cards: loadReferenceCards(), prices: loadPrices({ env: options.env ?? process.env }), engine: runEstimate };
  const session = options.session ?? newSession({ problem: options.problem.id, framework: options.framework.id, mode: 'practice' });
  let state: PracticeState = initialPracticeState(ctx, session, options.columns ?? 80, options.rows ?? 24);
  for (const raw of options.keys ?? []) state = practiceReducer(state, { type: 'key', key: parseKey(raw) });
  return state;
}

/** One frame of the practice screen as text (no colour codes unless FORCE_COLOR is set). */
export function renderPracticeFrame(options: FrameOptions | { state: PracticeState; env?: NodeJS.ProcessEnv }): string {
  const state = 'state' in options ? options.state : practiceStateFor(options);
  return renderToString(
    <ThemeContext.Provider value={themeFor(options.env ?? process.env)}>
      <PracticeScreen state={state} />
    </ThemeContext.Provider>,
    { columns: state.columns },
  );
}
