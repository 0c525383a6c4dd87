import type { OptionSpec } from './args.js';
import type { Output } from './output.js';

export interface CommandContext {
  readonly argv: readonly string[];
  readonly output: Output;
  readonly env: NodeJS.ProcessEnv;
  /** Every command by name (the registry), for the commands that speak about the others (completion). */
  readonly commands: CommandTable;
}

/** A command's entry in the registry: loaded only when its name is typed. */
export interface CommandEntry {
  readonly summary: string;
  readonly load: () => Promise<{ default: Command }>;
}
export type CommandTable = Readonly<Record<string, CommandEntry>>;

/**
 * What a word on the command line names, for shell completion: a problem id,
 * a session id, a framework id, a command, a shell, a file, or one of a fixed list.
 */
export type WordKind = 'problem' | 'session' | 'framework' | 'command' | 'shell' | 'file' | readonly string[];

export interface CompletionSpec {
  /** The kind of each positional, in order. */
  readonly positionals?: readonly WordKind[];
  /** The kind of an option's value, by option name (without --). */
  readonly values?: Readonly<Record<string, WordKind>>;
}

/** A command module: loaded only when its name is typed, so start-up stays fast. */
export interface Command {
  readonly name: string;
  /** The full `hld <name> --help` text. */
  readonly help: string;
  /** The options it parses, which shell completion offers. */
  readonly options?: OptionSpec;
  readonly completion?: CompletionSpec;
  run(context: CommandContext): Promise<number>;
}
