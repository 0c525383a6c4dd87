import { UsageError } from '../../core/errors.js';
import { stdinLines } from './line-source.js';

/**
 * --plain without a terminal answers from a pipe. When nothing comes (an empty
 * pipe, </dev/null, a CI step with no input), say so before anything is
 * created or asked, instead of opening a session only to stop at its first
 * question. At a terminal, or once a line arrives, it returns; the line stays
 * for the walk to read.
 */
export async function expectAnswers(command: string, example: string, stdin: NodeJS.ReadStream = process.stdin): Promise<void> {
  if (stdin.isTTY) return;
  const first = await stdinLines(stdin).peek();
  if ('end' in first && first.end === 'input') {
    stdinLines(stdin).close();
    throw new UsageError(`${command}: no terminal, and nothing on stdin to answer with; run it in a terminal, or pipe the answers in, one a line: ${example}`);
  }
}
