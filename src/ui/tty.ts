import { UsageError } from '../core/errors.js';

interface Streams {
  readonly stdin: { readonly isTTY?: boolean };
  readonly stdout: { readonly isTTY?: boolean };
}

export const isInteractive = (streams: Streams = process): boolean => Boolean(streams.stdin.isTTY && streams.stdout.isTTY);

/**
 * Fail early, with the command to use instead, when there is no terminal to
 * draw on or read keys from (a pipe, CI, an editor's task runner). Without this
 * check Ink would die with "Raw mode is not supported".
 */
export function assertInteractive(screen: 'home' | 'practice', problem = '<problem>', streams: Streams = process): void {
  if (isInteractive(streams)) return;
  switch (screen) {
    case 'home':
      throw new UsageError(
        'hld needs an interactive terminal for its home screen; use `hld practice <problem> --plain` in a terminal, or `hld estimate <problem>` anywhere (see: hld --help)',
      );
    case 'practice':
      throw new UsageError(`hld practice needs an interactive terminal; use \`hld practice ${problem} --plain\` or \`hld estimate ${problem}\``);
  }
}
