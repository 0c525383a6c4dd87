import type { Stats } from 'node:fs';
import { readRegularFile, sizeText } from '../regular-file.js';

/**
 * The raw text of a session file (see readRegularFile: only a regular file,
 * never blocking, never past the cap), with every failure sorted the way the
 * store treats it. Kept apart from parsing (session-file.ts), so a listing
 * that finds every file in its index never loads the YAML parser or the schema.
 */

export type ReadFailure = { readonly ok: false; readonly reason: 'missing' | 'unreadable' | 'newer' | 'damaged'; readonly error: string };

/** Far beyond any session typed by hand (a thousand pages of notes); a bigger file is something else. */
export const MAX_SESSION_BYTES = 8 * 1024 * 1024;

/** The text of a session file, or why not: a file too large to be a session is damaged; one hld cannot or must not read is unreadable. */
export function readSessionText(file: string, stats?: Stats): { readonly ok: true; readonly text: string } | ReadFailure {
  const read = readRegularFile(file, MAX_SESSION_BYTES, stats);
  if (read.ok) return read;
  switch (read.kind) {
    case 'missing':
      return { ok: false, reason: 'missing', error: read.reason };
    case 'not-a-file':
      return { ok: false, reason: 'unreadable', error: `${read.reason}, not a session file` };
    case 'unreadable':
      return { ok: false, reason: 'unreadable', error: read.reason };
    case 'too-large':
      return { ok: false, reason: 'damaged', error: `${sizeText(read.size ?? 0)}: larger than the ${sizeText(MAX_SESSION_BYTES)} hld reads from one session file` };
  }
}
