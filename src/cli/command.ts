import type { Output } from './output.js';

export interface CommandContext {
  readonly argv: readonly string[];
  readonly output: Output;
  readonly env: NodeJS.ProcessEnv;
}

/** A command module: loaded only when its name is typed, so start-up stays fast. */
export interface Command {
  readonly name: string;
  /** The full `hld <name> --help` text. */
  readonly help: string;
  run(context: CommandContext): Promise<number>;
}
