// Measurements in a pseudo-terminal: the first frame of a screen, the time
// from a key to the frame that shows it, and the CPU an idle screen burns.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuReader } from './cpu.js';
import { openTerminal, type Terminal, type TerminalOptions } from './pty.js';

/**
 * Milliseconds from starting `argv` in a fresh terminal until `marker` is on
 * screen. The program is then ended with SIGTERM and waited for.
 */
export async function firstFrame(argv: readonly string[], marker: string, options: TerminalOptions): Promise<number> {
  const terminal = openTerminal(argv, options);
  try {
    return (await terminal.waitFor(marker)) - terminal.startedAt;
  } finally {
    await terminal.stop();
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Keys go in at a typist's pace, 60-170 ms apart, never in step with a once-a-second clock. */
const pause = (count: number): Promise<void> => sleep(60 + ((count * 37) % 110));

/**
 * Types letters into `terminal`, one per call, and returns the ms from writing
 * each to the pty until the text typed on its line so far shows in the output.
 * Each line starts with an untimed tag (@1@, @2@, ...), so the text waited for
 * is unique on screen; after 30 letters, Enter starts the next line.
 */
export function typist(terminal: Terminal): () => Promise<number> {
  let line = 0;
  let text = '';
  let count = 0;
  const show = async (keys: string, expected: string): Promise<number> => {
    const from = terminal.mark();
    const at = terminal.type(keys);
    return (await terminal.waitFor(expected, { from, timeoutMs: 5_000 })) - at;
  };
  return async () => {
    if (line === 0 || text.length >= 33) {
      line += 1;
      text = `@${line}@`;
      await show(`${line > 1 ? '\r' : ''}${text}`, text);
      await sleep(200);
    }
    const letter = LETTERS[count++ % LETTERS.length]!;
    text += letter;
    const ms = await show(letter, text);
    await pause(count);
    return ms;
  };
}

export interface IdleCpu {
  /** CPU ms per second over the whole span: periodic work (a save every few seconds) counts. */
  readonly mean: number;
  /** CPU ms per second of each one-second slice, for the spread. */
  readonly slices: number[];
  readonly precise: boolean;
}

/** CPU ms per second used by each pid over `seconds`, read every second. */
export async function idleCpu(pids: readonly number[], seconds: number): Promise<IdleCpu[]> {
  const readers = pids.map(cpuReader);
  const reading = () => ({ at: performance.now(), cpu: readers.map((r) => r.read()) });
  const start = reading();
  let previous = start;
  const slices = pids.map((): number[] => []);
  for (let i = 0; i < seconds; i++) {
    await sleep(1000);
    const now = reading();
    now.cpu.forEach((ms, j) => slices[j]!.push((ms - previous.cpu[j]!) / ((now.at - previous.at) / 1000)));
    previous = now;
  }
  return readers.map((reader, j) => ({
    mean: (previous.cpu[j]! - start.cpu[j]!) / ((previous.at - start.at) / 1000),
    slices: slices[j]!,
    precise: reader.precise,
  }));
}
