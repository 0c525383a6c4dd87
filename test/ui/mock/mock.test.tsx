import { describe, expect, test } from 'vitest';
import { newMockClock, stepBudgets } from '../../../src/core/mock/clock.js';
import type { Session } from '../../../src/core/session/schema.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { clockText, MOCK_CLOCK_WIDTH, MockClock } from '../../../src/ui/mock/mock-clock.js';
import { pagerMove } from '../../../src/ui/mock/text-pager.js';
import { practiceReducer } from '../../../src/ui/practice/reducer.js';
import { END_CONFIRM_SECONDS, type PracticeState } from '../../../src/ui/practice/state.js';
import { PLAIN_THEME, ThemeContext } from '../../../src/ui/theme.js';
import { rerenderApp, unmountedAfterEach, waitForText } from '../ink-helpers.js';
import { key, makeSession, makeState, press } from '../practice-fixture.js';

const hld14 = loadFramework('hld14');
const firstBudget = stepBudgets(hld14, 60)[0]!.seconds;

const mockState = (minutes = 1): PracticeState => makeState({ mode: 'mock', mock: newMockClock(minutes) });
const tick = (state: PracticeState, seconds = 1): PracticeState => practiceReducer(state, { type: 'tick', seconds });
const ticks = (state: PracticeState, n: number): PracticeState => Array.from({ length: n }).reduce<PracticeState>((s) => tick(s), state);

describe('the mock clock on the practice screen', () => {
  test('ticks move the clock and charge the step the screen is on, and nothing while paused', () => {
    let s = ticks(mockState(), 3);
    s = press(s, 'ctrl+n', 'ctrl+n');
    s = ticks(s, 4);
    s = press(s, 'ctrl+t');
    expect(s.session.mock!.paused).toBe(true);
    s = ticks(s, 10);
    s = press(s, 'ctrl+t');
    s = tick(s);
    const [s0, , s2] = hld14.steps.map((step) => s.session.time_spent[step.id]);
    expect([s0, s2]).toEqual([3, 5]);
    expect(s.session.mock!.elapsed_seconds).toBe(8);
  });

  test('a paused tick leaves the session as it was (nothing to save)', () => {
    const paused = press(mockState(), 'ctrl+t');
    expect(tick(paused).session).toBe(paused.session);
  });

  test('ends only on a second Ctrl+X within a few seconds', () => {
    let s = press(mockState(), 'ctrl+x');
    expect(s.endArmedFor).toBe(END_CONFIRM_SECONDS);
    s = ticks(s, END_CONFIRM_SECONDS);
    expect(s.endArmedFor).toBe(0);
    s = press(s, 'ctrl+x');
    expect(s.session.mock!.finished).toBe(false);
    s = press(s, 'ctrl+x');
    expect(s.session.mock!.finished).toBe(true);
  });

  test('the mock keys do nothing in a practice session', () => {
    const practice = makeState();
    expect(press(practice, 'ctrl+x', 'ctrl+t').session).toBe(practice.session);
  });
});

describe('the countdown in the header', () => {
  const render = unmountedAfterEach();

  const draw = (session: Session, endArmed = false) => (
    <ThemeContext.Provider value={PLAIN_THEME}>
      <MockClock session={session} framework={hld14} endArmed={endArmed} />
    </ThemeContext.Provider>
  );

  test('says the time left and the step budget, warns when the step runs over, and shows PAUSED', async () => {
    let s = mockState();
    const open = await render(draw(s.session));
    await waitForText(open, `1:00 left · step 0:00/0:0${firstBudget}`);
    s = tick(s, firstBudget + 2);
    await rerenderApp(open, draw(s.session));
    await waitForText(open, `0:${60 - firstBudget - 2} left · step OVER +0:02`);
    await rerenderApp(open, draw(press(s, 'ctrl+t').session));
    await waitForText(open, 'PAUSED');
    await rerenderApp(open, draw(s.session, true));
    await waitForText(open, 'Ctrl+X again');
  });

  test('every message fits its columns', () => {
    const long = makeSession({ mode: 'mock', mock: { ...newMockClock(200), elapsed_seconds: 3 * 3600 } });
    for (const armed of [false, true]) expect(clockText(long, hld14, armed).text.length).toBeLessThanOrEqual(MOCK_CLOCK_WIDTH);
    expect(clockText({ ...long, mock: { ...long.mock!, paused: true } }, hld14, false).text.length).toBeLessThanOrEqual(MOCK_CLOCK_WIDTH);
    expect(clockText({ ...long, mock: { ...long.mock!, finished: true } }, hld14, false).text.length).toBeLessThanOrEqual(MOCK_CLOCK_WIDTH);
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
