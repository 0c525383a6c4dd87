import { existsSync } from 'node:fs';
import { HldError, UsageError } from '../errors.js';
import { sessionsDir } from '../paths.js';
import { quoted, shownValue } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import { isSessionId, normaliseSessionId, sessionFile } from './ids.js';
import { listingProblems, listSessions, type SessionListing } from './list.js';
import { keepParsedCopy, parsedCopy } from './parsed-copy.js';
import type { Session } from './schema.js';
import type { ReadResult } from './session-file.js';
import { readSessionText } from './session-text.js';

/**
 * Finding the session a command line means and reading it without a lock
 * (export, delete's question). Kept apart from the store (store.ts), which
 * loads the YAML parser and the schema: a session read before and unchanged
 * since is taken from its parsed copy (parsed-copy.ts), so this path loads
 * them (read-session.ts) only when the file is new to it or was edited.
 */

/**
 * Where a command hears about the files a listing set aside or skipped on the
 * way (one line each, without the `hld: ` prefix), so finding "the latest
 * session" is never silent about them.
 */
export type Notice = (line: string) => void;

const shownFile = (file: string): string => shownValue(file, 160);

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
  const file = sessionFile(sessionsDir(env), resolved);
  const result = await readSessionKept(file, resolved, env);
  if (result.ok) return result.session;
  const { readOrSetAside } = await import('./read-session.js');
  return readOrSetAside(file, resolved, result);
}

/**
 * Session `id` from `file`, or why not, never thrown: its parsed copy while
 * the file's text is unchanged, else parsed now (the YAML parser and the
 * schema are loaded only then) and its copy kept.
 */
export async function readSessionKept(file: string, id: string, env?: NodeJS.ProcessEnv): Promise<ReadResult> {
  const text = readSessionText(file);
  if (!text.ok) return text;
  const copy = parsedCopy(id, text.text, env);
  if (copy) return { ok: true, session: copy };
  const { parseSessionText } = await import('./session-file.js');
  const result = parseSessionText(text.text, id);
  if (result.ok) keepParsedCopy(result.session, text.text, env);
  return result;
}
