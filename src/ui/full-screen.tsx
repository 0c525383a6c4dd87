import { constants } from 'node:os';
import { render } from 'ink';
import type { ReactNode } from 'react';
import { enterFullScreen } from './terminal.js';
import { ThemeContext, themeFor } from './theme.js';

/** Signals that end a full-screen view: kill's default, a closed terminal, an interrupt sent from outside. */
const ENDING_SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

export interface FullScreenOptions {
  /**
   * Draw on the alternate screen, so the terminal shows what it did before
   * once the view exits (the default). The drill draws in place instead, so
   * its summary stays on the terminal.
   */
  readonly alternateScreen?: boolean;
}

/**
 * Show an Ink view until it exits, and give the terminal back exactly as it
 * was: on a normal exit, and on SIGTERM, SIGHUP or SIGINT, which unmount the
 * view so raw mode, cursor and screen are restored before the caller saves
 * and returns. Resolves with the signal that ended it, if any.
 */
export async function runFullScreen(
  view: ReactNode,
  env: NodeJS.ProcessEnv,
  { alternateScreen = true }: FullScreenOptions = {},
): Promise<{ signal: NodeJS.Signals | undefined }> {
  let signal: NodeJS.Signals | undefined;
  // After an inquirer prompt stdin is paused, and Ink would exit at once.
  process.stdin.resume();
  const leave = alternateScreen ? enterFullScreen() : () => undefined;
  const instance = render(<ThemeContext.Provider value={themeFor(env)}>{view}</ThemeContext.Provider>, { exitOnCtrlC: false });
  const onSignal = (received: NodeJS.Signals): void => {
    signal ??= received;
    instance.unmount();
  };
  for (const name of ENDING_SIGNALS) process.on(name, onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    for (const name of ENDING_SIGNALS) process.off(name, onSignal);
    leave();
    // Stop reading (so nothing keeps the process alive), but let a following
    // inquirer prompt use stdin again: Ink leaves it unref'd.
    process.stdin.pause();
    process.stdin.ref();
  }
  // The work is saved by the caller either way; the exit status still says the
  // process was ended from outside (128 + signal number, as shells report it).
  if (signal) process.exitCode = 128 + constants.signals[signal];
  return { signal };
}
