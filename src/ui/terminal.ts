/**
 * The full-screen part of the terminal: the practice screen draws on the
 * alternate screen, so quitting (or Ctrl-C, or a crash) puts back exactly what
 * was on the terminal before.
 */
const ENTER = '\x1b[?1049h\x1b[H';
const LEAVE = '\x1b[?1049l';

export function enterFullScreen(stdout: NodeJS.WriteStream = process.stdout): () => void {
  let active = true;
  const leave = (): void => {
    if (!active) return;
    active = false;
    process.off('exit', leave);
    stdout.write(LEAVE);
  };
  stdout.write(ENTER);
  process.on('exit', leave);
  return leave;
}
