import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Conventions } from '../conventions.js';
import { HldError, UsageError } from '../errors.js';
import { sessionsDir } from '../paths.js';
import { didYouMean } from '../suggest.js';
import { tempFileWriter } from './atomic-write.js';
import { newSessionId, normaliseSessionId, SESSION_EXTENSION, sessionFile } from './ids.js';
import { acquireLock, lockFileFor, pidAlive, type SessionLock } from './lock.js';
import { sessionSchema, type Session } from './schema.js';
import { readSessionFile, setAside, writeSessionFile } from './session-file.js';
import { createSessionStore, newSession, type SavedSessionStore } from './session-store.js';

/**
 * The sessions on disk: one YAML file per session under sessionsDir().
 * Listing, finding, creating, opening and deleting them. An opened or
 * created session is a SessionStore (session-store.ts): the one place it
 * lives while it is open, holding the lock so a second hld cannot silently
 * overwrite it.
 */

export interface SessionSummary {
  readonly id: string;
  readonly problem: string;
  readonly framework: string;
  readonly mode: Session['mode'];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly currentStep: number;
  /** How many steps are marked done. */
  readonly doneSteps: number;
  /** How many steps have notes. */
  readonly notedSteps: number;
  readonly file: string;
}

export interface DamagedSession {
  readonly file: string;
  readonly error: string;
  /** Where the file was moved; it is never deleted. */
  readonly movedTo: string;
}

export interface SessionListing {
  readonly sessions: SessionSummary[];
  readonly damaged: DamagedSession[];
  /** Files written by a newer hld: left in place, not listed. */
  readonly unreadable: { readonly file: string; readonly error: string }[];
}

function ensureDir(env?: NodeJS.ProcessEnv): string {
  const dir = sessionsDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Steps with notes in them; blank notes do not count. */
export function notedStepCount(session: Pick<Session, 'notes'>): number {
  return Object.values(session.notes).filter((text) => text.trim().length > 0).length;
}

function summarise(session: Session, file: string): SessionSummary {
  return {
    id: session.id,
    problem: session.problem,
    framework: session.framework,
    mode: session.mode,
    createdAt: session.created_at,
    updatedAt: session.updated_at,
    currentStep: session.current_step,
    doneSteps: new Set(session.done).size,
    notedSteps: notedStepCount(session),
    file,
  };
}

function damagedMessage(file: string, error: string, movedTo: string): string {
  return `session file ${file} is damaged (${error}); it was moved aside to ${movedTo} and the other sessions are unaffected`;
}

export function listSessions(env?: NodeJS.ProcessEnv): SessionListing {
  const dir = sessionsDir(env);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sessions: [], damaged: [], unreadable: [] };
    throw new HldError(`cannot read the sessions folder ${dir} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  const sessions: SessionSummary[] = [];
  const damaged: DamagedSession[] = [];
  const unreadable: { file: string; error: string }[] = [];
  for (const name of names.sort()) {
    // Hidden names are temporary files and locks in the making, never sessions.
    if (!name.endsWith(SESSION_EXTENSION) || name.startsWith('.')) continue;
    const id = basename(name, SESSION_EXTENSION);
    const file = sessionFile(dir, id);
    const result = readSessionFile(file, id);
    if (result.ok) sessions.push(summarise(result.session, file));
    else if (result.reason === 'newer') unreadable.push({ file, error: result.error });
    else if (result.reason === 'damaged') damaged.push({ file, error: result.error, movedTo: setAside(file) });
  }
  sessions.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.id.localeCompare(a.id));
  return { sessions, damaged, unreadable };
}

/** The id a command line means: the one typed (checked), or the latest session. */
export function resolveSessionId(id: string | undefined, env?: NodeJS.ProcessEnv): string {
  const dir = sessionsDir(env);
  if (id === undefined) {
    const latest = listSessions(env).sessions[0];
    if (!latest) throw new HldError(`no saved sessions in ${dir}; start one with \`hld practice <problem>\``);
    return latest.id;
  }
  const wanted = normaliseSessionId(id);
  // The schema's own rule, so a name the store would refuse to read is refused here too.
  if (!sessionSchema.shape.id.safeParse(wanted).success) throw new UsageError(`'${id}' is not a session id (see: hld sessions)`);
  if (!existsSync(sessionFile(dir, wanted))) {
    const known = listSessions(env).sessions.map((s) => s.id);
    throw new UsageError(`no session '${wanted}'${didYouMean(wanted, known)} (see: hld sessions)`);
  }
  return wanted;
}

/** Read a session without locking it (export, listings). A damaged file is set aside and reported. */
export function loadSession(id: string | undefined, env?: NodeJS.ProcessEnv): Session {
  const resolved = resolveSessionId(id, env);
  return readOrSetAside(sessionFile(sessionsDir(env), resolved), resolved);
}

function readOrSetAside(file: string, id: string): Session {
  const result = readSessionFile(file, id);
  if (result.ok) return result.session;
  if (result.reason === 'damaged') throw new HldError(damagedMessage(file, result.error, setAside(file)));
  if (result.reason === 'newer') throw new HldError(`session file ${file} was ${result.error}`);
  throw new UsageError(`no session '${id}' (see: hld sessions)`);
}

export function createSession(
  init: { problem: string; framework: string; mode: 'practice' | 'mock'; mockMinutes?: number; conventions?: Conventions | undefined },
  env?: NodeJS.ProcessEnv,
): SavedSessionStore {
  const dir = ensureDir(env);
  const now = new Date();
  for (;;) {
    const id = newSessionId(dir, init.problem, now);
    const file = sessionFile(dir, id);
    let lock: SessionLock;
    try {
      lock = acquireLock(file, id);
    } catch (error) {
      // Another hld is creating the same id this minute; pick the next name.
      if (error instanceof HldError && existsSync(lockFileFor(file))) continue;
      throw error;
    }
    if (existsSync(file)) {
      lock.release();
      continue;
    }
    const session = newSession({ ...init, id }, now);
    try {
      writeSessionFile(file, session);
    } catch (error) {
      lock.release();
      throw new HldError(`cannot save the new session to ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    return openStore(file, session, lock);
  }
}

export function openSession(id: string | undefined, env?: NodeJS.ProcessEnv): SavedSessionStore {
  const resolved = resolveSessionId(id, env);
  const file = sessionFile(sessionsDir(env), resolved);
  // Lock first, then read: the other instance's last save is then on disk.
  const lock = acquireLock(file, resolved);
  try {
    removeLeftoverTempFiles(file);
    return openStore(file, readOrSetAside(file, resolved), lock);
  } catch (error) {
    lock.release();
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
export function deleteSession(id: string, env?: NodeJS.ProcessEnv): string {
  const resolved = resolveSessionId(id, env);
  const file = sessionFile(sessionsDir(env), resolved);
  const lock = acquireLock(file, resolved);
  try {
    rmSync(file, { force: true });
  } finally {
    lock.release();
  }
  return resolved;
}

/** A store on a session file: saved there, guarded on signals and exit, the lock released on close. */
function openStore(file: string, initial: Session, lock: SessionLock): SavedSessionStore {
  const store = createSessionStore(initial, { file, write: (session) => writeSessionFile(file, session), release: () => lock.release(), guardProcess: true });
  return store as SavedSessionStore;
}
