/**
 * When to save. The first unsaved change starts a timer; later changes ride
 * along with it instead of restarting it (unlike a debounce), so a user who
 * types without pause still has their work on disk at most `delayMs` after
 * the first keystroke, and a burst of keystrokes costs one write. A change
 * that can wait (the clock counting a step's time) asks for a later save, and
 * is written with the next edit or within `laterMs`. A save that fails is
 * tried again every `retryMs` until one succeeds.
 */

/** Below 1 s, so "on disk within a second" holds even when the event loop is a little late. */
export const AUTOSAVE_DELAY_MS = 800;
/** Time counted on a step is saved at least this often, with or without edits. */
export const CLOCK_SAVE_DELAY_MS = 10_000;
/** How often a failed save is tried again (a folder removed, a full disk): often enough to catch a fix, rarely enough not to spin. */
export const SAVE_RETRY_MS = 2_000;

export interface AutosaveOptions {
  readonly delayMs?: number;
  readonly laterMs?: number;
  readonly retryMs?: number;
  /** A save succeeded. */
  readonly onSaved?: () => void;
  /** A save failed; it stays pending and is retried. */
  readonly onFailed?: (error: unknown) => void;
}

export interface Autosaver {
  /** Note an unsaved change; saved within delayMs, or within laterMs for a change that can wait. */
  touch(pace?: 'soon' | 'later'): void;
  /** Save now if anything is unsaved; throws what the save threw (the change stays pending). */
  flush(): void;
  /** Forget the timer (after a final flush). */
  stop(): void;
  readonly dirty: boolean;
}

export function createAutosaver(save: () => void, options: AutosaveOptions = {}): Autosaver {
  const { delayMs = AUTOSAVE_DELAY_MS, laterMs = CLOCK_SAVE_DELAY_MS, retryMs = SAVE_RETRY_MS, onSaved, onFailed } = options;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;

  const clear = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    dueAt = Infinity;
  };

  /** Save within `ms` from now; a save already due sooner stands. */
  const schedule = (ms: number): void => {
    const due = Date.now() + ms;
    if (timer !== undefined && dueAt <= due) return;
    clear();
    dueAt = due;
    timer = setTimeout(() => {
      timer = undefined;
      dueAt = Infinity;
      try {
        flush();
      } catch {
        // onFailed has been told; keep trying until the write succeeds.
        schedule(retryMs);
      }
    }, ms);
    // A pending save must not keep the process alive; the exit hooks flush it.
    timer.unref?.();
  };

  const flush = (): void => {
    clear();
    if (!dirty) return;
    // Cleared before saving: a change made during the save is not lost.
    dirty = false;
    try {
      save();
    } catch (error) {
      dirty = true;
      onFailed?.(error);
      throw error;
    }
    onSaved?.();
  };

  return {
    touch(pace = 'soon') {
      dirty = true;
      schedule(pace === 'soon' ? delayMs : laterMs);
    },
    flush,
    stop: clear,
    get dirty() {
      return dirty;
    },
  };
}
