import { constants } from 'node:os';

/**
 * The one place the process listens for the ways it can be ended while
 * something is open: SIGINT sent from outside, SIGTERM, SIGHUP (a closed
 * terminal) and exit. Whatever must happen first registers a hook here: an
 * open session saves itself, a full-screen view gives the terminal back. The
 * hooks run newest first (a view opened on a session is put away before the
 * session is closed), then this module alone decides how the process ends:
 * - when a hook hands control back to the command (a full-screen view, which
 *   unmounts, so the command finishes and prints its last line), the exit
 *   status says what happened (128 + the signal's number, as shells report it);
 * - otherwise the signal is raised again with no listener left, so the
 *   process ends the way the sender expects.
 * A second signal while a graceful ending is under way ends the process at once.
 */

export type Ending = NodeJS.Signals | 'exit';

export interface ShutdownHook {
  /** Synchronous: it may run inside process.on('exit'). `graceful` says whether the command carries on after the hooks. */
  readonly run: (ending: Ending, graceful: boolean) => void;
  /** This hook hands control back to the command (a view that unmounts), so the process is not ended here. */
  readonly graceful?: boolean;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const hooks: ShutdownHook[] = [];
let endingBy: NodeJS.Signals | undefined;

function report(error: unknown): void {
  process.stderr.write(`hld: while ending: ${error instanceof Error ? error.message : String(error)}\n`);
}

function runHooks(ending: Ending, graceful: boolean): void {
  // Newest first; a hook may unregister itself (or others) while running.
  for (const hook of [...hooks].reverse()) {
    if (!hooks.includes(hook)) continue;
    try {
      hook.run(ending, graceful);
    } catch (error) {
      report(error);
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  const graceful = hooks.some((h) => h.graceful === true);
  if (endingBy === undefined && graceful) {
    endingBy = signal;
    runHooks(signal, true);
    process.exitCode = 128 + constants.signals[signal];
    return;
  }
  if (endingBy === undefined) runHooks(signal, false);
  listen(false);
  process.kill(process.pid, signal);
}

const onExit = (): void => runHooks('exit', false);

let listening = false;
function listen(on: boolean): void {
  if (on === listening) return;
  listening = on;
  for (const signal of SIGNALS) (on ? process.on : process.off).call(process, signal, onSignal);
  (on ? process.on : process.off).call(process, 'exit', onExit);
}

/** Run `hook` if the process is ended before the returned function is called. */
export function onShutdown(hook: ShutdownHook): () => void {
  hooks.push(hook);
  listen(true);
  return () => {
    const at = hooks.indexOf(hook);
    if (at !== -1) hooks.splice(at, 1);
    if (hooks.length === 0) listen(false);
  };
}
