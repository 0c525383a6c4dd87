import { existsSync, renameSync, type Stats } from 'node:fs';
import { parseDocument, stringify } from 'yaml';
import { describeIssue } from '../data-file.js';
import { shownValue } from '../shown-value.js';
import { yamlOverBudget, type YamlBudget } from '../yaml-budget.js';
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-write.js';
import { migrateSession, SessionVersionError } from './migrate.js';
import { sessionSchema, type Session } from './schema.js';
import { readSessionText, type ReadFailure } from './session-text.js';

export { MAX_SESSION_BYTES, readSessionText, type ReadFailure } from './session-text.js';

/**
 * Reading and writing one session file. Reading sorts every failure into
 * "missing", "unreadable" (not a regular file, or the system refused to read
 * it: left where it is, never touched), "from a newer hld" (left alone) or
 * "damaged" (its content cannot be a session: set aside by the caller), so
 * one bad file never stops the others from being listed or opened.
 *
 * What one read may cost is capped: at most MAX_SESSION_BYTES are read, the
 * YAML must fit SESSION_YAML_BUDGET before it is parsed, and aliases are
 * bounded, so no file, however hostile, takes more than a few tens of
 * milliseconds or can crash the process.
 */

export type ReadResult = { readonly ok: true; readonly session: Session } | ReadFailure;

/**
 * A session hld writes nests 4 levels deep and holds a few thousand tokens
 * (each note is one); a file over these limits was not written as a session.
 */
export const SESSION_YAML_BUDGET: YamlBudget = { maxTokens: 50_000, maxDepth: 64 };

/** Resolving aliases (&a ... *a) is capped too, so a "billion laughs" file fails fast. */
const MAX_ALIAS_COUNT = 100;

const HEADER = '# hld-dojo session. Saved by hld as you work; continue it with `hld resume <id>`.\n';

export function serialiseSession(session: Session): string {
  // lineWidth 0: notes are kept as typed, never folded. No anchors: every value is written out.
  return HEADER + stringify(session, { lineWidth: 0, aliasDuplicateObjects: false });
}

const failed = (reason: ReadFailure['reason'], error: string): ReadFailure => ({ ok: false, reason, error });

/** 1-based line of a character offset. */
function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let at = source.indexOf('\n'); at !== -1 && at < offset; at = source.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * A session from the text of its file, or why it cannot be one. Never throws:
 * whatever the text, the answer is a session or a typed failure, and every
 * message is one line (control characters escaped, long values cut).
 */
export function parseSessionText(source: string, expectedId?: string): ReadResult {
  const over = yamlOverBudget(source, SESSION_YAML_BUDGET);
  if (over) return failed('damaged', over);
  let raw: unknown;
  try {
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
    const yamlError = document.errors[0];
    if (yamlError) {
      return failed('damaged', `not valid YAML at line ${lineOf(source, yamlError.pos[0])}: ${shownValue(yamlError.message.split('\n')[0] ?? '', 120)}`);
    }
    raw = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias that points nowhere, or too many of them (the parser throws those).
    return failed('damaged', `not valid YAML: ${shownValue(error instanceof Error ? error.message : String(error), 120)}`);
  }
  try {
    raw = migrateSession(raw);
  } catch (error) {
    if (error instanceof SessionVersionError) return failed(error.newer ? 'newer' : 'damaged', shownValue(error.message, 200));
    return failed('damaged', `cannot be brought up to date: ${shownValue(error instanceof Error ? error.message : String(error), 120)}`);
  }
  const result = sessionSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    return failed('damaged', first ? shownValue(describeIssue(first), 200) : 'not a session');
  }
  if (expectedId !== undefined && result.data.id !== expectedId) {
    return failed('damaged', `id: ${shownValue(`'${result.data.id}'`)} does not match the file name (expected '${expectedId}')`);
  }
  return { ok: true, session: result.data };
}

export function readSessionFile(file: string, expectedId?: string, stats?: Stats): ReadResult {
  const text = readSessionText(file, stats);
  return text.ok ? parseSessionText(text.text, expectedId) : text;
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
