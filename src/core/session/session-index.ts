import { rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { tempFileWriter, writeFileAtomic } from './atomic-write.js';
import { pidAlive } from './lock.js';
import { readSessionText } from './session-text.js';

/**
 * The sessions folder's index: what `hld sessions`, the home screen and
 * "the latest session" need from each session file (its summary), kept in
 * one hidden file (`.index.json`) so a listing reads one file instead of
 * parsing a thousand.
 *
 * It is a cache and never the record: the listing walks the folder itself,
 * and an entry is used only while the file's identity and stamps (inode,
 * size, modification and change times) are exactly those it was made from.
 * So a session written by another hld, by an older hld or by hand shows up
 * (its stamps differ, it is read afresh), a deleted one disappears (the
 * folder no longer lists it), and a missing, damaged or foreign index is
 * simply rebuilt. Two hld processes writing it at once each replace it
 * whole (atomic rename); the one that loses only costs the next listing a
 * few re-reads.
 *
 * A file changed within RACY_WINDOW_MS of being read is not cached: file
 * system clocks tick coarsely (a few ms), so an edit in place right after
 * the read could keep the same stamps and size.
 */

export const INDEX_NAME = '.index.json';
/** 2: summaries say whether a mock is over. 3: one flat row per file (IndexRow). */
const INDEX_VERSION = 3;
export const RACY_WINDOW_MS = 3_000;

/** What the listing shows of a session, without the file's path. */
export interface IndexedSummary {
  readonly id: string;
  readonly problem: string;
  readonly framework: string;
  readonly mode: 'practice' | 'mock';
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly currentStep: number;
  readonly doneSteps: number;
  readonly notedSteps: number;
  /** A mock whose time ran out or that was ended: read-only, judged. */
  readonly mockOver: boolean;
}

/**
 * One file's entry, as one flat row: its name, its identity and stamps
 * (inode, size, modification and change times), then its summary without
 * the id (the name carries it). Flat rows because a listing reads a thousand
 * of them on every start: a row is one array where an object per stamp and
 * per summary made three, and keeping that many objects alive cost a fresh
 * process more in garbage collection than the rest of the listing.
 */
export type IndexRow = readonly [
  name: string,
  ino: number,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
  problem: string,
  framework: string,
  mode: 'practice' | 'mock',
  createdAt: string,
  updatedAt: string,
  currentStep: number,
  doneSteps: number,
  notedSteps: number,
  mockOver: boolean,
];

const ROW_LENGTH = 14;

/** The row of a file `name` with these stats and this summary. */
export function rowOf(name: string, stats: Stats, s: IndexedSummary): IndexRow {
  return [name, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs, s.problem, s.framework, s.mode, s.createdAt, s.updatedAt, s.currentStep, s.doneSteps, s.notedSteps, s.mockOver];
}

/** Whether the file is, by its identity and stamps, the one the row was made from. */
export const unchangedSince = (row: IndexRow, stats: Stats): boolean =>
  row[1] === stats.ino && row[2] === stats.size && row[3] === stats.mtimeMs && row[4] === stats.ctimeMs;

/** The summary a row holds, with the file's path: `id` is the name without its extension. */
export function summaryOf(row: IndexRow, id: string, file: string): IndexedSummary & { readonly file: string } {
  return { id, problem: row[5], framework: row[6], mode: row[7], createdAt: row[8], updatedAt: row[9], currentStep: row[10], doneSteps: row[11], notedSteps: row[12], mockOver: row[13], file };
}

/** Whether the file changed too recently for its stamps to be trusted next time. */
export const tooRecent = (stats: Stats, now: number = Date.now()): boolean => now - Math.max(stats.mtimeMs, stats.ctimeMs) < RACY_WINDOW_MS;

const isTime = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A row as read from disk, checked field by field; anything odd is dropped (its file is read afresh). */
function checkedRow(raw: unknown): IndexRow | undefined {
  if (!Array.isArray(raw) || raw.length !== ROW_LENGTH) return undefined;
  const r = raw as unknown[];
  if (typeof r[0] !== 'string' || !isTime(r[1]) || !isTime(r[2]) || !isTime(r[3]) || !isTime(r[4])) return undefined;
  if (typeof r[5] !== 'string' || typeof r[6] !== 'string' || (r[7] !== 'practice' && r[7] !== 'mock') || typeof r[8] !== 'string' || typeof r[9] !== 'string') return undefined;
  if (!isCount(r[10]) || !isCount(r[11]) || !isCount(r[12]) || typeof r[13] !== 'boolean') return undefined;
  return raw as unknown as IndexRow;
}

/** The index of `dir`, by file name; empty when it is missing, unreadable or damaged (it is then rebuilt). */
export function readIndex(dir: string): Map<string, IndexRow> {
  const rows = new Map<string, IndexRow>();
  const read = readSessionText(join(dir, INDEX_NAME));
  // Read with a session's cap (8 MiB, some 40,000 sessions); a bigger index is rebuilt each time, never a hang.
  if (!read.ok) return rows;
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch {
    return rows;
  }
  if (parsed === null || typeof parsed !== 'object' || (parsed as { version?: unknown }).version !== INDEX_VERSION) return rows;
  const list = (parsed as { entries?: unknown }).entries;
  if (!Array.isArray(list)) return rows;
  for (const raw of list) {
    const row = checkedRow(raw);
    if (row) rows.set(row[0], row);
  }
  return rows;
}

/**
 * Replace the index of `dir` with `rows`. Best effort: the index is a
 * cache, so a folder that cannot be written (read-only, full) only means the
 * next listing reads the files again. No fsync: a torn index is rebuilt.
 */
export function writeIndex(dir: string, rows: ReadonlyMap<string, IndexRow>): boolean {
  try {
    writeFileAtomic(join(dir, INDEX_NAME), `${JSON.stringify({ version: INDEX_VERSION, entries: [...rows.values()] })}\n`, { durable: false });
    return true;
  } catch {
    return false;
  }
}

/** Temporary files of index writes that a process which is gone left behind (a crash between write and rename). */
export function removeLeftoverIndexFiles(dir: string, names: readonly string[]): void {
  const index = join(dir, INDEX_NAME);
  for (const name of names) {
    const pid = tempFileWriter(index, name);
    if (pid !== undefined && !pidAlive(pid)) rmSync(join(dir, name), { force: true });
  }
}
