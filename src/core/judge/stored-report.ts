import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { systemReason } from '../fs-fault.js';
import { isJudgedMock } from '../mock/sealed.js';
import { hldHome } from '../paths.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
import { readRegularFile } from '../regular-file.js';
import { writeFileAtomic } from '../session/atomic-write.js';
import type { Session } from '../session/schema.js';
import type { Framework } from '../template/schema.js';
import type { SessionReport } from './report.js';
import { applyReview } from './review.js';

/**
 * A session's report is judged once and kept, so `hld report`, `hld export`
 * and reopening a finished mock show it without loading the language model
 * again (judging takes a second or two; showing a kept report, milliseconds).
 *
 * Each report is kept under a key made of what it was judged from. For a
 * practice session that is the session's content, the problem, the framework,
 * the prices and the build of hld: change any of them and the next report is
 * judged again. A mock that is over is sealed as judged (mock/sealed.ts), so
 * its key is its answer alone: the report it was given when it ended is the
 * one it keeps, even after an upgrade of hld changes how notes are judged,
 * and its report, its export and the history never disagree.
 *
 * The candidate's review is not part of what is kept: it is applied to the
 * kept report each time, as choices stored in the session.
 */

/** Raised when SessionReport changes shape: a report kept in an older shape is judged again. */
const REPORT_FORMAT = 1;
/** Set by scripts/build.mjs to a fingerprint of the code and the shipped data; 'source' when run from src/ (tests). */
const BUILD = process.env['HLD_BUILD_ID'] ?? 'source';
/** A kept report is a few tens of KiB; a file far past that was not written by hld. */
const MAX_STORED_BYTES = 8 * 1024 * 1024;

export const reportsDir = (env?: NodeJS.ProcessEnv): string => join(hldHome(env), 'reports');
const storedReportFile = (env: NodeJS.ProcessEnv | undefined, sessionId: string): string => join(reportsDir(env), `${sessionId}.json`);

export interface JudgedReport {
  /** The report with the session's review applied. */
  readonly report: SessionReport;
  /** True when it was judged now; false when a kept report was shown. */
  readonly judgedNow: boolean;
  /** Why a report judged now could not be kept (the next one judges again); undefined when it was kept. */
  readonly unstored?: string;
}

export interface JudgedReportOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly prices?: PriceTable;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What the report on `session` is judged from, as one digest. */
export function reportKey(session: Session, problem: Problem, framework: Framework, prices?: PriceTable): string {
  const { review: _review, updated_at: _updated, ...judged } = session;
  const from = isJudgedMock(session)
    ? { format: REPORT_FORMAT, sealed: true, judged, problem: problem.id, framework: framework.id }
    : { format: REPORT_FORMAT, build: BUILD, judged, problem, framework, prices: prices ?? null };
  return sha256(JSON.stringify(from));
}

/** The report kept for `key`, or undefined when there is none, it was judged from something else, or its file is damaged. */
function readStored(file: string, key: string): SessionReport | undefined {
  const read = readRegularFile(file, MAX_STORED_BYTES);
  if (!read.ok) return undefined;
  try {
    const stored = JSON.parse(read.text) as { format?: unknown; key?: unknown; digest?: unknown; report?: unknown };
    if (stored.format !== REPORT_FORMAT || stored.key !== key || typeof stored.report !== 'object' || stored.report === null) return undefined;
    // The digest catches a file cut short or edited: such a report is judged again rather than shown.
    return sha256(JSON.stringify(stored.report)) === stored.digest ? (stored.report as SessionReport) : undefined;
  } catch {
    return undefined;
  }
}

/** Keep `report` (as judged, before any review); the reason it could not be kept, or undefined. */
function store(file: string, key: string, report: SessionReport): string | undefined {
  const body = JSON.stringify(report);
  try {
    // Not recursive: the folder goes beside the sessions, in an hld home that exists (a test's made-up home is left alone).
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), { mode: 0o700 });
    // Not durable: a report torn by a power cut fails its digest and is judged again.
    writeFileAtomic(file, `{"format":${REPORT_FORMAT},"key":"${key}","digest":"${sha256(body)}","report":${body}}\n`, { durable: false });
    return undefined;
  } catch (error) {
    return `could not keep the report in ${dirname(file)} (${systemReason(error)}); the next report judges the notes again`;
  }
}

/**
 * The report on `session`: the kept one when it was judged from exactly this,
 * else judged now (the judgement and its language model are imported only
 * then) and kept for next time.
 */
export async function judgedReport(session: Session, problem: Problem, framework: Framework, options: JudgedReportOptions = {}): Promise<JudgedReport> {
  const key = reportKey(session, problem, framework, options.prices);
  const file = storedReportFile(options.env, session.id);
  const reviewed = (report: SessionReport) => (session.review ? applyReview(report, session.review.verdicts) : report);
  const kept = readStored(file, key);
  if (kept) return { report: reviewed(kept), judgedNow: false };
  const { buildReport } = await import('./report.js');
  const { review: _review, ...unreviewed } = session;
  const report = await buildReport(unreviewed, problem, framework, options.prices ? { prices: options.prices } : {});
  const unstored = store(file, key, report);
  return { report: reviewed(report), judgedNow: true, ...(unstored ? { unstored } : {}) };
}

/** Forget the report kept for a session (it is deleted); a report that cannot be removed is harmless, as its key no longer matches anything. */
export function forgetStoredReport(sessionId: string, env?: NodeJS.ProcessEnv): void {
  try {
    rmSync(storedReportFile(env, sessionId), { force: true });
  } catch {
    // Left behind: nothing reads it without its session.
  }
}
