import { appendFileSync, closeSync, constants, fstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HldError } from '../errors.js';
import { fileKind, systemReason } from '../fs-fault.js';
import { hldHome } from '../paths.js';
import { readRegularFile, sizeText } from '../regular-file.js';
import { folderFault } from '../session/folder-fault.js';
import { shownValue } from '../shown-value.js';
import { historyLineSchema, type HistoryEntry, type HistoryLine, type ReviewEntry } from './schema.js';
import { numberText } from '../units/number-text.js';
import { byCodeUnits } from '../order.js';

export const historyFile = (env?: NodeJS.ProcessEnv): string => join(hldHome(env), 'history', 'results.jsonl');

/** Some 60,000 results; a bigger history is refused with a line rather than read into memory. */
export const MAX_HISTORY_BYTES = 32 * 1024 * 1024;
/** Damaged lines named one by one; past these, one line counts the rest. */
const NAMED_DAMAGED_LINES = 5;

const shown = (file: string): string => shownValue(file, 160);

/** Whether the file is empty or ends with a newline (a crash mid-append can leave it without one). */
function endsCleanly(file: string): boolean {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}

/**
 * Append one entry. The line goes out in a single O_APPEND write, so two
 * instances appending at once cannot interleave within a line; a file left
 * without its final newline gets one first, so the damage stays on one line.
 */
export function appendHistory(entry: HistoryLine, env?: NodeJS.ProcessEnv): void {
  const checked = historyLineSchema.parse(entry);
  const file = historyFile(env);
  const cannot = (why: string): HldError => new HldError(`cannot record this in your history ${shown(file)}: ${why}`);
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw cannot(`${folderFault(dirname(file), error)}; set HLD_HOME to a folder you can write to`);
  }
  let exists = true;
  try {
    // Opening a FIFO to append would wait for a reader forever; only a regular file (or none) is written.
    const stats = statSync(file);
    if (!stats.isFile()) throw cannot(`it is ${fileKind(stats)}, not a file; move it out of the way`);
  } catch (error) {
    if (error instanceof HldError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannot(systemReason(error));
    exists = false;
  }
  try {
    const prefix = exists && !endsCleanly(file) ? '\n' : '';
    appendFileSync(file, `${prefix}${JSON.stringify(checked)}\n`, { encoding: 'utf8', flag: 'a' });
  } catch (error) {
    throw cannot(systemReason(error));
  }
}

export interface HistoryRead {
  readonly entries: HistoryEntry[];
  /** One line per damaged line skipped: `results.jsonl line 7: ...`. */
  readonly warnings: string[];
}

/**
 * The history, damaged lines skipped and named (the first few one by one,
 * the rest counted), so one bad line never hides the others. A history that
 * is not a regular file, cannot be read or is too large is an HldError that
 * says so; it is never waited on or read past the cap.
 */
export function readHistory(env?: NodeJS.ProcessEnv): HistoryRead {
  const file = historyFile(env);
  const read = readRegularFile(file, MAX_HISTORY_BYTES);
  if (!read.ok) {
    if (read.kind === 'missing') return { entries: [], warnings: [] };
    const why =
      read.kind === 'too-large'
        ? `it is ${sizeText(read.size ?? 0)}, larger than the ${sizeText(MAX_HISTORY_BYTES)} hld reads`
        : read.kind === 'not-a-file'
          ? `it ${read.reason}, not a file`
          : `it ${read.reason}`;
    throw new HldError(`cannot read your history ${shown(file)}: ${why}; move it out of the way to start a new one`);
  }
  const entries: HistoryEntry[] = [];
  const reviews: ReviewEntry[] = [];
  const warnings: string[] = [];
  let damaged = 0;
  read.text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const skip = (why: string): void => {
      if (++damaged <= NAMED_DAMAGED_LINES) warnings.push(`${shown(file)} line ${index + 1}: ${why}; skipped`);
    };
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      skip('not valid JSON');
      return;
    }
    const parsed = historyLineSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skip(issue ? shownValue(`${issue.path.join('.') || 'entry'}: ${issue.message}`, 120) : 'not a history entry');
      return;
    }
    if (parsed.data.kind === 'review') reviews.push(parsed.data);
    else entries.push(parsed.data);
  });
  if (damaged > NAMED_DAMAGED_LINES) {
    warnings.push(`${shown(file)}: ${numberText(damaged - NAMED_DAMAGED_LINES)} more damaged lines skipped`);
  }
  return { entries: withReviews(entries, reviews), warnings };
}

/** Each mock with the latest review given for its session, if any. */
function withReviews(entries: HistoryEntry[], reviews: readonly ReviewEntry[]): HistoryEntry[] {
  if (reviews.length === 0) return entries;
  const latest = new Map<string, number>();
  for (const r of [...reviews].sort((a, b) => byCodeUnits(a.at, b.at))) latest.set(r.session, r.reviewed_score);
  return entries.map((e) => (e.kind === 'mock' && latest.has(e.session) ? { ...e, reviewed_score: latest.get(e.session)! } : e));
}

/** Record the candidate's review of a mock's report (a reviewed mock shows both scores in the history). */
export function recordReview(entry: Omit<ReviewEntry, 'version' | 'kind' | 'at'>, env?: NodeJS.ProcessEnv, at: Date = new Date()): void {
  appendHistory({ version: 1, kind: 'review', at: at.toISOString(), ...entry }, env);
}

/** Record a mock once: reopening a finished mock shows its report again without a second entry. */
export function recordMockOnce(entry: Extract<HistoryEntry, { kind: 'mock' }>, env?: NodeJS.ProcessEnv): boolean {
  const { entries } = readHistory(env);
  if (entries.some((e) => e.kind === 'mock' && e.session === entry.session)) return false;
  appendHistory(entry, env);
  return true;
}
