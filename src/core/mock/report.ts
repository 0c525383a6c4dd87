import type { Problem } from '../problem/schema.js';
import type { Session } from '../session/schema.js';
import type { Framework } from '../template/schema.js';
import { buildReport, type ReportOptions, type SessionReport } from '../judge/report.js';

/**
 * The report at the end of a mock. It is the session report of
 * src/core/judge/report.ts; building it loads the NLP model the first time,
 * so it is asynchronous.
 */
export type MockReport = SessionReport;

export function buildMockReport(session: Session, problem: Problem, framework: Framework, options?: ReportOptions): Promise<MockReport> {
  return buildReport(session, problem, framework, options);
}
