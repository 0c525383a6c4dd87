import { render } from 'ink-testing-library';
import { useEffect } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { PracticeApp } from '../../src/ui/components/practice-app.js';
import { memoryHandle } from '../../src/ui/session/memory-handle.js';
import { waitForText } from './ink-helpers.js';
import { makeContext, makeSession } from './practice-fixture.js';

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

function start(patch = {}) {
  const handle = memoryHandle(makeSession(patch));
  const app = render(<PracticeApp ctx={makeContext()} handle={handle} clock={false} />);
  unmount = app.unmount;
  return { app, handle };
}

describe('practice screen', () => {
  test('shows the header, the step list with marks and the step pane', async () => {
    const { app } = start({ done: ['flow-and-actors'] });
    const frame = await waitForText(app, 'Tiny test service');
    expect(frame).toContain('step 1/14');
    expect(frame).toMatch(/> +1 Clarify requirements/);
    expect(frame).toMatch(/ ✓ 2 Flow and actors/);
    expect(frame).toContain('Goal');
    expect(frame).toContain('Notes (typing; Esc to stop)');
    expect(frame).toMatch(/Esc stop typing/);
    expect(frame.split('\n').length).toBeLessThanOrEqual(23);
  });

  test('typed notes appear in the editor and are saved through the handle', async () => {
    const { app, handle } = start();
    await waitForText(app, 'Notes (typing');
    app.stdin.write('read heavy');
    await waitForText(app, 'read heavy');
    app.stdin.write('\r');
    await waitForText(app, /read heavy\s*\n/);
    app.stdin.write('100:1');
    await waitForText(app, '100:1');
    app.stdin.write('\x7f');
    await waitForText(app, /100:\s/);
    expect(handle.session.notes['clarify-requirements']).toBe('read heavy\n100:');
  });

  test('Ctrl+N moves to the next step; the next step has its own empty notes', async () => {
    const { app, handle } = start();
    await waitForText(app, 'Notes (typing');
    app.stdin.write('one');
    await waitForText(app, 'one');
    app.stdin.write('\x0e');
    const frame = await waitForText(app, 'step 2/14');
    expect(frame).toContain('2. Flow and actors');
    expect(frame).not.toMatch(/^one/m);
    expect(handle.session.current_step).toBe(1);
  });

  test('hints appear on h, and the help overlay lists keys', async () => {
    const { app } = start();
    await waitForText(app, 'Notes (typing');
    app.stdin.write('\x1b');
    await waitForText(app, 'Notes (e to write)');
    app.stdin.write('h');
    await waitForText(app, 'Hint: Requirements');
    app.stdin.write('?');
    const help = await waitForText(app, 'Anywhere on the practice screen');
    expect(help).toContain('Ctrl+N');
    app.stdin.write('\x1b');
    await waitForText(app, 'Notes (e to write)');
  });

  test('the estimator recomputes as a value is typed and shows the error inline', async () => {
    const { app, handle } = start({ current_step: 4 });
    await waitForText(app, 'Live estimator');
    app.stdin.write('\x1b[Z');
    await waitForText(app, /> Daily users/);
    app.stdin.write('\r');
    await waitForText(app, 'Enter keeps it');
    app.stdin.write('0');
    // 10,000 users writing once a day is about 0.116 writes a second.
    await waitForText(app, /= 10,000|= 10 K|10000/);
    app.stdin.write('x');
    const bad = await waitForText(app, '✗');
    expect(bad).toMatch(/users/);
    app.stdin.write('\x7f');
    await waitForText(app, 'Enter keeps it');
    app.stdin.write('\r');
    await waitForText(app, /\*/);
    expect(handle.session.overrides).toEqual({ users: '10000' });
  });
});

describe('the estimation engine loads after the first frame', () => {
  test('the estimator says it is loading, then shows the assumptions', async () => {
    const handle = memoryHandle(makeSession({ current_step: 4 }));
    let release: () => void = () => {};
    const ready = new Promise<void>((resolve) => (release = resolve));
    const app = render(
      <PracticeApp ctx={{ ...makeContext(), engine: undefined }} handle={handle} clock={false} loadEngine={async () => (await ready, runEstimate)} />,
    );
    unmount = app.unmount;
    await waitForText(app, 'Loading the estimator…');
    release();
    const frame = await waitForText(app, 'Daily users');
    expect(frame).not.toContain('Loading the estimator');
  });
});

describe('saving', () => {
  test('the last state is handed to the session when the screen closes', async () => {
    const handle = memoryHandle(makeSession());
    const app = render(<PracticeApp ctx={makeContext()} handle={handle} clock={false} />);
    await waitForText(app, 'Notes (typing');
    app.stdin.write('last words');
    await waitForText(app, 'last words');
    app.unmount();
    expect(handle.session.notes['clarify-requirements']).toBe('last words');
  });

  test('a mock session shows no practice clock in the header', async () => {
    const handle = memoryHandle(makeSession({ mode: 'mock' }));
    const app = render(<PracticeApp ctx={makeContext()} handle={handle} clock={false} />);
    unmount = app.unmount;
    const frame = await waitForText(app, 'step 1/14');
    expect(frame.split('\n')[0]).not.toMatch(/\d\d:\d\d/);
  });

  test('a mock step line leaves timing to the mock clock (its budgets are scaled)', async () => {
    const mock = { total_seconds: 600, elapsed_seconds: 0, paused: false, finished: false };
    const app = render(<PracticeApp ctx={makeContext()} handle={memoryHandle(makeSession({ mode: 'mock', mock }))} clock={false} />);
    unmount = app.unmount;
    const frame = await waitForText(app, 'step 1/14');
    expect(frame).toMatch(/1\. Clarify requirements\s*\n/);
    expect(frame).not.toContain('of 5 min');
  });

  test('a practice step line shows its time against the template budget', async () => {
    const { app } = start();
    expect(await waitForText(app, 'step 1/14')).toContain('1. Clarify requirements · 0:00 of 4 min');
  });
});

describe('closing from outside', () => {
  /** Renders nothing; tells when Ink tears the tree down, which is what exit() does. */
  function UnmountProbe({ onUnmount }: { onUnmount: () => void }) {
    useEffect(() => onUnmount, [onUnmount]);
    return null;
  }

  test('the screen ends itself when its close signal says so (a mock whose time is up), saving first', async () => {
    let requested = false;
    const listeners = new Set<() => void>();
    const closeWhen = {
      subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
      requested: () => requested,
    };
    let unmounted = false;
    const handle = memoryHandle(makeSession());
    const app = render(
      <>
        <PracticeApp ctx={makeContext()} handle={handle} clock={false} closeWhen={closeWhen} />
        <UnmountProbe onUnmount={() => (unmounted = true)} />
      </>,
    );
    unmount = app.unmount;
    await waitForText(app, 'Notes (typing');
    app.stdin.write('last words');
    await waitForText(app, 'last words');
    expect(unmounted).toBe(false);
    requested = true;
    for (const listener of listeners) listener();
    for (let i = 0; i < 100 && !unmounted; i++) await new Promise((r) => setTimeout(r, 10));
    expect(unmounted).toBe(true);
    expect(handle.session.notes['clarify-requirements']).toBe('last words');
  });
});
