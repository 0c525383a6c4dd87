import { EventEmitter } from 'node:events';
import { render } from 'ink';
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { newMockClock } from '../../src/core/mock/clock.js';
import type { Session } from '../../src/core/session/schema.js';
import { memorySessionStore, type SessionStore } from '../../src/core/session/session-store.js';
import { alternateScreenPatch, TerminalPatchContext } from '../../src/ui/components/live-text.js';
import { PracticeApp } from '../../src/ui/components/practice-app.js';
import { inAct, unmountedAfterEach, waitForText } from './ink-helpers.js';
import { makeContext, makeSession } from './practice-fixture.js';

/**
 * The clocks on the practice screen follow the session by themselves: a tick
 * writes the few characters that changed, in place, and draws no frame (Ink
 * would draw every cell of the screen again). Checked on a terminal-like
 * stdout, with the same patch the full-screen runner gives the screen.
 */

class FakeTerminal extends EventEmitter {
  readonly isTTY = true;
  columns = 100;
  rows = 30;
  written = '';
  write(text: string): boolean {
    this.written += text;
    return true;
  }
}

class FakeKeyboard extends EventEmitter {
  readonly isTTY = true;
  private readonly queue: string[] = [];
  setRawMode(): this {
    return this;
  }
  setEncoding(): void {}
  ref(): void {}
  unref(): void {}
  resume(): this {
    return this;
  }
  pause(): this {
    return this;
  }
  read(): string | null {
    return this.queue.shift() ?? null;
  }
  type(text: string): void {
    this.queue.push(text);
    this.emit('readable');
  }
}

const STEP = 'clarify-requirements';
const clockTick = (store: SessionStore, seconds = 1) =>
  inAct(() => store.update((s) => ({ ...s, time_spent: { ...s.time_spent, [STEP]: (s.time_spent[STEP] ?? 0) + seconds } }), 'clock'));
const settle = () => inAct(() => new Promise((resolve) => setTimeout(resolve, 60)));

let unmount: (() => void) | undefined;
afterEach(async () => {
  await inAct(() => unmount?.());
  unmount = undefined;
});

/** The practice screen on a terminal of 100x30, as `hld practice` draws it; counts Ink's frames. */
async function onTerminal(session: Session) {
  const stdout = new FakeTerminal();
  const stdin = new FakeKeyboard();
  const store = memorySessionStore(session);
  let frames = 0;
  await act(async () => {
    const instance = render(
      <TerminalPatchContext.Provider value={alternateScreenPatch(stdout as unknown as NodeJS.WriteStream)}>
        <PracticeApp ctx={makeContext()} store={store} clock={false} />
      </TerminalPatchContext.Provider>,
      { stdout: stdout as never, stdin: stdin as never, exitOnCtrlC: false, patchConsole: false, onRender: () => void frames++ },
    );
    unmount = () => instance.unmount();
  });
  await settle();
  return { stdout, stdin, store, frames: () => frames };
}

// eslint-disable-next-line no-control-regex
const patches = (text: string): string[] => [...text.matchAll(/\x1b7\x1b\[(\d+);(\d+)H(.*?)\x1b8/g)].map((m) => `${m[1]};${m[2]} ${m[3]!.replace(/\x1b\[[0-9;]*m/g, '')}`);

describe('the clock redraws only itself', () => {
  test('a tick writes the header clock and the step time in place, and draws no frame', async () => {
    const term = await onTerminal(makeSession());
    const before = term.frames();
    term.stdout.written = '';
    await clockTick(term.store);
    await clockTick(term.store);
    await settle();
    expect(term.frames()).toBe(before);
    expect(patches(term.stdout.written)).toEqual([
      expect.stringMatching(/^1;\d+ 0:01 $/),
      expect.stringMatching(/^2;\d+  · 0:01 of \d+ min$/),
      expect.stringMatching(/^1;\d+ 0:02 $/),
      expect.stringMatching(/^2;\d+  · 0:02 of \d+ min$/),
    ]);
    // Nothing else was written: no frame, no erase.
    expect(term.stdout.written.replace(/\x1b7.*?\x1b8/g, '')).toBe('');
  });

  test('a frame drawn for a key carries the time as it is then', async () => {
    const term = await onTerminal(makeSession());
    await clockTick(term.store, 5);
    term.stdout.written = '';
    // Ctrl+N: the next step, so the header row is drawn again (step 2/14) by Ink.
    await inAct(() => term.stdin.type('\x0e'));
    await settle();
    const drawn = term.stdout.written.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    // The header drawn by Ink says 0:05 (the time on step 1), not the 0:00 it was first drawn with.
    expect(drawn.split('\n')[0]).toMatch(/step 2\/14 · 0:05\s*$/);
  });

  test('a clock whose text grows (9:59 to 10:00) has its row laid out again', async () => {
    const term = await onTerminal(makeSession({ time_spent: { [STEP]: 599 } }));
    const before = term.frames();
    await clockTick(term.store);
    await settle();
    expect(term.frames()).toBeGreaterThan(before);
    expect(term.stdout.written).toContain('10:00');
  });

  test("a mock's countdown ticks in place too", async () => {
    const term = await onTerminal(makeSession({ mode: 'mock', mock: newMockClock(30) }));
    const before = term.frames();
    term.stdout.written = '';
    await inAct(() => term.store.update((s) => ({ ...s, mock: { ...s.mock!, elapsed_seconds: 61 } }), 'clock'));
    await settle();
    expect(term.frames()).toBe(before);
    expect(patches(term.stdout.written)).toEqual([expect.stringMatching(/^1;69 +28:59 left · step .*$/)]);
  });
});

describe('without a terminal to write on', () => {
  const render = unmountedAfterEach();

  test('the clock is drawn by React instead (tests, frames drawn to a string)', async () => {
    const store = memorySessionStore(makeSession());
    const open = await render(<PracticeApp ctx={makeContext()} store={store} clock={false} />);
    await waitForText(open, '0:00 of');
    await clockTick(store, 3);
    const frame = await waitForText(open, '0:03 of');
    expect(frame).toMatch(/step 1\/14 · 0:03/);
  });
});
