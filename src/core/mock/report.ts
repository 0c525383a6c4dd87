import type { Problem } from '../problem/schema.js';
import type { Session } from '../session/schema.js';
import type { Framework } from '../template/schema.js';
import type { ReportOptions, SessionReport } from '../judge/report.js';

/**
 * The report at the end of a mock: the session report of
 * src/core/judge/report.ts. The judgement (with the estimate engine and the
 * NLP model) is imported only when a report is made, so the mock screen
 * draws without loading any of it.
 */
export type MockReport = SessionReport;

export async function buildMockReport(session: Session, problem: Problem, framework: Framework, options?: ReportOptions): Promise<MockReport> {
  const { buildReport } = await import('../judge/report.js');
  return buildReport(session, problem, framework, options);
}
