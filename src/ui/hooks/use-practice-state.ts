import { useCallback, useReducer, useRef, useSyncExternalStore } from 'react';
import { isTimeUp } from '../../core/mock/clock.js';
import type { Session } from '../../core/session/schema.js';
import type { SaveState, SessionSnapshot, SessionStore } from '../../core/session/session-store.js';
import { practiceReducer } from '../practice/reducer.js';
import type { PracticeAction, PracticeState, PracticeView } from '../practice/state.js';

const sameView = (a: PracticeView, b: PracticeView): boolean => (Object.keys(a) as (keyof PracticeView)[]).every((key) => a[key] === b[key]);

/** Fields only the clock changes, second by second; the clocks on screen follow them by themselves (LiveText). */
const CLOCK_FIELDS: ReadonlySet<string> = new Set<keyof Session>(['time_spent', 'updated_at', 'mock']);

/** True when `b` differs from `a` only by the clock running (a mock ending or pausing is more than that). */
export function onlyTheClockMoved(a: Session, b: Session): boolean {
  if (a === b) return true;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Session>) {
    if (!CLOCK_FIELDS.has(key) && a[key] !== b[key]) return false;
  }
  const [x, y] = [a.mock, b.mock];
  if (x === y) return true;
  if (!x || !y) return false;
  return x.total_seconds === y.total_seconds && x.paused === y.paused && x.finished === y.finished && isTimeUp(x) === isTimeUp(y);
}

/** The footer tells a failing save apart (and why); pending and saved look the same. */
function sameSaveShown(a: SaveState, b: SaveState): boolean {
  if (a.kind !== 'failed' || b.kind !== 'failed') return a.kind !== 'failed' && b.kind !== 'failed';
  return a.error === b.error && a.failures === b.failures;
}

/**
 * The practice reducer run against the session store. The screen keeps its
 * own view (focus, editor, overlay, ...) and never a copy of the session:
 * each action is reduced with the store's current session, and a changed
 * session is written straight back to the store. Clock ticks write to the
 * same store, so an edit and a tick can never overwrite each other.
 *
 * The screen is drawn again when the session changes in a way it shows, but
 * not for a clock tick: the session it draws may then lag the store by the
 * time on the clock, which the clocks read from the store themselves.
 */
export function usePracticeState(store: SessionStore, initial: () => PracticeState): { state: PracticeState; save: SaveState; dispatch: (action: PracticeAction) => void } {
  const shown = useRef<SessionSnapshot | undefined>(undefined);
  const snapshot = useCallback((): SessionSnapshot => {
    const now = store.getSnapshot();
    const was = shown.current;
    if (!was || (was !== now && !(onlyTheClockMoved(was.session, now.session) && sameSaveShown(was.save, now.save)))) shown.current = now;
    return shown.current!;
  }, [store]);
  const { session, save } = useSyncExternalStore(store.subscribe, snapshot);
  const view = useRef<PracticeView | undefined>(undefined);
  if (view.current === undefined) {
    const { session: _fromStore, ...first } = initial();
    view.current = first;
  }
  const [, redraw] = useReducer((n: number) => n + 1, 0);

  const dispatch = useCallback(
    (action: PracticeAction) => {
      const current = store.session;
      const next = practiceReducer({ ...view.current!, session: current }, action);
      const { session: nextSession, ...nextView } = next;
      if (nextSession !== current) store.update(() => nextSession, action.type === 'tick' ? 'clock' : 'edit');
      if (!sameView(nextView, view.current!)) {
        view.current = nextView;
        redraw();
      }
    },
    [store],
  );

  return { state: { ...view.current, session }, save, dispatch };
}
