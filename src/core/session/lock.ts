import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { HldError } from '../errors.js';
import { tempFileFor } from './atomic-write.js';

/**
 * One writer per session. The lock is a file beside the session holding the
 * owner's pid and host. It is created with link(), which fails if the name
 * exists, so the file appears atomically and already filled in: no other
 * process can ever read a half-written lock.
 */

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

export interface SessionLock {
  readonly file: string;
  /** Remove the lock if it is still ours. Safe to call twice. */
  release(): void;
}

export function lockFileFor(sessionFile: string): string {
  return `${sessionFile}.lock`;
}

/** Whether a process with this pid is running on this machine. EPERM means it runs as another user. */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLockOwner(lockFile: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: typeof parsed.since === 'string' ? parsed.since : 'unknown' };
    }
  } catch {
    // missing or unreadable: treated as no owner
  }
  return undefined;
}

/**
 * Take the lock of `sessionFile` for this process. A lock left by a process
 * that is gone (kill -9, a crash) is taken over; a lock held by a live
 * process, or by a process on another machine (whose liveness cannot be
 * checked), is an HldError that says who holds it and what to do.
 */
export function acquireLock(sessionFile: string, label: string = basename(sessionFile)): SessionLock {
  const lockFile = lockFileFor(sessionFile);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const content = `${JSON.stringify(me)}\n`;
  const temp = tempFileFor(lockFile);
  writeFileSync(temp, content, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temp, lockFile);
        return ownedLock(lockFile, me);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readLockOwner(lockFile);
      if (owner && owner.pid === me.pid && owner.host === me.host) {
        throw new HldError(`session ${label} is already open in this hld process`);
      }
      if (owner && owner.host !== me.host) {
        throw new HldError(
          `session ${label} is open on another machine (${owner.host}, pid ${owner.pid}, since ${owner.since}); ` +
            `close it there, or if that hld is gone, delete ${lockFile}`,
        );
      }
      if (owner && pidAlive(owner.pid)) {
        throw new HldError(
          `session ${label} is open in another hld (pid ${owner.pid}, since ${owner.since}); ` +
            `close that one first so neither overwrites the other's work`,
        );
      }
      // The owner is gone (or the lock is unreadable): take it over. Move the
      // lock aside first and look at what was moved: if another hld replaced
      // the stale lock in the meantime, that fresh lock is put back, not lost.
      const aside = `${temp}.stale`;
      try {
        renameSync(lockFile, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const moved = readLockOwner(aside);
      const sameStale = moved?.pid === owner?.pid && moved?.host === owner?.host && moved?.since === owner?.since;
      if (!sameStale) {
        try {
          linkSync(aside, lockFile);
        } catch {
          // someone locked it again meanwhile; theirs stands, and the loop reports it
        }
      }
      rmSync(aside, { force: true });
    }
    throw new HldError(`session ${label} could not be locked (another hld took it at the same moment); try again`);
  } finally {
    rmSync(temp, { force: true });
  }
}

function ownedLock(lockFile: string, me: LockOwner): SessionLock {
  let held = true;
  return {
    file: lockFile,
    release() {
      if (!held) return;
      held = false;
      const owner = readLockOwner(lockFile);
      // Never remove a lock someone else took over (e.g. after we were suspended for long).
      if (owner && (owner.pid !== me.pid || owner.host !== me.host)) return;
      rmSync(lockFile, { force: true });
    },
  };
}
