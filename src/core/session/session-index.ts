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
/** 2: summaries say whether a mock is over. */
const INDEX_VERSION = 2;
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

/** The file's identity and stamps: inode, size, modification and change times. */
export type Stamp = readonly [number, number, number, number];

export interface IndexEntry {
  readonly stamp: Stamp;
  readonly summary: IndexedSummary;
}

export function stampOf(stats: Stats): Stamp {
  return [stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs];
}

export const sameStamp = (a: Stamp, b: Stamp): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/** Whether the file changed too recently for its stamps to be trusted next time. */
export const tooRecent = (stats: Stats, now: number = Date.now()): boolean => now - Math.max(stats.mtimeMs, stats.ctimeMs) < RACY_WINDOW_MS;

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** An entry as read from disk, checked field by field; anything odd is dropped (its file is read afresh). */
function checkedEntry(raw: unknown): [string, IndexEntry] | undefined {
  if (!Array.isArray(raw) || raw.length !== 3) return undefined;
  const [name, stamp, s] = raw as [unknown, unknown, Record<string, unknown> | null];
  if (!isString(name) || !Array.isArray(stamp) || stamp.length !== 4 || !stamp.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  if (s === null || typeof s !== 'object') return undefined;
  const { id, problem, framework, mode, createdAt, updatedAt, currentStep, doneSteps, notedSteps, mockOver } = s;
  if (!isString(id) || !isString(problem) || !isString(framework) || !isString(createdAt) || !isString(updatedAt)) return undefined;
  if ((mode !== 'practice' && mode !== 'mock') || !isCount(currentStep) || !isCount(doneSteps) || !isCount(notedSteps) || typeof mockOver !== 'boolean') return undefined;
  return [name, { stamp: stamp as unknown as Stamp, summary: { id, problem, framework, mode, createdAt, updatedAt, currentStep, doneSteps, notedSteps, mockOver } }];
}

/** The index of `dir`, by file name; empty when it is missing, unreadable or damaged (it is then rebuilt). */
export function readIndex(dir: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  const read = readSessionText(join(dir, INDEX_NAME));
  // Read with a session's cap (8 MiB, some 20,000 sessions); a bigger index is rebuilt each time, never a hang.
  if (!read.ok) return entries;
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch {
    return entries;
  }
  if (parsed === null || typeof parsed !== 'object' || (parsed as { version?: unknown }).version !== INDEX_VERSION) return entries;
  const list = (parsed as { entries?: unknown }).entries;
  if (!Array.isArray(list)) return entries;
  for (const raw of list) {
    const entry = checkedEntry(raw);
    if (entry) entries.set(entry[0], entry[1]);
  }
  return entries;
}

/**
 * Replace the index of `dir` with `entries`. Best effort: the index is a
 * cache, so a folder that cannot be written (read-only, full) only means the
 * next listing reads the files again. No fsync: a torn index is rebuilt.
 */
export function writeIndex(dir: string, entries: ReadonlyMap<string, IndexEntry>): boolean {
  const list = [...entries].map(([name, e]) => [name, e.stamp, e.summary]);
  try {
    writeFileAtomic(join(dir, INDEX_NAME), `${JSON.stringify({ version: INDEX_VERSION, entries: list })}\n`, { durable: false });
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
