import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { HldError } from '../errors.js';
import { quoted, shownValue } from '../shown-value.js';
import { tempFileFor } from './atomic-write.js';
import { ownIdentity, processName, sameProcess, type ProcessIdentity } from './process-identity.js';

/**
 * One writer per session. The lock is a file beside the session holding the
 * owner's pid and host, and where the system says so (Linux) its boot and
 * start time, so a pid reused by an unrelated program is not taken for the
 * owner (process-identity.ts). It is created with link(), which fails if the
 * name exists, so the file appears atomically and already filled in: no other
 * process can ever read a half-written lock.
 */

export interface LockOwner extends ProcessIdentity {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** The lock is held by another live process (or one whose liveness cannot be checked). */
export class LockHeldError extends HldError {}

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
      return {
        pid: parsed.pid,
        host: parsed.host,
        since: typeof parsed.since === 'string' ? parsed.since : 'unknown',
        ...(typeof parsed.boot === 'string' ? { boot: parsed.boot } : {}),
        ...(typeof parsed.start === 'number' ? { start: parsed.start } : {}),
      };
    }
  } catch {
    // missing or unreadable: treated as no owner
  }
  return undefined;
}

/**
 * Whether the owner of a lock on this machine still runs: its pid is alive
 * and, where that can be told, is the same process (not a later one that got
 * the pid). Undefined: alive, but whether it is the owner cannot be told.
 */
function ownerRuns(owner: LockOwner): boolean | undefined {
  if (!pidAlive(owner.pid)) return false;
  const same = sameProcess(owner.pid, owner);
  return same === false ? false : same;
}

/**
 * Take the lock of `sessionFile` for this process. A lock left by a process
 * that is gone (kill -9, a crash, a reboot, its pid since reused) is taken
 * over; a lock held by a live process, or by a process on another machine
 * (whose liveness cannot be checked), is a LockHeldError that says who holds
 * it and what to do.
 */
export function acquireLock(sessionFile: string, label: string = basename(sessionFile)): SessionLock {
  const lockFile = lockFileFor(sessionFile);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), ...ownIdentity() };
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
      const shownLock = shownValue(lockFile, 200);
      if (owner && owner.host !== me.host) {
        throw new LockHeldError(
          `session ${label} is open on another machine (${shownValue(owner.host)}, pid ${owner.pid}, since ${shownValue(owner.since)}); ` +
            `close it there, or if that hld is gone, delete ${shownLock}`,
        );
      }
      const runs = owner ? ownerRuns(owner) : false;
      if (owner && runs !== false && owner.pid === me.pid) {
        throw new LockHeldError(`session ${label} is already open in this hld process`);
      }
      if (owner && runs === true) {
        throw new LockHeldError(
          `session ${label} is open in another hld (pid ${owner.pid}, since ${shownValue(owner.since)}); ` +
            `close that one first so neither overwrites the other's work`,
        );
      }
      if (owner && runs === undefined) {
        // Alive, but this system cannot tell whether it is the hld that took the lock or a program that got its pid since.
        const name = processName(owner.pid);
        throw new LockHeldError(
          `session ${label} is open in another hld (pid ${owner.pid}${name ? `, now running ${quoted(name)}` : ''}, since ${shownValue(owner.since)}); ` +
            `close that one first. If no hld has it open (the pid may belong to another program now), delete ${shownLock} and try again`,
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
      const sameStale = moved?.pid === owner?.pid && moved?.host === owner?.host && moved?.since === owner?.since && moved?.start === owner?.start;
      if (!sameStale) {
        try {
          linkSync(aside, lockFile);
        } catch {
          // someone locked it again meanwhile; theirs stands, and the loop reports it
        }
      }
      rmSync(aside, { force: true });
    }
    throw new LockHeldError(`session ${label} could not be locked (another hld took it at the same moment); try again`);
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
      if (owner && (owner.pid !== me.pid || owner.host !== me.host || owner.start !== me.start)) return;
      try {
        rmSync(lockFile, { force: true });
      } catch {
        // A read-only or vanished folder: whatever stopped the removal also
        // stopped the save, which is what the user is told. The lock left
        // behind names this process, which is gone by the time it matters,
        // so the next hld takes it over.
      }
    },
  };
}
