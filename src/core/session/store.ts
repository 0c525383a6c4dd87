import { accessSync, constants, existsSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Conventions } from '../conventions.js';
import { HldError, UsageError } from '../errors.js';
import { sessionsDir } from '../paths.js';
import { quoted, shownValue } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import { tempFileWriter } from './atomic-write.js';
import { folderFault, sessionsFolderProblem } from './folder-fault.js';
import { systemReason } from '../fs-fault.js';
import { isSessionId, newSessionId, normaliseSessionId, sessionFile } from './ids.js';
import { damagedLine, listingProblems, listSessions, setAsideReported, type SessionListing } from './list.js';
import { acquireLock, LockHeldError, pidAlive, type SessionLock } from './lock.js';
import type { Session } from './schema.js';
import { readSessionFile, writeSessionFile } from './session-file.js';
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

/**
 * Where a command hears about the files a listing set aside or skipped on the
 * way (one line each, without the `hld: ` prefix), so finding "the latest
 * session" is never silent about them.
 */
export type Notice = (line: string) => void;

/** The listing, with its damaged and skipped files told to `notice`. */
async function listTelling(env: NodeJS.ProcessEnv | undefined, notice: Notice | undefined): Promise<SessionListing> {
  const listing = await listSessions(env);
  if (notice) for (const line of listingProblems(listing)) notice(line);
  return listing;
}

/** The id a command line means: the one typed (checked), or the latest session. */
export async function resolveSessionId(id: string | undefined, env?: NodeJS.ProcessEnv, notice?: Notice): Promise<string> {
  const dir = sessionsDir(env);
  if (id === undefined) {
    const latest = (await listTelling(env, notice)).sessions[0];
    if (!latest) throw new HldError(`no saved sessions in ${shownFile(dir)}; start one with \`hld practice <problem>\``);
    return latest.id;
  }
  const wanted = normaliseSessionId(id);
  // The schema's own rule, so a name the store would refuse to read is refused here too.
  if (!isSessionId(wanted)) throw new UsageError(`${quoted(id)} is not a session id (see: hld sessions)`);
  if (!existsSync(sessionFile(dir, wanted))) {
    // The listing also names a sessions folder that cannot be read, rather than "no session".
    const known = (await listTelling(env, notice)).sessions.map((s) => s.id);
    throw new UsageError(`no session '${wanted}'${didYouMean(wanted, known)} (see: hld sessions)`);
  }
  return wanted;
}

/** Read a session without locking it (export, listings). A damaged file is set aside and reported. */
export async function loadSession(id: string | undefined, env?: NodeJS.ProcessEnv, notice?: Notice): Promise<Session> {
  const resolved = await resolveSessionId(id, env, notice);
  return readOrSetAside(sessionFile(sessionsDir(env), resolved), resolved);
}

async function readOrSetAside(file: string, id: string): Promise<Session> {
  const result = readSessionFile(file, id);
  if (result.ok) return result.session;
  switch (result.reason) {
    case 'damaged': {
      const aside = await setAsideReported(file, result.error);
      throw new HldError(`${damagedLine(aside)}; the other sessions are unaffected`);
    }
    case 'newer':
      throw new HldError(`session file ${shownFile(file)} was ${result.error}`);
    case 'unreadable':
      throw new HldError(`session file ${shownFile(file)} ${result.error}; it was left as it is`);
    case 'missing':
      throw new UsageError(`no session '${id}' (see: hld sessions)`);
  }
}

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
  return resolved;
}

/** A store on a session file: saved there, guarded on signals and exit, the lock released on close. */
function openStore(file: string, initial: Session, lock: SessionLock): SavedSessionStore {
  const store = createSessionStore(initial, { file, write: (session) => writeSessionFile(file, session), release: () => lock.release(), guardProcess: true });
  return store as SavedSessionStore;
}
