import { render } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { newMockClock, stepBudgets } from '../../../src/core/mock/clock.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { END_CONFIRM_SECONDS, MockController } from '../../../src/ui/mock/controller.js';
import { clockText, MOCK_CLOCK_WIDTH, MockClock } from '../../../src/ui/mock/mock-clock.js';
import { pagerMove } from '../../../src/ui/mock/text-pager.js';
import { memoryHandle } from '../../../src/ui/session/memory-handle.js';
import { PLAIN_THEME, ThemeContext } from '../../../src/ui/theme.js';
import { waitForText } from '../ink-helpers.js';
import { key, makeSession } from '../practice-fixture.js';

const hld14 = loadFramework('hld14');
const firstBudget = stepBudgets(hld14, 60)[0]!.seconds;

function controller(minutes = 1) {
  const inner = memoryHandle(makeSession({ mode: 'mock', mock: newMockClock(minutes) }));
  return { inner, mock: new MockController(inner, hld14) };
}

describe('the mock controller', () => {
  test('keeps the clock and step times when the practice screen saves its own copy', () => {
    const { inner, mock } = controller();
    const stale = mock.handle.session;
    mock.tick(5);
    // The screen saves its session, which still has the clock at 0 and its own step times.
    mock.handle.update({ ...stale, notes: { 'clarify-requirements': 'cache' }, time_spent: { 'clarify-requirements': 99 } });
    expect(inner.session.notes['clarify-requirements']).toBe('cache');
    expect(inner.session.mock!.elapsed_seconds).toBe(5);
    expect(inner.session.time_spent['clarify-requirements']).toBe(5);
  });

  test('charges the step the screen is on, and nothing while paused', () => {
    const { inner, mock } = controller();
    mock.tick(3);
    mock.handle.update({ ...mock.handle.session, current_step: 2 });
    mock.tick(4);
    mock.togglePause();
    mock.tick(10);
    mock.togglePause();
    mock.tick(1);
    const [s0, , s2] = hld14.steps.map((s) => inner.session.time_spent[s.id]);
    expect([s0, s2]).toEqual([3, 5]);
    expect(inner.session.mock!.elapsed_seconds).toBe(8);
  });

  test('ends only on a second Ctrl+X within a few seconds', () => {
    const { mock } = controller();
    expect(mock.requestEnd()).toBe(false);
    expect(mock.getSnapshot().endArmed).toBe(true);
    for (let i = 0; i < END_CONFIRM_SECONDS; i++) mock.tick(1);
    expect(mock.getSnapshot().endArmed).toBe(false);
    expect(mock.requestEnd()).toBe(false);
    expect(mock.requestEnd()).toBe(true);
    expect(mock.timeUp).toBe(true);
    expect(mock.session.mock!.finished).toBe(true);
  });
});

describe('the countdown in the header', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => {
    unmount?.();
    unmount = undefined;
  });

  test('says the time left and the step budget, warns when the step runs over, and shows PAUSED', async () => {
    const { mock } = controller();
    const app = render(
      <ThemeContext.Provider value={PLAIN_THEME}>
        <MockClock controller={mock} ticking={false} />
      </ThemeContext.Provider>,
    );
    unmount = app.unmount;
    await waitForText(app, `1:00 left · step 0:00/0:0${firstBudget}`);
    mock.tick(firstBudget + 2);
    await waitForText(app, `0:${60 - firstBudget - 2} left · step OVER +0:02`);
    mock.togglePause();
    await waitForText(app, 'PAUSED');
    mock.togglePause();
    mock.requestEnd();
    await waitForText(app, 'Ctrl+X again');
  });

  test('every message fits its columns', () => {
    const { mock } = controller(200);
    mock.tick(3 * 3600);
    for (const armed of [false, true]) expect(clockText(mock, armed).text.length).toBeLessThanOrEqual(MOCK_CLOCK_WIDTH);
    mock.togglePause();
    expect(clockText(mock, false).text.length).toBeLessThanOrEqual(MOCK_CLOCK_WIDTH);
  });
});

describe('the report pager', () => {
  test('scrolls by line and page within the text, and closes on q, Esc, Enter or Ctrl+C', () => {
    expect(pagerMove(key('down'), 0, 10, 30)).toBe(1);
    expect(pagerMove(key('k'), 0, 10, 30)).toBe(0);
    expect(pagerMove(key(' '), 25, 10, 30)).toBe(30);
    expect(pagerMove(key('pageup'), 5, 10, 30)).toBe(0);
    expect(pagerMove(key('G'), 0, 10, 30)).toBe(30);
    expect(pagerMove(key('x'), 7, 10, 30)).toBe(7);
    for (const close of ['q', 'escape', 'return', 'ctrl+c']) expect(pagerMove(key(close), 7, 10, 30)).toBe('close');
  });
});
