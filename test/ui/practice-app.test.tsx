import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { newMockClock } from '../../src/core/mock/clock.js';
import { createSessionStore, memorySessionStore, type SessionStore } from '../../src/core/session/session-store.js';
import { PracticeApp, type PracticeExit } from '../../src/ui/components/practice-app.js';
import { inAct, sendKeys, unmountedAfterEach, waitForText } from './ink-helpers.js';
import { makeContext, makeSession } from './practice-fixture.js';

const render = unmountedAfterEach();

async function start(patch = {}, store: SessionStore = memorySessionStore(makeSession(patch))) {
  const exits: PracticeExit[] = [];
  const app = await render(<PracticeApp ctx={makeContext()} store={store} clock={false} onExit={(how) => exits.push(how)} />);
  return { app, store, exits };
}

describe('practice screen', () => {
  test('shows the header, the step list with marks and the step pane', async () => {
    const { app } = await start({ done: ['flow-and-actors'] });
    const frame = await waitForText(app, 'Tiny test service');
    expect(frame).toContain('step 1/14');
    expect(frame).toMatch(/> +1 Clarify requirements/);
    expect(frame).toMatch(/ ✓ 2 Flow and actors/);
    expect(frame).toContain('Goal');
    expect(frame).toContain('Notes (typing; Esc to stop)');
    expect(frame).toMatch(/Esc stop typing/);
    expect(frame.split('\n').length).toBeLessThanOrEqual(23);
  });

  test('typed notes appear in the editor and go straight to the session store', async () => {
    const { app, store } = await start();
    await waitForText(app, 'Notes (typing');
    await sendKeys(app, 'read heavy');
    await waitForText(app, 'read heavy');
    expect(store.session.notes['clarify-requirements']).toBe('read heavy');
    await sendKeys(app, '\r');
    await waitForText(app, /read heavy\s*\n/);
    await sendKeys(app, '100:1');
    await waitForText(app, '100:1');
    await sendKeys(app, '\x7f');
    await waitForText(app, /100:\s/);
    expect(store.session.notes['clarify-requirements']).toBe('read heavy\n100:');
  });

  test('Ctrl+N moves to the next step; the next step has its own empty notes', async () => {
    const { app, store } = await start();
    await waitForText(app, 'Notes (typing');
    await sendKeys(app, 'one');
    await waitForText(app, 'one');
    await sendKeys(app, '\x0e');
    const frame = await waitForText(app, 'step 2/14');
    expect(frame).toContain('2. Flow and actors');
    expect(frame).not.toMatch(/^one/m);
    expect(store.session.current_step).toBe(1);
  });

  test('hints appear on h, the reference only after y, and the help overlay lists keys', async () => {
    const { app, store } = await start();
    await waitForText(app, 'Notes (typing');
    await sendKeys(app, '\x1b');
    await waitForText(app, 'Notes (e to write)');
    await sendKeys(app, 'h');
    await waitForText(app, '1. Questions to ask yourself');
    await sendKeys(app, 'h');
    await waitForText(app, 'y shows the reference design (the answer, -3 in the report) · n not now');
    await sendKeys(app, 'y');
    await waitForText(app, '2. The reference design: Requirements');
    expect(store.session.hints_shown).toEqual({ 'clarify-requirements': 2 });
    await sendKeys(app, '?');
    const help = await waitForText(app, 'Anywhere on the practice screen');
    expect(help).toContain('Ctrl+N');
    await sendKeys(app, '\x1b');
    await waitForText(app, 'Notes (e to write)');
  });

  test('the estimator recomputes as a value is typed and shows the error inline', async () => {
    const { app, store } = await start({ current_step: 4 });
    await waitForText(app, 'Live estimator');
    await sendKeys(app, '\x1b[Z');
    await waitForText(app, /> Daily users/);
    await sendKeys(app, '\r');
    await waitForText(app, 'Enter keeps it');
    await sendKeys(app, '0');
    // 10,000 users writing once a day is about 0.116 writes a second.
    await waitForText(app, /= 10,000|= 10 K|10000/);
    await sendKeys(app, 'x');
    const bad = await waitForText(app, '✗');
    expect(bad).toMatch(/users/);
    await sendKeys(app, '\x7f');
    await waitForText(app, 'Enter keeps it');
    await sendKeys(app, '\r');
    await waitForText(app, /\*/);
    expect(store.session.overrides).toEqual({ users: '10000' });
  });

  test('q says how the screen closed', async () => {
    const { app, exits } = await start();
    await sendKeys(app, '\x1b');
    await waitForText(app, 'Notes (e to write)');
    await sendKeys(app, 'q');
    for (let i = 0; i < 50 && exits.length === 0; i++) await inAct(() => new Promise((r) => setTimeout(r, 10)));
    expect(exits).toEqual(['quit']);
  });
});

describe('the estimation engine loads after the first frame', () => {
  test('the estimator says it is loading, then shows the assumptions', async () => {
    let release: () => void = () => {};
    const ready = new Promise<void>((resolve) => (release = resolve));
    const app = await render(
      <PracticeApp ctx={{ ...makeContext(), engine: undefined }} store={memorySessionStore(makeSession({ current_step: 4 }))} clock={false} loadEngine={async () => (await ready, runEstimate)} />,
    );
    await waitForText(app, 'Loading the estimator…');
    await inAct(release);
    const frame = await waitForText(app, 'Daily users');
    expect(frame).not.toContain('Loading the estimator');
  });
});

describe('one copy of the session', () => {
  test('a change made to the store from elsewhere shows at once, and the next key edits on top of it', async () => {
    const { app, store } = await start();
    await waitForText(app, 'Notes (typing');
    await sendKeys(app, 'mine');
    await waitForText(app, 'mine');
    // Another writer (the clock, a review) changes the session while the screen is open.
    await inAct(() => store.update((s) => ({ ...s, done: ['clarify-requirements'], time_spent: { 'clarify-requirements': 61 } })));
    await waitForText(app, '✓ done');
    await sendKeys(app, '!');
    await waitForText(app, 'mine!');
    expect(store.session).toMatchObject({ done: ['clarify-requirements'], time_spent: { 'clarify-requirements': 61 }, notes: { 'clarify-requirements': 'mine!' } });
  });

  test('a practice step line shows its time against the template budget', async () => {
    const { app } = await start();
    expect(await waitForText(app, 'step 1/14')).toContain('1. Clarify requirements · 0:00 of 4 min');
  });
});

describe('saving', () => {
  test('the footer says when saving fails and why, and clears once a save works', async () => {
    let failing = true;
    const store = createSessionStore(makeSession(), {
      file: '/gone/session.yaml',
      write: () => {
        if (failing) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      },
      // Saves happen when the test says (flush), not on a timer between two looks.
      autosave: { delayMs: 3_600_000, laterMs: 3_600_000, retryMs: 3_600_000 },
    });
    const { app } = await start({}, store);
    await waitForText(app, 'Notes (typing');
    await sendKeys(app, 'typed');
    await inAct(() => void store.flush());
    const frame = await waitForText(app, 'NOT SAVED');
    expect(frame).toMatch(/NOT SAVED: the sessions folder is gone \(ENOENT\) · retrying · quit keeps a copy/);
    // Typing goes on, and the failure stays on show until a save works.
    await sendKeys(app, ' more');
    expect(await waitForText(app, 'typed more')).toContain('NOT SAVED');
    failing = false;
    await inAct(() => void store.flush());
    expect(await waitForText(app, 'Esc stop typing')).not.toContain('NOT SAVED');
    store.close();
  });
});

describe('a mock on the practice screen', () => {
  const mock = (minutes = 1) => ({ mode: 'mock' as const, mock: newMockClock(minutes) });

  test('the header shows the countdown and no practice clock; the step line leaves timing to it', async () => {
    const { app } = await start(mock());
    const frame = await waitForText(app, 'step 1/14');
    expect(frame.split('\n')[0]).toMatch(/1:00 left · step 0:00\/0:0\d/);
    expect(frame).toMatch(/1\. Clarify requirements\s*\n/);
    expect(frame).not.toContain('of 5 min');
  });

  test('Ctrl+T pauses the clock in the session; Ctrl+X twice ends the mock and closes the screen', async () => {
    const { app, store, exits } = await start(mock());
    await waitForText(app, 'Notes (typing');
    await sendKeys(app, '\x14');
    await waitForText(app, 'PAUSED');
    expect(store.session.mock?.paused).toBe(true);
    await sendKeys(app, '\x14');
    await waitForText(app, 'left');
    await sendKeys(app, '\x18');
    await waitForText(app, 'Ctrl+X again');
    expect(store.session.mock?.finished).toBe(false);
    await sendKeys(app, '\x18');
    for (let i = 0; i < 50 && exits.length === 0; i++) await inAct(() => new Promise((r) => setTimeout(r, 10)));
    expect(exits).toEqual(['time-up']);
    expect(store.session.mock?.finished).toBe(true);
  });

  test('a mock that was already over stays open read-only: its notes can be read, not changed, and the footer says where its report is', async () => {
    const { app, store, exits } = await start({ mode: 'mock', notes: { 'clarify-requirements': 'Reads dominate.' }, mock: { ...newMockClock(1), elapsed_seconds: 60, finished: true } });
    const frame = await waitForText(app, 'MOCK OVER · read-only');
    expect(frame).toContain('Notes (read-only · again: hld practice');
    expect(frame).toContain(`Mock over: read-only. Report: hld mock --resume ${store.id}`);
    // Its clock cannot run again, so its keys are not offered.
    expect(frame).not.toContain('Ctrl+T');
    const before = store.session;
    await sendKeys(app, 'more text');
    const refused = await waitForText(app, 'Mock over: read-only');
    expect(refused).not.toContain('more text');
    expect(store.session.notes).toBe(before.notes);
    expect(exits).toEqual([]);
  });
});
