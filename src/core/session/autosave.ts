/**
 * When to save. The first unsaved change starts a timer; later changes ride
 * along with it instead of restarting it (unlike a debounce), so a user who
 * types without pause still has their work on disk at most `delayMs` after
 * the first keystroke, and a burst of keystrokes costs one write.
 */

/** Below 1 s, so "on disk within a second" holds even when the event loop is a little late. */
export const AUTOSAVE_DELAY_MS = 800;

export interface Autosaver {
  /** Note an unsaved change; a save happens within delayMs. */
  touch(): void;
  /** Save now if anything is unsaved. */
  flush(): void;
  /** Forget the timer (after a final flush). */
  stop(): void;
  readonly dirty: boolean;
}

export function createAutosaver(save: () => void, delayMs: number = AUTOSAVE_DELAY_MS): Autosaver {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const flush = (): void => {
    clear();
    if (!dirty) return;
    // Cleared before saving: a save that throws is retried on the next change or flush.
    dirty = false;
    try {
      save();
    } catch (error) {
      dirty = true;
      throw error;
    }
  };

  return {
    touch() {
      dirty = true;
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        try {
          flush();
        } catch {
          // A failed autosave (disk full, folder removed) stays dirty; the next
          // change, flush or exit tries again and reports the error there.
        }
      }, delayMs);
      // A pending save must not keep the process alive; exit handlers flush it.
      timer.unref?.();
    },
    flush,
    stop: clear,
    get dirty() {
      return dirty;
    },
  };
}
