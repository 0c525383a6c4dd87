import { accessSync, constants, existsSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Conventions } from '../conventions.js';
import { HldError } from '../errors.js';
import { sessionsDir } from '../paths.js';
import { shownValue } from '../shown-value.js';
import { tempFileWriter } from './atomic-write.js';
import { folderFault, sessionsFolderProblem } from './folder-fault.js';
import { systemReason } from '../fs-fault.js';
import { newSessionId, sessionFile } from './ids.js';
import { resolveSessionId, type Notice } from './load.js';
import { forgetParsedCopy } from './parsed-copy.js';
import { acquireLock, LockHeldError, pidAlive, type SessionLock } from './lock.js';
import type { Session } from './schema.js';
import { readOrSetAside } from './read-session.js';
import { writeSessionFile } from './session-file.js';
import { createSessionStore, newSession, type SavedSessionStore } from './session-store.js';

/**
 * The sessions on disk: one YAML file per session under sessionsDir().
 * Listing, finding, creating, opening and deleting them. An opened or
 * created session is a SessionStore (session-store.ts): the one place it
 * lives while it is open, holding the lock so a second hld cannot silently
 * overwrite it.
 */

// Listing lives in list.ts, which loads no parser when the index is fresh; re-exported for the commands that also open sessions.
export { listSessions, notedStepCount, type DamagedSession, type SessionListing, type SessionSummary } from './list.js';

/** The sessions folder, created if need be; an HldError naming the fault when it cannot be. */
function ensureDir(env?: NodeJS.ProcessEnv): string {
  const dir = sessionsDir(env);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new HldError(sessionsFolderProblem(dir, error, 'save'));
  }
  return dir;
}

const shownFile = (file: string): string => shownValue(file, 160);

/**
 * Why a new session could not be saved in the sessions folder, or undefined
 * when it could: asked before a screen opens, so the user hears it before
 * typing anything. Checks the folder, or the nearest folder above it that
 * exists (it is created on the first save).
 */
export function sessionsUnwritable(env?: NodeJS.ProcessEnv): string | undefined {
  const dir = sessionsDir(env);
  let at = dir;
  for (;;) {
    try {
      accessSync(at, constants.W_OK);
      if (statSync(at).isDirectory()) return undefined;
      return sessionsFolderProblem(dir, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), 'save');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(at);
      // Not there yet: what matters is whether the folder above takes it (unless a dangling link or a file is in the way).
      if (code === 'ENOENT' && parent !== at && !lstatExists(at)) {
        at = parent;
        continue;
      }
      return sessionsFolderProblem(dir, error, 'save');
    }
  }
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

// Finding and reading a session without parsing it again live in load.ts, which loads no parser when the file is unchanged.
export { loadSession, resolveSessionId, type Notice } from './load.js';

/**
 * Take the lock of a session; a fault of the folder (read-only, gone) becomes
 * one line saying so. `opening`: the session exists and is being opened to
 * continue or delete, so the line says how to read it without writing.
 */
function lockOrExplain(file: string, id: string, opening?: 'continue' | 'delete'): SessionLock {
  try {
    return acquireLock(file, id);
  } catch (error) {
    if (error instanceof HldError) throw error;
    if (!opening) throw new HldError(sessionsFolderProblem(dirname(file), error, 'save'));
    throw new HldError(`cannot open session ${id} to ${opening} it: ${folderFault(dirname(file), error)}; read it without changing it with: hld export ${id} -o -`);
  }
}

export function createSession(
  init: { problem: string; framework: string; mode: 'practice' | 'mock'; mockMinutes?: number; conventions?: Conventions | undefined },
  env?: NodeJS.ProcessEnv,
): SavedSessionStore {
  const dir = ensureDir(env);
  const now = new Date();
  // Ids whose lock someone else holds (another hld creating it this minute, or a stale lock): the next name is tried.
  const taken = new Set<string>();
  for (;;) {
    const id = newSessionId(dir, init.problem, now, taken);
    const file = sessionFile(dir, id);
    let lock: SessionLock;
    try {
      lock = lockOrExplain(file, id);
    } catch (error) {
      if (error instanceof LockHeldError) {
        taken.add(id);
        continue;
      }
      throw error;
    }
    if (existsSync(file)) {
      lock.release();
      taken.add(id);
      continue;
    }
    const session = newSession({ ...init, id }, now);
    try {
      writeSessionFile(file, session);
    } catch (error) {
      releaseQuietly(lock);
      throw new HldError(sessionsFolderProblem(dir, error, 'save'));
    }
    return openStore(file, session, lock);
  }
}

/** Release a lock after another failure, which is the one to report. */
function releaseQuietly(lock: SessionLock): void {
  try {
    lock.release();
  } catch {
    // the failure being reported says what is wrong with the folder
  }
}

export async function openSession(id: string | undefined, env?: NodeJS.ProcessEnv, notice?: Notice): Promise<SavedSessionStore> {
  const resolved = await resolveSessionId(id, env, notice);
  const file = sessionFile(sessionsDir(env), resolved);
  // Lock first, then read: the other instance's last save is then on disk.
  const lock = lockOrExplain(file, resolved, 'continue');
  try {
    removeLeftoverTempFiles(file);
    return openStore(file, await readOrSetAside(file, resolved), lock);
  } catch (error) {
    releaseQuietly(lock);
    throw error;
  }
}

/**
 * A crash between writing a temporary file and renaming it leaves the
 * temporary file behind (the session itself is intact). With the lock held,
 * the leftovers of processes that are gone can be removed safely.
 */
function removeLeftoverTempFiles(file: string): void {
  const dir = dirname(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = tempFileWriter(file, name);
    if (pid !== undefined && !pidAlive(pid)) rmSync(join(dir, name), { force: true });
  }
}

/** Delete a session file; refused while another hld has it open. */
export async function deleteSession(id: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const resolved = await resolveSessionId(id, env);
  const file = sessionFile(sessionsDir(env), resolved);
  const lock = lockOrExplain(file, resolved, 'delete');
  try {
    rmSync(file, { force: true });
  } catch (error) {
    releaseQuietly(lock);
    throw new HldError(`cannot delete session ${resolved} (${shownFile(file)}): ${systemReason(error)}`);
  }
  lock.release();
  forgetParsedCopy(resolved, env);
  return resolved;
}

/** A store on a session file: saved there, guarded on signals and exit, the lock released on close. */
function openStore(file: string, initial: Session, lock: SessionLock): SavedSessionStore {
  const store = createSessionStore(initial, { file, write: (session) => writeSessionFile(file, session), release: () => lock.release(), guardProcess: true });
  return store as SavedSessionStore;
}
