import { useCallback, useReducer, useRef, useSyncExternalStore } from 'react';
import type { SaveState, SessionStore } from '../../core/session/session-store.js';
import { practiceReducer } from '../practice/reducer.js';
import type { PracticeAction, PracticeState, PracticeView } from '../practice/state.js';

const sameView = (a: PracticeView, b: PracticeView): boolean => (Object.keys(a) as (keyof PracticeView)[]).every((key) => a[key] === b[key]);

/**
 * The practice reducer run against the session store. The screen keeps its
 * own view (focus, editor, overlay, ...) and never a copy of the session:
 * each action is reduced with the store's current session, and a changed
 * session is written straight back to the store. Clock ticks write to the
 * same store, so an edit and a tick can never overwrite each other.
 */
export function usePracticeState(store: SessionStore, initial: () => PracticeState): { state: PracticeState; save: SaveState; dispatch: (action: PracticeAction) => void } {
  const { session, save } = useSyncExternalStore(store.subscribe, store.getSnapshot);
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
