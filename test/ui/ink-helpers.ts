import { render as inkRender } from 'ink-testing-library';
import { act, type ReactElement } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach } from 'vitest';

/**
 * Ink views under test, with every React update inside act(): test/setup.ts
 * makes an update outside act() fail the test, as it would be an update the
 * test did not wait for. Render, type and wait through these helpers.
 */

export type App = ReturnType<typeof inkRender>;

interface Frames {
  lastFrame(): string | undefined;
}

/** Render a view; its first effects (subscriptions, the first frame) have run when this resolves. */
export async function renderApp(tree: ReactElement): Promise<App> {
  let app: App | undefined;
  await act(async () => {
    app = inkRender(tree);
  });
  return app!;
}

/** Draw the view again with new props. */
export async function rerenderApp(app: App, tree: ReactElement): Promise<void> {
  await act(async () => {
    app.rerender(tree);
  });
}

/** Send keys as a terminal would (raw sequences: '\r', '\x1b[A', or typed text). */
export async function sendKeys(app: App, input: string): Promise<void> {
  await act(async () => {
    app.stdin.write(input);
  });
}

/** Give the test terminal a size (ink-testing-library's is 100 columns and no rows) and tell the view, as a terminal resize would. */
export async function resizeApp(app: App, columns: number, rows: number): Promise<void> {
  await act(async () => {
    Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
    Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
    app.stdout.emit('resize');
  });
}

/** Unmount, letting the effects' clean-ups run inside act(). */
export async function unmountApp(app: App): Promise<void> {
  await act(async () => {
    app.unmount();
  });
}

/**
 * A renderApp whose apps are unmounted after each test of the file or describe
 * it is called in, whether the test passed or failed, so no timer or input
 * listener of one test runs on into the next.
 */
export function unmountedAfterEach(): (tree: ReactElement) => Promise<App> {
  const open: App[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await unmountApp(app);
  });
  return async (tree) => {
    const app = await renderApp(tree);
    open.push(app);
    return app;
  };
}

/** Run `change` (a store update, a timer's work) inside act(), so the views it updates are redrawn before the test looks. */
export async function inAct(change: () => void | Promise<void>): Promise<void> {
  await act(async () => {
    await change();
  });
}

/**
 * Wait until the last frame satisfies `check` (or time runs out), then let Ink
 * settle its input listener. Time passes inside act(), so work that finishes
 * meanwhile (a timer, a promise) is drawn before the next look.
 */
export async function waitForFrame(app: Frames, check: (frame: string) => boolean, what: string, timeoutMs = 3000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const frame = app.lastFrame() ?? '';
    if (check(frame)) {
      await act(async () => {
        await sleep(30);
      });
      return app.lastFrame() ?? '';
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; last frame:\n${frame}`);
    await act(async () => {
      await sleep(10);
    });
  }
}

export const waitForText = (app: Frames, text: string | RegExp, timeoutMs?: number): Promise<string> =>
  waitForFrame(app, (f) => (typeof text === 'string' ? f.includes(text) : text.test(f)), `"${String(text)}"`, timeoutMs);
