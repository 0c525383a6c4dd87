import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  currentStepTime,
  formatClock,
  isTimeUp,
  newMockClock,
  pause,
  remainingSeconds,
  resume,
  stepBudgets,
  tick,
  tickSession,
  updateSessionClock,
} from '../../../src/core/mock/clock.js';
import { startTicker } from '../../../src/core/mock/ticker.js';
import { sessionSchema, type Session } from '../../../src/core/session/schema.js';
import { mockSession } from './session-fixture.js';
import { loadFramework } from '../../../src/core/template/load.js';

const hld14 = loadFramework('hld14');
const reshaded = loadFramework('reshaded');

/** What a restart does: the session goes to disk as YAML and comes back through the schema. */
const roundTrip = (session: Session): Session => sessionSchema.parse(parse(stringify(session)));

describe('step budgets', () => {
  it('scale the template budgets to the chosen length and add up exactly', () => {
    for (const framework of [hld14, reshaded]) {
      for (const minutes of [1, 7, 30, 45, 60]) {
        const budgets = stepBudgets(framework, minutes * 60);
        expect(budgets.reduce((sum, b) => sum + b.seconds, 0)).toBe(minutes * 60);
        expect(budgets.map((b) => b.stepId)).toEqual(framework.steps.map((s) => s.id));
      }
    }
  });

  it('keep the template minutes at the template length and halve them at half length', () => {
    const full = stepBudgets(hld14, hld14.total_minutes * 60);
    hld14.steps.forEach((step, i) => expect(full[i]!.seconds).toBe(step.budget_minutes * 60));
    const half = stepBudgets(hld14, (hld14.total_minutes * 60) / 2);
    expect(half[0]!.seconds).toBe(hld14.steps[0]!.budget_minutes * 30);
  });
});

describe('the clock', () => {
  it('counts ticks, stops at the total and reports time up', () => {
    let clock = newMockClock(1);
    clock = tick(clock, 45);
    expect(remainingSeconds(clock)).toBe(15);
    expect(isTimeUp(clock)).toBe(false);
    clock = tick(clock, 30);
    expect(clock.elapsed_seconds).toBe(60);
    expect(clock.finished).toBe(true);
    expect(tick(clock, 5)).toBe(clock);
  });

  it('does not move while paused and continues after resume', () => {
    let clock = tick(newMockClock(10), 100);
    clock = pause(clock);
    expect(tick(clock, 50).elapsed_seconds).toBe(100);
    clock = tick(resume(clock), 50);
    expect(clock.elapsed_seconds).toBe(150);
  });

  it('formats the countdown', () => {
    expect(formatClock(45 * 60)).toBe('45:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(-3)).toBe('0:00');
  });
});

describe('the clock under a real ticker (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function run(session: Session): { get: () => Session; set: (s: Session) => void; stop: () => void } {
    let current = session;
    const ticker = startTicker((seconds) => {
      current = tickSession(current, hld14, seconds);
    });
    return { get: () => current, set: (s) => (current = s), stop: () => ticker.stop() };
  }

  it('charges the current step and flags it over budget once its share is used', () => {
    const live = run(mockSession(45));
    const budget = stepBudgets(hld14, 45 * 60)[0]!.seconds;
    vi.advanceTimersByTime(budget * 1000);
    expect(currentStepTime(live.get(), hld14)!.over).toBe(false);
    vi.advanceTimersByTime(1000);
    const step = currentStepTime(live.get(), hld14)!;
    expect(step.over).toBe(true);
    expect(step.overBy).toBe(1);
    // Moving on charges the next step, not the one already over.
    live.set({ ...live.get(), current_step: 1 });
    vi.advanceTimersByTime(10_000);
    expect(live.get().time_spent[hld14.steps[0]!.id]).toBe(budget + 1);
    expect(live.get().time_spent[hld14.steps[1]!.id]).toBe(10);
    expect(live.get().mock!.elapsed_seconds).toBe(budget + 11);
    live.stop();
  });

  it('stands still while paused', () => {
    const live = run(mockSession(45));
    vi.advanceTimersByTime(5000);
    live.set(updateSessionClock(live.get(), { type: 'pause' }));
    vi.advanceTimersByTime(60_000);
    expect(live.get().mock!.elapsed_seconds).toBe(5);
    live.set(updateSessionClock(live.get(), { type: 'resume' }));
    vi.advanceTimersByTime(3000);
    expect(live.get().mock!.elapsed_seconds).toBe(8);
    live.stop();
  });

  it('resumes after a restart where it stopped, not from the wall clock', () => {
    const first = run(mockSession(1));
    vi.advanceTimersByTime(40_000);
    first.stop();
    const saved = roundTrip(first.get());
    // A day passes on the wall clock between the two sittings.
    vi.setSystemTime(Date.now() + 86_400_000);
    vi.advanceTimersByTime(3_600_000);
    expect(saved.mock!.elapsed_seconds).toBe(40);

    const second = run(saved);
    vi.advanceTimersByTime(15_000);
    expect(remainingSeconds(second.get().mock!)).toBe(5);
    vi.advanceTimersByTime(10_000);
    expect(second.get().mock!.finished).toBe(true);
    expect(second.get().mock!.elapsed_seconds).toBe(60);
    // Time after the end is charged to nobody.
    const spent = Object.values(second.get().time_spent).reduce((a, b) => a + b, 0);
    expect(spent).toBe(60);
    second.stop();
  });
});
