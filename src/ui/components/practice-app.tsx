import { useApp } from 'ink';
import { useEffect, useReducer, useRef } from 'react';
import type { EstimateRunner } from '../../core/estimate/recompute.js';
import { isTimeUp } from '../../core/mock/clock.js';
import { startTicker } from '../../core/mock/ticker.js';
import type { SessionStore } from '../../core/session/session-store.js';
import { useKeypress } from '../hooks/use-keypress.js';
import { usePracticeState } from '../hooks/use-practice-state.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { initialPracticeState, type PracticeContext } from '../practice/state.js';
import { RelayoutContext } from './live-text.js';
import { PracticeScreen } from './practice-screen.js';

/** Why the practice screen closed: the user quit (q, Ctrl+C), or a mock's time ran out (or it was ended with Ctrl+X twice). */
export type PracticeExit = 'quit' | 'time-up';

export interface PracticeAppProps {
  readonly ctx: PracticeContext;
  /** The open session; the screen reads and writes it there and keeps no copy. */
  readonly store: SessionStore;
  /** Let time pass (the current step's time; a mock's clock). Off in tests that drive time by hand. */
  readonly clock?: boolean;
  /** Loads the estimation engine after the first frame, when ctx has none. */
  readonly loadEngine?: () => Promise<EstimateRunner>;
  /** Called once, as the screen closes. */
  readonly onExit?: (exit: PracticeExit) => void;
}

/**
 * The practice screen's root, for practice and mock sessions alike: reads
 * keys, follows the terminal size, lets time pass, shows the save state, and
 * is the only place that ends the Ink app. A mock's clock is the session's:
 * the header draws it, Ctrl+T and Ctrl+X change it, and the screen closes
 * when its time runs out during this sitting.
 */
export function PracticeApp({ ctx, store, clock = true, loadEngine, onExit }: PracticeAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const { state, save, dispatch } = usePracticeState(store, () => initialPracticeState(ctx, store.session, size.columns, size.rows));

  useKeypress((key) => dispatch({ type: 'key', key }));

  useEffect(() => {
    dispatch({ type: 'resize', columns: size.columns, rows: size.rows });
  }, [size.columns, size.rows, dispatch]);

  // mathjs takes a few hundred milliseconds to load: draw first, then fetch it.
  useEffect(() => {
    if (ctx.engine || !loadEngine) return;
    let live = true;
    const timer = setTimeout(() => {
      void loadEngine().then((run) => {
        if (live) dispatch({ type: 'engine', run });
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ctx.engine, loadEngine, dispatch]);

  useEffect(() => {
    if (!clock) return;
    const ticker = startTicker((seconds) => dispatch({ type: 'tick', seconds }));
    return () => ticker.stop();
  }, [clock, dispatch]);

  // A mock that was over before this sitting (reopened to read or add to its notes) stays open.
  const mock = state.session.mock;
  const overAtOpen = useRef(mock !== undefined && isTimeUp(mock));
  const timeUp = mock !== undefined && isTimeUp(mock) && !overAtOpen.current;

  const exitWith = useRef(onExit);
  exitWith.current = onExit;
  const closing = useRef(false);
  useEffect(() => {
    if ((!state.quit && !timeUp) || closing.current) return;
    closing.current = true;
    exitWith.current?.(timeUp ? 'time-up' : 'quit');
    exit();
  }, [state.quit, timeUp, exit]);

  // A clock whose text changes width (9:59 to 10:00) has its row laid out again.
  const [, relayout] = useReducer((n: number) => n + 1, 0);
  return (
    <RelayoutContext.Provider value={relayout}>
      <PracticeScreen state={state} save={save} live={store} />
    </RelayoutContext.Provider>
  );
}
