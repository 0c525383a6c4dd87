import type { Session } from './schema.js';

/**
 * The contract between the screens and the session store. Screens call
 * `update` on every edit; the store owns saving (autosave within 1 s, atomic
 * writes, flush on exit and signals) and the lock that stops two instances
 * writing one session.
 */
export interface SessionHandle {
  /** The latest session value (after every update). */
  readonly session: Session;
  /** Replace the session; saved to disk within one second. */
  update(next: Session): void;
  /** Write any pending change now (on exit, on Ctrl-C, before export). */
  flush(): void;
  /** Flush and release the lock. */
  close(): void;
}
