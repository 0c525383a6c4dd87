import type { Conventions } from '../core/conventions.js';
import { HldError, UsageError } from '../core/errors.js';
import { formatClock, isTimeUp, remainingSeconds } from '../core/mock/clock.js';
import { isJudgedMock, judgedMockLine } from '../core/mock/sealed.js';
import { loadPrices } from '../core/prices/load.js';
import { loadAllProblems, loadProblem } from '../core/problem/load.js';
import { problemFromArgs } from './problem-arg.js';
import type { Problem } from '../core/problem/schema.js';
import { closeProblem, type SessionStore } from '../core/session/session-store.js';
import { listingProblems } from '../core/session/list.js';
import { createSession, listSessions, loadSession, openSession, sessionsUnwritable } from '../core/session/store.js';
import { listFrameworks, loadFramework } from '../core/template/load.js';
import type { Framework } from '../core/template/schema.js';
import type { HomeData } from '../ui/home/state.js';
import type { PlainOutput } from '../ui/plain/stdin-prompter.js';
import { holdFullScreen } from '../ui/terminal.js';
import type { Output } from './output.js';
import { byCodeUnits } from '../core/order.js';

/**
 * The order of the interactive screens, in one place:
 *
 *   home -> practice (or a mock) -> [after a mock: judging -> review -> report]
 *
 * Each screen is a leaf under src/ui that shows one thing and resolves with a
 * result; this module decides what comes next, opens and closes the session
 * (its store, src/core/session/session-store.ts, is the one place it lives
 * meanwhile), records the mock in the history, and says how it went through
 * the command's Output. The commands (home, practice, mock, resume) only
 * parse their arguments and call runFlow.
 */

export type FlowStart =
  /** Bare `hld`: the home screen chooses what follows. */
  | { readonly kind: 'home' }
  /** A new session on the practice screen (`hld practice`), or walked with plain prompts (`--plain`). */
  | { readonly kind: 'practice'; readonly problem: Problem; readonly framework: Framework; readonly plain?: boolean; readonly conventions?: Conventions | undefined }
  /** A new timed mock (`hld mock`). */
  | { readonly kind: 'mock'; readonly problem: Problem; readonly framework: Framework; readonly minutes: number; readonly conventions?: Conventions | undefined }
  /**
   * A saved session (`hld resume`, the home screen's resume list, `hld mock --resume`).
   * `mock`: it must be a mock, and one that is over shows its report again.
   */
  | { readonly kind: 'resume'; readonly id: string; readonly only?: 'mock'; readonly plain?: boolean };

export interface FlowContext {
  readonly env: NodeJS.ProcessEnv;
  readonly output: Output;
}

/** Run the screens from `start` to the end; returns the exit code (1 when the work could not be saved where it belongs). */
export async function runFlow(start: FlowStart, { env, output }: FlowContext): Promise<number> {
  let next = start;
  if (next.kind === 'home') {
    const { showHome } = await import('../ui/home/show-home.js');
    const data = await loadHomeData(env);
    const choice = await showHome(data, env);
    if (!choice) return 0;
    // A finished mock chosen on the home screen opens its report (and its review, until one is saved), as hld mock --resume does.
    const over = choice.kind === 'resume' && data.sessions.some((s) => s.id === choice.id && s.mockOver);
    // A problem picked on the home screen is checked as one named on the command line: a typo in your own is one line, before a session is saved.
    next = choice.kind === 'new' ? { kind: 'practice', problem: await problemFromArgs(choice.problem, env), framework: loadFramework(choice.framework) } : { kind: 'resume', id: choice.id, ...(over ? { only: 'mock' as const } : {}) };
  }
  const sitting = await openSitting(next, env, output);
  let said: string | undefined;
  try {
    said = await sit(sitting, next, env, output);
  } finally {
    // Closing is the final save; when it fails, the rescue copy is named here instead of "saved".
    const problem = closeProblem(sitting.store, sitting.store.close());
    if (problem) {
      output.err(`hld: ${problem}`);
      said = undefined;
    }
    if (said) output.out(said);
  }
  return said ? 0 : 1;
}

interface Sitting {
  readonly store: SessionStore;
  readonly problem: Problem;
  readonly framework: Framework;
}

/** Open (or create) the session a start names; the problem and framework load first, so a failure leaves no lock behind. */
async function openSitting(start: Exclude<FlowStart, { kind: 'home' }>, env: NodeJS.ProcessEnv, output: Output): Promise<Sitting> {
  switch (start.kind) {
    case 'practice':
      return { ...start, store: createSession({ problem: start.problem.id, framework: start.framework.id, mode: 'practice', conventions: start.conventions }, env) };
    case 'mock':
      return {
        ...start,
        store: createSession({ problem: start.problem.id, framework: start.framework.id, mode: 'mock', mockMinutes: start.minutes, conventions: start.conventions }, env),
      };
    case 'resume': {
      const saved = await loadSession(start.id, env, (line) => output.err(`hld: ${line}`));
      if (start.only === 'mock' && (saved.mode !== 'mock' || !saved.mock)) {
        throw new UsageError(`session ${saved.id} is a practice session, not a mock; open it with: hld resume ${saved.id}`);
      }
      const problem = loadProblem(saved.problem, env);
      const framework = loadFramework(saved.framework);
      return { store: await openSession(saved.id, env), problem, framework };
    }
  }
}

/** The screens of one sitting; resolves with the line to print once the session is safely closed. */
async function sit({ store, problem, framework }: Sitting, start: Exclude<FlowStart, { kind: 'home' }>, env: NodeJS.ProcessEnv, output: Output): Promise<string> {
  if ((start.kind === 'practice' || start.kind === 'resume') && start.plain) {
    // A mock runs on its clock, which only the practice screen keeps; one that is over is sealed as judged.
    const clock = store.session.mock;
    if (clock && !isTimeUp(clock)) throw new UsageError(`session ${store.id} is a mock with time left; continue it on the practice screen: hld mock --resume ${store.id}`);
    if (isJudgedMock(store.session)) throw new UsageError(`hld ${start.kind} --plain: ${judgedMockLine(store.session)}`);
    const { showPlainPractice } = await import('../ui/plain/plain-walk.js');
    await showPlainPractice(store, problem, framework, env, plainOutput(output), `hld ${start.kind} --plain`);
    return savedMessage(store.id, ' --plain');
  }
  // One alternate screen for the whole sitting: between two screens (the mock, judging, the review, the report) the terminal behind never shows.
  const release = holdFullScreen();
  try {
    return await fullScreens(store, problem, framework, start, env, output);
  } finally {
    release();
  }
}

async function fullScreens(store: SessionStore, problem: Problem, framework: Framework, start: Exclude<FlowStart, { kind: 'home' }>, env: NodeJS.ProcessEnv, output: Output): Promise<string> {
  const mockOver = (): boolean => store.session.mock !== undefined && isTimeUp(store.session.mock);
  // `hld mock --resume` on a mock that is over shows its report again, and offers the review until one is saved (`hld resume` opens its notes instead).
  const reportOnly = start.kind === 'resume' && start.only === 'mock' && mockOver();
  if (!reportOnly) {
    const { showPractice } = await import('../ui/practice/show-practice.js');
    const outcome = await showPractice({ store, problem, framework, env });
    // Quit, or ended by a signal: saved for later. Only a mock whose time ran out in this sitting goes on to its report.
    if (outcome.kind !== 'time-up') {
      const clock = store.session.mock;
      if (clock && !isTimeUp(clock)) return mockStoppedMessage(store.id, remainingSeconds(clock));
      // A finished mock reopened to read its notes: nothing of it changed; its report and review are one command away.
      return clock ? `Mock ${store.id} is over (read-only). See its report${store.session.review ? '' : ' and review it'} with: hld mock --resume ${store.id}` : savedMessage(store.id);
    }
  }

  return afterTheMock(store, problem, framework, env, output);
}

/**
 * A mock that is over: its notes judged (under a "judging" frame: the language
 * model takes a second to load), the mock recorded in the history once, the
 * review of its verdicts (offered until one is saved), then the report with
 * the suggested and the reviewed score side by side.
 */
async function afterTheMock(store: SessionStore, problem: Problem, framework: Framework, env: NodeJS.ProcessEnv, output: Output): Promise<string> {
  const { showJudging } = await import('../ui/mock/show-judging.js');
  const { judgedReport } = await import('../core/judge/stored-report.js');
  // Judged once, when the mock ends, and kept: reopening it, hld report and hld export show the same report without judging again.
  const judged = await showJudging(`Mock over · ${problem.title}`, () => judgedReport(store.session, problem, framework, { env, prices: loadPrices({ env }) }), env);
  if ('signal' in judged) return mockOverMessage(store.id);
  let report = judged.value.report;
  const unstored = judged.value.unstored;
  const { mockEntry } = await import('../core/history/entries.js');
  const { recordMockOnce, recordReview } = await import('../core/history/store.js');
  // A history that cannot be written must not cost the user the review or the report: show them, and say it was not recorded.
  let unrecorded: HldError | undefined;
  const record = (write: () => void): void => {
    try {
      write();
    } catch (error) {
      if (!(error instanceof HldError)) throw error;
      unrecorded ??= error;
    }
  };
  record(() => recordMockOnce(mockEntry(report), env));

  if (!store.session.review) {
    const { showReview } = await import('../ui/review/show-review.js');
    const review = await showReview(report, env);
    if (review.kind === 'signal') return mockOverMessage(store.id);
    if (review.kind === 'reviewed') {
      const { applyReview } = await import('../core/judge/report.js');
      // The session keeps the choices (hld report and the export apply them); the history keeps the reviewed score.
      store.update({ review: { verdicts: { ...review.choices }, reviewed_at: new Date().toISOString() } });
      report = applyReview(report, review.choices);
      const reviewed = report;
      record(() => recordReview({ problem: reviewed.problemId, session: reviewed.sessionId, reviewed_score: reviewed.reviewedScore ?? reviewed.score }, env));
    }
  }

  const { renderMockReportText } = await import('../core/mock/report-render.js');
  const { showReport } = await import('../ui/mock/show-report.js');
  await showReport(`Mock report · ${scoresText(report)} · ${report.problemTitle}`, renderMockReportText(report), env);
  if (unrecorded) output.err(`hld: ${unrecorded.message}`);
  if (unstored) output.err(`hld: ${unstored}`);
  if (report.reviewedScore === null) {
    const recorded = unrecorded ? 'not recorded in your history' : 'recorded in your history (hld history)';
    return `Mock ${store.id}: ${report.score}/100 suggested, ${recorded}. Review its verdicts with: hld mock --resume ${store.id}. Export it with: hld export ${store.id}`;
  }
  const recorded = unrecorded ? 'not recorded in your history' : 'both recorded in your history (hld history)';
  return `Mock ${store.id}: ${report.score}/100 suggested, ${report.reviewedScore}/100 after your review; ${recorded}. Export it with: hld export ${store.id}`;
}

/** "78/100 suggested · 81/100 reviewed", or "78/100 suggested · not reviewed". */
const scoresText = (report: { score: number; reviewedScore: number | null }): string =>
  `${report.score}/100 suggested · ${report.reviewedScore === null ? 'not reviewed' : `${report.reviewedScore}/100 reviewed`}`;

const mockOverMessage = (id: string): string => `Mock ${id} is over. See its report (and review it) with: hld mock --resume ${id}`;

/** The command's Output as the plain walk writes to it: lines, and prompts answered on the same line. */
export const plainOutput = (output: Output): PlainOutput => ({
  line: (text) => output.out(text),
  ...(output.prompt ? { prompt: (text: string) => output.prompt!(text) } : {}),
});

export const savedMessage = (id: string, flags = ''): string => `Saved session ${id}. Continue it with: hld resume ${id}${flags}`;

const mockStoppedMessage = (id: string, left: number): string => `Mock ${id} stopped with ${formatClock(left)} left. Continue it with: hld mock --resume ${id}`;

/**
 * What the home screen lists: problems (and those that failed to load),
 * frameworks, sessions to resume (newest first), and what is wrong with the
 * sessions folder: files set aside or skipped, or a folder that cannot take
 * a new session (said before anything is typed).
 */
export async function loadHomeData(env: NodeJS.ProcessEnv): Promise<HomeData> {
  const listings = loadAllProblems(env);
  const sessions = await listSessions(env);
  const unsaveable = sessionsUnwritable(env);
  const mockScores = sessions.sessions.some((s) => s.mockOver) ? await scoresOfMocks(env) : new Map<string, { score: number; reviewedScore: number | null }>();
  return {
    problems: listings.flatMap((l) => (l.problem ? [{ id: l.problem.id, title: l.problem.title, summary: l.problem.summary }] : [])),
    broken: listings.flatMap((l) => (l.error ? [{ id: l.entry.id, error: l.error }] : [])),
    frameworks: listFrameworks().map((f) => ({ id: f.id, title: f.title, summary: f.summary })),
    sessions: [...sessions.sessions].sort((a, b) => byCodeUnits(b.updatedAt, a.updatedAt)).map((s) => ({ ...s, ...(s.mockOver ? mockScores.get(s.id) : {}) })),
    sessionProblems: [...(unsaveable ? [unsaveable] : []), ...listingProblems(sessions)],
  };
}

/** Each recorded mock's suggested and reviewed score, by session; a history that cannot be read lists them without (hld history says why). */
async function scoresOfMocks(env: NodeJS.ProcessEnv): Promise<Map<string, { score: number; reviewedScore: number | null }>> {
  const { readHistory } = await import('../core/history/store.js');
  const scores = new Map<string, { score: number; reviewedScore: number | null }>();
  try {
    for (const e of readHistory(env).entries) if (e.kind === 'mock') scores.set(e.session, { score: e.score, reviewedScore: e.reviewed_score ?? null });
  } catch (error) {
    if (!(error instanceof HldError)) throw error;
  }
  return scores;
}
