import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Session ids and where their files live. An id reads as "when and what"
 * (20261121-0930-url-shortener) so `hld sessions` is scannable and a file
 * manager sorts the files by date.
 */

export const SESSION_EXTENSION = '.yaml';

/** What a session id may hold (the schema's rule too): lowercase letters, digits and dashes. */
export const SESSION_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Whether `id` is a name the store could have given a session. */
export const isSessionId = (id: string): boolean => SESSION_ID_PATTERN.test(id);

/** The file of session `id` under `dir`. */
export function sessionFile(dir: string, id: string): string {
  return join(dir, `${id}${SESSION_EXTENSION}`);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYYMMDD-HHMM-<problem>` in local time, with -2, -3... when that name is taken (a file, or in `taken`). */
export function newSessionId(dir: string, problem: string, now: Date = new Date(), taken: ReadonlySet<string> = new Set()): string {
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  const slug = problem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = slug.length > 0 ? `${stamp}-${slug}` : stamp;
  let id = base;
  for (let n = 2; taken.has(id) || existsSync(sessionFile(dir, id)); n++) id = `${base}-${n}`;
  return id;
}

/** Accepts what a user types for an id: the id itself or the file name. */
export function normaliseSessionId(typed: string): string {
  const trimmed = typed.trim();
  return trimmed.endsWith(SESSION_EXTENSION) ? trimmed.slice(0, -SESSION_EXTENSION.length) : trimmed;
}
