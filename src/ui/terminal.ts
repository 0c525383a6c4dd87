/**
 * The full-screen part of the terminal: the practice screen draws on the
 * alternate screen, so quitting (or Ctrl-C, or a crash) puts back exactly what
 * was on the terminal before.
 *
 * Entering nests: while one holder has the alternate screen, another enter
 * only clears it for the next view, and only the last leave goes back. So a
 * sequence of screens (a mock, judging its notes, the review, the report)
 * stays on the alternate screen throughout, and the terminal behind never
 * shows between two of them while the next one loads.
 */
const ENTER = '\x1b[?1049h\x1b[H';
const CLEAR = '\x1b[2J\x1b[H';
const LEAVE = '\x1b[?1049l';

let holders = 0;
let onExit: (() => void) | undefined;

export function enterFullScreen(stdout: NodeJS.WriteStream = process.stdout): () => void {
  let active = true;
  holders += 1;
  if (holders === 1) {
    stdout.write(ENTER);
    // A crash or an exit call still gives the terminal back.
    onExit = () => {
      holders = 0;
      stdout.write(LEAVE);
    };
    process.on('exit', onExit);
  } else {
    stdout.write(CLEAR);
  }
  return (): void => {
    if (!active) return;
    active = false;
    holders -= 1;
    if (holders > 0) return;
    if (onExit) process.off('exit', onExit);
    onExit = undefined;
    stdout.write(LEAVE);
  };
}

/**
 * Keep the alternate screen across the views shown until the returned
 * function is called; nothing when stdout is not a terminal (the views then
 * fail early for want of one, and escape codes would only litter a pipe).
 */
export function holdFullScreen(stdout: NodeJS.WriteStream = process.stdout): () => void {
  return stdout.isTTY ? enterFullScreen(stdout) : () => undefined;
}
