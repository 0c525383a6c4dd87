/** Where commands write; replaced in tests. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** A question the answer is typed after on the same line (plain mode); without it, a line of its own. */
  prompt?(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  prompt: (text) => process.stdout.write(text),
};
