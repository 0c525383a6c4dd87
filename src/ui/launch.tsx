import type { ReactNode } from 'react';
import { loadPrices } from '../core/prices/load.js';
import type { Problem } from '../core/problem/schema.js';
import { loadReferenceCards } from '../core/reference/load.js';
import type { SessionHandle } from '../core/session/store-api.js';
import type { Framework } from '../core/template/schema.js';
import { PracticeApp, type CloseSignal } from './components/practice-app.js';
import type { Command } from './keymap.js';
import { runFullScreen } from './full-screen.js';
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
  /** Closes the screen when it says so (a mock whose time is up). */
  readonly closeWhen?: CloseSignal;
}

/**
 * Open the practice screen on a session (practice or mock) and resolve when
 * the user quits (or a SIGTERM/SIGHUP/SIGINT ends it, after the terminal is
 * restored). Every change goes through `handle.update`; the handle is flushed
 * before this returns, and closing it stays with the caller.
 */
export async function launchPractice(options: LaunchPracticeOptions): Promise<void> {
  const { handle, problem, framework } = options;
  assertInteractive('practice', problem.id);
  const env = options.env ?? process.env;
  const ctx = { problem, framework, cards: loadReferenceCards(), prices: loadPrices({ env }), engine: undefined };
  try {
    await runFullScreen(
      <PracticeApp
        ctx={ctx}
        handle={handle}
        loadEngine={loadEngine}
        headerExtra={options.headerExtra}
        {...(options.headerExtraWidth !== undefined ? { headerExtraWidth: options.headerExtraWidth } : {})}
        {...(options.onCommand ? { onCommand: options.onCommand } : {})}
        {...(options.closeWhen ? { closeWhen: options.closeWhen } : {})}
      />,
      env,
    );
  } finally {
    handle.flush();
  }
}

export { launchHome } from './home/launch-home.js';
