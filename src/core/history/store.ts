import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hldHome } from '../paths.js';
import { historyLineSchema, type HistoryEntry, type HistoryLine, type ReviewEntry } from './schema.js';

export const historyFile = (env?: NodeJS.ProcessEnv): string => join(hldHome(env), 'history', 'results.jsonl');

/** Whether the file is empty or ends with a newline (a crash mid-append can leave it without one). */
function endsCleanly(file: string): boolean {
  const fd = openSync(file, 'r');
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
  mkdirSync(dirname(file), { recursive: true });
  const prefix = existsSync(file) && !endsCleanly(file) ? '\n' : '';
  appendFileSync(file, `${prefix}${JSON.stringify(checked)}\n`, { encoding: 'utf8', flag: 'a' });
}

export interface HistoryRead {
  readonly entries: HistoryEntry[];
  /** One line per damaged line skipped: `results.jsonl line 7: ...`. */
  readonly warnings: string[];
}

export function readHistory(env?: NodeJS.ProcessEnv): HistoryRead {
  const file = historyFile(env);
  if (!existsSync(file)) return { entries: [], warnings: [] };
  const entries: HistoryEntry[] = [];
  const reviews: ReviewEntry[] = [];
  const warnings: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${file} line ${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        warnings.push(`${where}: not valid JSON; skipped`);
        return;
      }
      const parsed = historyLineSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        warnings.push(`${where}: ${issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'not a history entry'}; skipped`);
        return;
      }
      if (parsed.data.kind === 'review') reviews.push(parsed.data);
      else entries.push(parsed.data);
    });
  return { entries: withReviews(entries, reviews), warnings };
}

/** Each mock with the latest review given for its session, if any. */
function withReviews(entries: HistoryEntry[], reviews: readonly ReviewEntry[]): HistoryEntry[] {
  if (reviews.length === 0) return entries;
  const latest = new Map<string, number>();
  for (const r of [...reviews].sort((a, b) => a.at.localeCompare(b.at))) latest.set(r.session, r.reviewed_score);
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
