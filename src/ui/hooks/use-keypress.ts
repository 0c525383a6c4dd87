import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { parseKey, splitInput, type KeyPress } from '../keys/parse-key.js';

/**
 * Key presses, parsed from the raw sequences Ink reads (its own key object
 * cannot tell Backspace from Delete). Subscribes once: the handler is read
 * through a ref, so re-renders never drop a key between unsubscribe and
 * subscribe, and the handler never sees stale state when it dispatches.
 */
export function useKeypress(handler: (key: KeyPress) => void, isActive = true): void {
  const { setRawMode, internal_eventEmitter: events } = useStdin();
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(() => {
    if (!isActive) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isActive, setRawMode]);

  useEffect(() => {
    if (!isActive) return;
    const onInput = (raw: string) => {
      for (const piece of splitInput(raw)) latest.current(parseKey(piece));
    };
    events.on('input', onInput);
    return () => {
      events.removeListener('input', onInput);
    };
  }, [isActive, events]);
}
