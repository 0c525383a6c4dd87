import { useApp } from 'ink';
import { useEffect, useReducer, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Session } from '../../core/session/schema.js';
import type { SessionHandle } from '../../core/session/store-api.js';
import { useKeypress } from '../hooks/use-keypress.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { Command } from '../keymap.js';
import type { EstimateRunner } from '../../core/estimate/recompute.js';
import { practiceReducer } from '../practice/reducer.js';
import { initialPracticeState, type PracticeContext } from '../practice/state.js';
import { PracticeScreen } from './practice-screen.js';

const TIME_SAVE_INTERVAL_MS = 10_000;

function onlyTimeChanged(before: Session, after: Session): boolean {
  return (Object.keys(after) as (keyof Session)[]).every((key) => key === 'time_spent' || before[key] === after[key]);
}

export interface PracticeAppProps {
  readonly ctx: PracticeContext;
  readonly handle: SessionHandle;
  /** Count time on the current step (off in tests that must not depend on the clock). */
  readonly clock?: boolean;
  readonly headerExtra?: ReactNode;
  readonly headerExtraWidth?: number;
  /** Commands for components outside the practice reducer (the mock clock's pause and end keys). */
  readonly onCommand?: (command: Command) => void;
  /** Loads the estimation engine after the first frame, when ctx has none. */
  readonly loadEngine?: () => Promise<EstimateRunner>;
  /** Asks the screen to close from outside (a mock whose time is up); the screen still does the closing. */
  readonly closeWhen?: CloseSignal;
}

/** An outside request to close, readable the way useSyncExternalStore reads a store. */
export interface CloseSignal {
  subscribe(listener: () => void): () => void;
  requested(): boolean;
}

const NEVER_CLOSE: CloseSignal = { subscribe: () => () => undefined, requested: () => false };

/**
 * The practice screen's root: owns the state, reads keys, follows the terminal
 * size, counts time, saves every change through the session handle, and is the
 * only place that ends the Ink app.
 */
export function PracticeApp({ ctx, handle, clock = true, headerExtra, headerExtraWidth, onCommand, loadEngine, closeWhen = NEVER_CLOSE }: PracticeAppProps) {
  const { exit } = useApp();
  const closeRequested = useSyncExternalStore(closeWhen.subscribe, closeWhen.requested);
  const size = useTerminalSize();
  const [state, dispatch] = useReducer(practiceReducer, undefined, () => initialPracticeState(ctx, handle.session, size.columns, size.rows));

  useKeypress((key) => dispatch({ type: 'key', key }));

  useEffect(() => {
    dispatch({ type: 'resize', columns: size.columns, rows: size.rows });
  }, [size.columns, size.rows]);

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
  }, [ctx.engine, loadEngine]);

  // In a mock, the mock clock counts time (and stops it when paused).
  const counting = clock && handle.session.mode !== 'mock';
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => dispatch({ type: 'tick', seconds: 1 }), 1000);
    return () => clearInterval(timer);
  }, [counting]);

  // Save every change; the store decides when to write. The clock's ticks
  // alone are saved every few seconds, and whatever is left when the screen closes.
  const saved = useRef(handle.session);
  const savedAt = useRef(0);
  const latest = useRef(state.session);
  latest.current = state.session;
  useEffect(() => {
    const next = state.session;
    if (next === saved.current) return;
    if (onlyTimeChanged(saved.current, next) && Date.now() - savedAt.current < TIME_SAVE_INTERVAL_MS) return;
    saved.current = next;
    savedAt.current = Date.now();
    handle.update(next);
  }, [state.session, handle]);
  useEffect(
    () => () => {
      if (latest.current !== saved.current) handle.update(latest.current);
    },
    [handle],
  );

  const commandHandler = useRef(onCommand);
  commandHandler.current = onCommand;
  useEffect(() => {
    if (state.external) commandHandler.current?.(state.external.command);
  }, [state.external]);

  useEffect(() => {
    if (state.quit || closeRequested) exit();
  }, [state.quit, closeRequested, exit]);

  return <PracticeScreen state={state} headerExtra={headerExtra} {...(headerExtraWidth !== undefined ? { headerExtraWidth } : {})} />;
}
