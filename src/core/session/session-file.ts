import { readFileSync, renameSync, existsSync } from 'node:fs';
import { parseDocument, stringify } from 'yaml';
import { describeIssue } from '../data-file.js';
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-write.js';
import { migrateSession, SessionVersionError } from './migrate.js';
import { sessionSchema, type Session } from './schema.js';

/**
 * Reading and writing one session file. Reading sorts every failure into
 * "missing", "from a newer hld" (left alone) or "damaged" (set aside by the
 * caller), so one bad file never stops the others from being listed or opened.
 */

export type ReadResult =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly reason: 'missing' | 'newer' | 'damaged'; readonly error: string };

const HEADER = '# hld-dojo session. Saved by hld as you work; continue it with `hld resume <id>`.\n';

export function serialiseSession(session: Session): string {
  // lineWidth 0: notes are kept as typed, never folded.
  return HEADER + stringify(session, { lineWidth: 0 });
}

export function readSessionFile(file: string, expectedId?: string): ReadResult {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing', error: 'no such file' };
    return { ok: false, reason: 'damaged', error: `cannot be read (${code ?? 'unknown error'})` };
  }
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0];
    return { ok: false, reason: 'damaged', error: `not valid YAML${line ? ` at line ${line.line}` : ''}: ${yamlError.message.split('\n')[0]}` };
  }
  let raw: unknown;
  try {
    raw = migrateSession(document.toJS());
  } catch (error) {
    if (error instanceof SessionVersionError) return { ok: false, reason: error.newer ? 'newer' : 'damaged', error: error.message };
    throw error;
  }
  const result = sessionSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    return { ok: false, reason: 'damaged', error: first ? describeIssue(first) : 'not a session' };
  }
  if (expectedId !== undefined && result.data.id !== expectedId) {
    return { ok: false, reason: 'damaged', error: `id: '${result.data.id}' does not match the file name (expected '${expectedId}')` };
  }
  return { ok: true, session: result.data };
}

export function writeSessionFile(file: string, session: Session, hooks?: AtomicWriteHooks): void {
  writeFileAtomic(file, serialiseSession(session), hooks);
}

/** Rename a damaged file to `<file>.damaged-<time>` (never delete: the user may want to rescue notes by hand). */
export function setAside(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.damaged-${stamp}`;
  for (let n = 2; existsSync(target); n++) target = `${file}.damaged-${stamp}-${n}`;
  renameSync(file, target);
  return target;
}
