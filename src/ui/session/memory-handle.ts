import { SESSION_VERSION, sessionSchema, type Session } from '../../core/session/schema.js';
import type { SessionHandle } from '../../core/session/store-api.js';

/**
 * A session that lives only in memory, for tests and for frames rendered
 * without a store (render-frame). `updates` counts saves so tests can see them.
 */
export interface MemoryHandle extends SessionHandle {
  readonly updates: number;
  readonly closed: boolean;
}

export function memoryHandle(initial: Session): MemoryHandle {
  let session = initial;
  let updates = 0;
  let closed = false;
  return {
    get session() {
      return session;
    },
    get updates() {
      return updates;
    },
    get closed() {
      return closed;
    },
    update(next: Session) {
      session = { ...next, updated_at: new Date().toISOString() };
      updates += 1;
    },
    flush() {},
    close() {
      closed = true;
    },
  };
}

/**
 * A fresh session value with an id in the store's form (20261121-0930-url-shortener, here in UTC).
 * The schema fills in the empty parts, as it does for the store's new sessions.
 */
export function newSession(init: { problem: string; framework: string; mode: 'practice' | 'mock' }, now = new Date()): Session {
  const iso = now.toISOString();
  const stamp = iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return sessionSchema.parse({
    version: SESSION_VERSION,
    id: `${stamp}-${init.problem}`.toLowerCase(),
    problem: init.problem,
    framework: init.framework,
    mode: init.mode,
    created_at: iso,
    updated_at: iso,
  });
}
