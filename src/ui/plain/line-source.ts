import { createInterface } from 'node:readline';
import { onShutdown } from '../../core/shutdown.js';

/**
 * Lines from stdin, one answer at a time, for the plain walk and the plain
 * drill: a terminal in its ordinary line mode (the terminal echoes and edits
 * the line; nothing is redrawn) or a pipe with a script's answers. Ctrl+C
 * (SIGINT), SIGTERM and a closed terminal end the reading quietly, so the
 * command can close the session and say where it is.
 */
export type Read = { readonly line: string } | { readonly end: 'input' | 'signal' };

export interface LineSource {
  next(): Promise<Read>;
  /** The next read without taking it: the next `next()` returns it again. */
  peek(): Promise<Read>;
  /** Stop reading (the command is done): stdin no longer keeps the process alive. */
  close(): void;
}

/** One reader per stream while it is open: a line peeked at before the walk starts is still there for the walk. */
const openSources = new WeakMap<NodeJS.ReadStream, LineSource>();

export function stdinLines(input: NodeJS.ReadStream = process.stdin): LineSource {
  const open = openSources.get(input);
  if (open) return open;
  const reader = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const queue: Read[] = [];
  let waiting: ((read: Read) => void) | undefined;
  let ended: Read | undefined;
  const push = (read: Read): void => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(read);
    } else queue.push(read);
  };
  reader.on('line', (line) => push({ line }));
  reader.on('close', () => {
    ended ??= { end: 'input' };
    push(ended);
  });
  const unguard = onShutdown({
    graceful: true,
    run: () => {
      ended = { end: 'signal' };
      push(ended);
    },
  });
  const next = (): Promise<Read> => {
    const read = queue.shift();
    if (read) return Promise.resolve(read);
    if (ended) return Promise.resolve(ended);
    return new Promise((resolve) => (waiting = resolve));
  };
  const source: LineSource = {
    next,
    async peek() {
      const read = await next();
      if ('line' in read) queue.unshift(read);
      return read;
    },
    close() {
      openSources.delete(input);
      unguard();
      reader.close();
      input.pause();
    },
  };
  openSources.set(input, source);
  return source;
}

/** Lines from a list, for tests: the input ends after the last one. */
export function listLines(lines: readonly string[]): LineSource {
  const rest = [...lines];
  return {
    next: () => Promise.resolve(rest.length ? { line: rest.shift()! } : { end: 'input' }),
    peek: () => Promise.resolve(rest.length ? { line: rest[0]! } : { end: 'input' }),
    close: () => undefined,
  };
}
