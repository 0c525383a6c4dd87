import { render } from 'ink';
import type { ReactNode } from 'react';
import { onShutdown } from '../core/shutdown.js';
import { alternateScreenPatch, TerminalPatchContext } from './components/live-text.js';
import { enterFullScreen } from './terminal.js';
import { ThemeContext, themeFor } from './theme.js';

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
 * was: on a normal exit, and when a signal ends the process (SIGTERM, SIGHUP,
 * SIGINT), which unmounts the view so raw mode, cursor and screen are
 * restored before the caller goes on. The signal's ending is the shutdown
 * module's (src/core/shutdown.ts): this view only registers how to put itself
 * away, and that it hands control back. Resolves with the signal that ended
 * it, if any.
 */
export async function runFullScreen(
  view: ReactNode,
  env: NodeJS.ProcessEnv,
  { alternateScreen = true }: FullScreenOptions = {},
): Promise<{ signal: NodeJS.Signals | undefined }> {
  let signal: NodeJS.Signals | undefined;
  // stdin may have been read and paused before (a plain prompt); paused, Ink would exit at once.
  process.stdin.resume();
  const leave = alternateScreen ? enterFullScreen() : () => undefined;
  // On the alternate screen the frame starts at the top-left corner, so a clock can write its few cells in place (LiveText).
  const patch = alternateScreen ? alternateScreenPatch(process.stdout) : undefined;
  const instance = render(
    <ThemeContext.Provider value={themeFor(env)}>
      <TerminalPatchContext.Provider value={patch}>{view}</TerminalPatchContext.Provider>
    </ThemeContext.Provider>,
    // Not Ink's incrementalRendering: in 6.8 it moves the cursor up one row too few before each frame that is
    // shorter than the terminal (ours always is, see practice/layout.ts), so the frame drifts down a row.
    { exitOnCtrlC: false },
  );
  const unguard = onShutdown({
    graceful: true,
    run: (ending) => {
      if (ending !== 'exit') signal ??= ending;
      instance.unmount();
    },
  });
  try {
    await instance.waitUntilExit();
  } finally {
    unguard();
    leave();
    // Stop reading (so nothing keeps the process alive), but let a following
    // prompt use stdin again: Ink leaves it unref'd.
    process.stdin.pause();
    process.stdin.ref();
  }
  return { signal };
}
