import { stdinLines } from './line-source.js';
import { linePrompter, type Prompter } from './prompter.js';

/** Where the plain walk and the plain drill write: whole lines, and a prompt the answer follows on the same line. */
export interface PlainOutput {
  readonly line: (text: string) => void;
  readonly prompt?: (text: string) => void;
}

/** The real prompter: answers read from stdin, a terminal or a pipe. `close` stops reading when the command is done. */
export function stdinPrompter(output: PlainOutput, stdin: NodeJS.ReadStream = process.stdin): { prompter: Prompter; close: () => void } {
  const source = stdinLines(stdin);
  const prompter = linePrompter({ source, say: output.line, ...(output.prompt ? { prompt: output.prompt } : {}), piped: !stdin.isTTY });
  return { prompter, close: () => source.close() };
}

