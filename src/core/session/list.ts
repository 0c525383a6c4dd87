import { isJudgedMock } from '../mock/sealed.js';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { HldError } from '../errors.js';
import { sessionsDir } from '../paths.js';
import { shownValue } from '../shown-value.js';
import { sessionsFolderProblem } from './folder-fault.js';
import { systemReason } from '../fs-fault.js';
import { isSessionId, SESSION_EXTENSION } from './ids.js';
import type { Session } from './schema.js';
import { readIndex, removeLeftoverIndexFiles, rowOf, summaryOf, tooRecent, unchangedSince, writeIndex, type IndexedSummary, type IndexRow } from './session-index.js';
import { readSessionText } from './session-text.js';
import { byCodeUnits } from '../order.js';

/**
 * Listing the sessions folder. The folder itself is the record: every
 * `<id>.yaml` in it is looked at (one stat each), and its summary comes from
 * the index when the file is unchanged since it was indexed, else from the
 * file (see session-index.ts). So a listing costs one read of the index and
 * a stat per session, not a YAML parse per session; and the YAML parser and
 * the schema (the largest modules hld loads) are loaded only when some file
 * did change.
 *
 * Nothing one file holds stops the others from being listed: a damaged file
 * is set aside; a file that is not a regular file (a FIFO, a folder, a
 * socket, a link to a device), that the system will not let us read, or that
 * a newer hld wrote, is left where it is and named.
 */

export interface SessionSummary extends IndexedSummary {
  readonly file: string;
}

export interface DamagedSession {
  readonly file: string;
  readonly error: string;
  /** Where the file was moved; it is never deleted. Undefined when it could not be moved (see moveError). */
  readonly movedTo: string | undefined;
  readonly moveError?: string;
}

export interface SessionListing {
  readonly sessions: SessionSummary[];
  readonly damaged: DamagedSession[];
  /** Files left in place and not listed: not regular files, unreadable, or written by a newer hld. */
  readonly unreadable: { readonly file: string; readonly error: string }[];
}

/** Steps with notes in them; blank notes do not count. */
export function notedStepCount(session: Pick<Session, 'notes'>): number {
  return Object.values(session.notes).filter((text) => text.trim().length > 0).length;
}

export function summarise(session: Session): IndexedSummary {
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
    mockOver: isJudgedMock(session),
  };
}

/** Move a damaged file aside; when even that fails (a read-only disk), say so and leave it. */
export async function setAsideReported(file: string, error: string): Promise<DamagedSession> {
  const { setAside } = await import('./session-file.js');
  try {
    return { file, error, movedTo: setAside(file) };
  } catch (moveFailure) {
    return { file, error, movedTo: undefined, moveError: systemReason(moveFailure) };
  }
}

/** The names in the sessions folder; none when it does not exist yet; an HldError naming the fault otherwise. */
function folderNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // Never created is normal; a `sessions` link to a folder that is gone (an unmounted disk) is not.
      let dangling = false;
      try {
        dangling = lstatSync(dir).isSymbolicLink();
      } catch {
        // not there at all
      }
      if (!dangling) return [];
    }
    throw new HldError(sessionsFolderProblem(dir, error, 'list'));
  }
}

/** The latest saved first; ids (ASCII) break ties. Each time is parsed once, not once per comparison. */
function newestFirst<T extends IndexedSummary>(sessions: readonly T[]): T[] {
  const keyed = sessions.map((s) => ({ s, at: Date.parse(s.updatedAt) }));
  keyed.sort((a, b) => b.at - a.at || byCodeUnits(b.s.id, a.s.id));
  return keyed.map((k) => k.s);
}

export interface ListOptions {
  /** The time to judge "changed too recently to cache" against (tests move it on). */
  readonly now?: number;
  /** Leave a damaged file where it is (listed with the files skipped), for commands that only read (hld report). */
  readonly leaveDamaged?: boolean;
}

export async function listSessions(env?: NodeJS.ProcessEnv, options: ListOptions = {}): Promise<SessionListing> {
  const dir = sessionsDir(env);
  const names = folderNames(dir).sort();
  const index = readIndex(dir);
  const next = new Map<string, IndexRow>();
  const sessions: SessionSummary[] = [];
  const damaged: DamagedSession[] = [];
  const unreadable: { file: string; error: string }[] = [];
  const now = options.now ?? Date.now();
  const hidden: string[] = [];
  // The folder as sessionFile writes it, ending in a separator (path.join keeps a trailing one).
  const folder = join(dir, sep);

  for (const name of names) {
    // Hidden names are the index, temporary files and locks in the making, never sessions.
    if (name.startsWith('.')) {
      hidden.push(name);
      continue;
    }
    if (!name.endsWith(SESSION_EXTENSION)) continue;
    const id = name.slice(0, -SESSION_EXTENSION.length);
    // Not path.join (it re-normalises the folder for each of a thousand files): the same path sessionFile gives.
    const file = `${folder}${name}`;
    if (!isSessionId(id)) {
      unreadable.push({ file, error: `its name is not a session id (lowercase letters, digits and dashes, such as 20261121-0930-url-shortener); rename it to list it` });
      continue;
    }
    let stats;
    try {
      // stat follows links: a link to a session file is listed, a link to /dev/zero is not.
      stats = statSync(file);
    } catch {
      // Gone since the folder was read, a link to nothing, or no permission: readSessionText says which.
      const result = readSessionText(file);
      if (!result.ok && result.reason === 'unreadable') unreadable.push({ file, error: result.error });
      continue;
    }
    const cached = index.get(name);
    if (cached && stats.isFile() && unchangedSince(cached, stats)) {
      next.set(name, cached);
      sessions.push(summaryOf(cached, id, file));
      continue;
    }
    const { readSessionFile } = await import('./session-file.js');
    const result = readSessionFile(file, id, stats);
    if (result.ok) {
      const summary = summarise(result.session);
      if (!tooRecent(stats, now)) next.set(name, rowOf(name, stats, summary));
      sessions.push({ ...summary, file });
    } else if (result.reason === 'damaged') {
      if (options.leaveDamaged) unreadable.push({ file, error: `is damaged (${result.error}); it was left as it is` });
      else damaged.push(await setAsideReported(file, result.error));
    } else if (result.reason !== 'missing') {
      unreadable.push({ file, error: result.error });
    }
  }

  if (next.size !== index.size || [...next].some(([name, entry]) => index.get(name) !== entry)) {
    removeLeftoverIndexFiles(dir, hidden);
    writeIndex(dir, next);
  }
  return { sessions: newestFirst(sessions), damaged, unreadable };
}

/** The line a listing gives for a damaged file. */
export function damagedLine(d: DamagedSession): string {
  const file = shownValue(d.file, 160);
  return d.movedTo !== undefined
    ? `session file ${file} is damaged (${d.error}); it was moved aside to ${shownValue(d.movedTo, 200)}`
    : `session file ${file} is damaged (${d.error}); it could not be moved aside (${d.moveError ?? 'unknown error'}), so it stays, unlisted`;
}

/** The line a listing gives for a file it left alone. */
export const unreadableLine = (u: { readonly file: string; readonly error: string }): string => `skipped ${shownValue(u.file, 160)}: ${u.error}`;

/** Every line a listing owes the user: the files it set aside, then those it skipped. */
export function listingProblems(listing: Pick<SessionListing, 'damaged' | 'unreadable'>): string[] {
  return [...listing.damaged.map(damagedLine), ...listing.unreadable.map(unreadableLine)];
}
