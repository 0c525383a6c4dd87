import { buildMockReport, type MockReport } from '../../core/mock/report.js';
import { renderMockReportText } from '../../core/mock/report-render.js';
import { formatClock, remainingSeconds } from '../../core/mock/clock.js';
import { mockEntry } from '../../core/history/entries.js';
import { recordMockOnce } from '../../core/history/store.js';
import type { Problem } from '../../core/problem/schema.js';
import { UsageError } from '../../core/errors.js';
import { loadProblem } from '../../core/problem/load.js';
import { installExitFlush, loadSession, openSession } from '../../core/session/store.js';
import { loadFramework } from '../../core/template/load.js';
import type { SessionHandle } from '../../core/session/store-api.js';
import type { Framework } from '../../core/template/schema.js';
import { runFullScreen } from '../full-screen.js';
import { MockController } from './controller.js';
import { MOCK_CLOCK_WIDTH, MockClock } from './mock-clock.js';
import { TextPager } from './text-pager.js';

export interface MockOutcome {
  readonly sessionId: string;
  /** Set when the mock is over (time up or ended); undefined when the user left it for later. */
  readonly report?: MockReport;
  /** Seconds left when the user left it for later. */
  readonly remainingSeconds: number;
}

/** The report as a full-screen, scrollable view; resolves when the user closes it. */
export async function showMockReport(report: MockReport, env: NodeJS.ProcessEnv): Promise<void> {
  await runFullScreen(<TextPager title={`Mock report · ${report.problemTitle} · ${report.score}/100`} text={renderMockReportText(report)} />, env);
}

/**
 * Sit a mock on an open session: the practice screen with the countdown in
 * its header, then, once time is up or the user ends it, the report, which
 * is recorded in the history once. Leaving early (q, Ctrl-C) keeps the clock
 * where it stopped for the next sitting. Closes the handle.
 */
export async function runMockSession(handle: SessionHandle, problem: Problem, framework: Framework, env: NodeJS.ProcessEnv): Promise<MockOutcome> {
  const controller = new MockController(handle, framework);
  const uninstall = installExitFlush(handle);
  try {
    if (!controller.timeUp) {
      const { launchPractice } = await import('../launch.js');
      await launchPractice({
        handle: controller.handle,
        problem,
        framework,
        env,
        headerExtra: <MockClock controller={controller} />,
        headerExtraWidth: MOCK_CLOCK_WIDTH,
        onCommand: (command) => {
          if (command === 'mock-pause') controller.togglePause();
          if (command === 'mock-end') controller.requestEnd();
        },
        // Time up, or the mock ended with Ctrl+X twice: the screen closes and the report opens.
        closeWhen: { subscribe: controller.subscribe, requested: () => controller.timeUp },
      });
    }
    handle.flush();
    const session = controller.session;
    if (!controller.timeUp) return { sessionId: session.id, remainingSeconds: remainingSeconds(session.mock!) };
    const report = await buildMockReport(session, problem, framework);
    recordMockOnce(mockEntry(report), env);
    await showMockReport(report, env);
    return { sessionId: session.id, report, remainingSeconds: 0 };
  } finally {
    uninstall();
    handle.close();
  }
}

/**
 * Reopen a saved mock by id with its clock where it stopped (or its report,
 * if it is over). For `hld mock --resume` and for `hld resume` / the home
 * screen when the session they open is a mock.
 */
export async function resumeMockSession(id: string, env: NodeJS.ProcessEnv): Promise<MockOutcome> {
  const saved = loadSession(id, env);
  if (saved.mode !== 'mock' || !saved.mock) throw new UsageError(`session ${id} is a practice session, not a mock; open it with: hld resume ${id}`);
  // Problem and framework load before the session is opened, so a failure leaves no lock behind.
  const problem = loadProblem(saved.problem, env);
  const framework = loadFramework(saved.framework);
  return runMockSession(openSession(id, env), problem, framework, env);
}

/** The line printed after a mock. */
export function mockOutcomeMessage(outcome: MockOutcome): string {
  if (outcome.report) {
    return `Mock ${outcome.sessionId}: ${outcome.report.score}/100, recorded in your history (hld history). Export it with: hld export ${outcome.sessionId}`;
  }
  return `Mock ${outcome.sessionId} stopped with ${formatClock(outcome.remainingSeconds)} left. Continue it with: hld mock --resume ${outcome.sessionId}`;
}
