import type { Framework } from '../template/schema.js';
import type { MockClock, Session } from '../session/schema.js';

/**
 * The mock-interview clock as pure functions over `session.mock`.
 *
 * Time only moves when something calls `tick`: the UI ticks once a second
 * while the screen is open and the clock is running. Nothing here reads the
 * wall clock, so a mock closed at 12:30 and reopened the next day carries on
 * from 12:30 of interview time.
 */

export const DEFAULT_MOCK_MINUTES = 45;
/** Shorter than this is not an interview; longer is not one sitting. */
export const MIN_MOCK_MINUTES = 1;
export const MAX_MOCK_MINUTES = 240;

export function newMockClock(minutes: number): MockClock {
  return { total_seconds: Math.round(minutes * 60), elapsed_seconds: 0, paused: false, finished: false };
}

export function remainingSeconds(clock: MockClock): number {
  return Math.max(0, clock.total_seconds - clock.elapsed_seconds);
}

export function isTimeUp(clock: MockClock): boolean {
  return clock.finished || clock.elapsed_seconds >= clock.total_seconds;
}

/** True while ticks count: neither paused nor over. */
export function isRunning(clock: MockClock): boolean {
  return !clock.paused && !isTimeUp(clock);
}

/** Advance by `seconds` of interview time; a paused or finished clock does not move. */
export function tick(clock: MockClock, seconds: number): MockClock {
  if (!isRunning(clock) || !(seconds > 0)) return clock;
  const elapsed = Math.min(clock.total_seconds, clock.elapsed_seconds + seconds);
  return { ...clock, elapsed_seconds: elapsed, finished: elapsed >= clock.total_seconds };
}

export function pause(clock: MockClock): MockClock {
  return clock.paused || isTimeUp(clock) ? clock : { ...clock, paused: true };
}

export function resume(clock: MockClock): MockClock {
  return clock.paused ? { ...clock, paused: false } : clock;
}

export function togglePause(clock: MockClock): MockClock {
  return clock.paused ? resume(clock) : pause(clock);
}

/** End the mock now (the user is done early); the elapsed time stays as it was. */
export function finish(clock: MockClock): MockClock {
  return clock.finished ? clock : { ...clock, finished: true, paused: false };
}

export type ClockAction =
  | { readonly type: 'tick'; readonly seconds: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'toggle-pause' }
  | { readonly type: 'finish' };

export function clockReducer(clock: MockClock, action: ClockAction): MockClock {
  switch (action.type) {
    case 'tick':
      return tick(clock, action.seconds);
    case 'pause':
      return pause(clock);
    case 'resume':
      return resume(clock);
    case 'toggle-pause':
      return togglePause(clock);
    case 'finish':
      return finish(clock);
  }
}

export interface StepBudget {
  readonly stepId: string;
  readonly title: string;
  readonly seconds: number;
}

/**
 * Each step's share of the mock, from the template's budgets scaled to the
 * chosen length. Whole seconds, and they add up to the total exactly
 * (largest remainders get the spare seconds), so the report's columns sum.
 */
export function stepBudgets(framework: Framework, totalSeconds: number): StepBudget[] {
  const scale = totalSeconds / (framework.total_minutes * 60);
  const exact = framework.steps.map((step) => step.budget_minutes * 60 * scale);
  const floors = exact.map(Math.floor);
  let spare = totalSeconds - floors.reduce((sum, s) => sum + s, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (spare <= 0) break;
    floors[index] = floors[index]! + 1;
    spare--;
  }
  return framework.steps.map((step, i) => ({ stepId: step.id, title: step.title, seconds: floors[i]! }));
}

/** The length step budgets are scaled to: a mock's own, else the template's (the budgets as written). */
export function sessionLengthSeconds(session: Pick<Session, 'mock'>, framework: Framework): number {
  return session.mock?.total_seconds ?? framework.total_minutes * 60;
}

export interface StepTime {
  readonly stepId: string;
  readonly title: string;
  readonly budgetSeconds: number;
  readonly spentSeconds: number;
  readonly overBy: number;
  readonly over: boolean;
}

/** Spent against budget for every step of a session's framework. */
export function stepTimes(session: Pick<Session, 'time_spent'>, framework: Framework, totalSeconds: number): StepTime[] {
  return stepBudgets(framework, totalSeconds).map((budget) => {
    const spent = session.time_spent[budget.stepId] ?? 0;
    const overBy = Math.max(0, spent - budget.seconds);
    return { stepId: budget.stepId, title: budget.title, budgetSeconds: budget.seconds, spentSeconds: spent, overBy, over: overBy > 0 };
  });
}

/** The step the session is on; past the end (a template that lost steps) counts as the last one. */
function currentStep(session: Session, framework: Framework): Framework['steps'][number] | undefined {
  return framework.steps[session.current_step] ?? framework.steps[framework.steps.length - 1];
}

/** The current step's time, or undefined when the session is not a mock. */
export function currentStepTime(session: Session, framework: Framework): StepTime | undefined {
  if (!session.mock) return undefined;
  const step = currentStep(session, framework);
  if (!step) return undefined;
  return stepTimes(session, framework, session.mock.total_seconds).find((t) => t.stepId === step.id);
}

/**
 * One tick applied to a whole session: the mock clock moves and the current
 * step is charged for the time. A paused or finished mock is left untouched
 * (the same object comes back, so callers can skip a save).
 */
export function tickSession(session: Session, framework: Framework, seconds: number): Session {
  const clock = session.mock;
  if (!clock || !isRunning(clock) || !(seconds > 0)) return session;
  const next = tick(clock, seconds);
  const charged = next.elapsed_seconds - clock.elapsed_seconds;
  const step = currentStep(session, framework);
  const timeSpent = step ? { ...session.time_spent, [step.id]: (session.time_spent[step.id] ?? 0) + charged } : session.time_spent;
  return { ...session, mock: next, time_spent: timeSpent };
}

/** Apply a clock action to a session's mock clock (no-op for practice sessions). */
export function updateSessionClock(session: Session, action: ClockAction, framework?: Framework): Session {
  if (!session.mock) return session;
  if (action.type === 'tick') return framework ? tickSession(session, framework, action.seconds) : { ...session, mock: tick(session.mock, action.seconds) };
  const next = clockReducer(session.mock, action);
  return next === session.mock ? session : { ...session, mock: next };
}

/** `45:00`, `7:05`, `1:02:03`; negative shows as 0:00. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
