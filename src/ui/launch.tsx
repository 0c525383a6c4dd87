import { render } from 'ink';
import type { ReactNode } from 'react';
import { loadPrices } from '../core/prices/load.js';
import type { Problem } from '../core/problem/schema.js';
import { loadReferenceCards } from '../core/reference/load.js';
import type { SessionHandle } from '../core/session/store-api.js';
import type { Framework } from '../core/template/schema.js';
import { PracticeApp } from './components/practice-app.js';
import type { Command } from './keymap.js';
import { enterFullScreen } from './terminal.js';
import { ThemeContext, themeFor } from './theme.js';
import { assertInteractive } from './tty.js';

const loadEngine = async () => (await import('../core/estimate/engine.js')).runEstimate;

export interface LaunchPracticeOptions {
  readonly handle: SessionHandle;
  readonly problem: Problem;
  readonly framework: Framework;
  readonly env?: NodeJS.ProcessEnv;
  /** Drawn at the right end of the header (the mock clock), and its width in columns. */
  readonly headerExtra?: ReactNode;
  readonly headerExtraWidth?: number;
  /** Receives keymap commands of the 'mock' context (pause, end). */
  readonly onCommand?: (command: Command) => void;
}

/**
 * Open the practice screen on a session (practice or mock) and resolve when
 * the user quits. Every change goes through `handle.update`; the handle is
 * flushed before this returns, and closing it stays with the caller.
 */
export async function launchPractice(options: LaunchPracticeOptions): Promise<void> {
  const { handle, problem, framework } = options;
  assertInteractive('practice', problem.id);
  const env = options.env ?? process.env;
  const ctx = { problem, framework, cards: loadReferenceCards(), prices: loadPrices({ env }), engine: undefined };
  // After an inquirer prompt stdin is paused, and Ink would exit at once.
  process.stdin.resume();
  const leaveFullScreen = enterFullScreen();
  try {
    const instance = render(
      <ThemeContext.Provider value={themeFor(env)}>
        <PracticeApp
          ctx={ctx}
          handle={handle}
          loadEngine={loadEngine}
          headerExtra={options.headerExtra}
          {...(options.headerExtraWidth !== undefined ? { headerExtraWidth: options.headerExtraWidth } : {})}
          {...(options.onCommand ? { onCommand: options.onCommand } : {})}
        />
      </ThemeContext.Provider>,
      { exitOnCtrlC: false },
    );
    await instance.waitUntilExit();
  } finally {
    leaveFullScreen();
    handle.flush();
    // Stop reading (so nothing keeps the process alive), but let a following
    // inquirer prompt use stdin again: Ink leaves it unref'd.
    process.stdin.pause();
    process.stdin.ref();
  }
}

export { launchHome } from './home/launch-home.js';
