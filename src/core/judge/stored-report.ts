import { dirname, join } from 'node:path';
import { BUILD_ID } from '../build-id.js';
import { forgetKept, readKept, sha256, writeKept } from '../kept-file.js';
import { isJudgedMock } from '../mock/sealed.js';
import { hldHome } from '../paths.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
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
const KEPT_REPORT = { format: REPORT_FORMAT, field: 'report' } as const;

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

/** What the report on `session` is judged from, as one digest. */
export function reportKey(session: Session, problem: Problem, framework: Framework, prices?: PriceTable): string {
  const { review: _review, updated_at: _updated, ...judged } = session;
  const from = isJudgedMock(session)
    ? { format: REPORT_FORMAT, sealed: true, judged, problem: problem.id, framework: framework.id }
    : { format: REPORT_FORMAT, build: BUILD_ID, judged, problem, framework, prices: prices ?? null };
  return sha256(JSON.stringify(from));
}

/** Keep `report` (as judged, before any review); the reason it could not be kept, or undefined. */
function store(file: string, key: string, report: SessionReport): string | undefined {
  const failed = writeKept(file, KEPT_REPORT, key, JSON.stringify(report));
  return failed === undefined ? undefined : `could not keep the report in ${dirname(file)} (${failed}); the next report judges the notes again`;
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
  const kept = readKept(file, KEPT_REPORT, key) as SessionReport | undefined;
  if (kept) return { report: reviewed(kept), judgedNow: false };
  const { buildReport } = await import('./report.js');
  const { review: _review, ...unreviewed } = session;
  const report = await buildReport(unreviewed, problem, framework, options.prices ? { prices: options.prices } : {});
  const unstored = store(file, key, report);
  return { report: reviewed(report), judgedNow: true, ...(unstored ? { unstored } : {}) };
}

/** Forget the report kept for a session (it is deleted); a report that cannot be removed is harmless, as its key no longer matches anything. */
export function forgetStoredReport(sessionId: string, env?: NodeJS.ProcessEnv): void {
  forgetKept(storedReportFile(env, sessionId));
}
