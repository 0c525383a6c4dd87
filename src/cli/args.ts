import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';
import { quoted } from '../core/shown-value.js';
import { didYouMean } from '../core/suggest.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs<T extends OptionSpec> {
  readonly values: { [K in keyof T]?: T[K] extends { type: 'boolean' } ? boolean : T[K] extends { multiple: true } ? string[] : string };
  readonly positionals: string[];
}

/**
 * node:util parseArgs with our error style: one line naming the flag, and the
 * closest known flag for a typo.
 */
export function parseCommandArgs<T extends OptionSpec>(command: string, argv: readonly string[], options: T): ParsedArgs<T> {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return parsed as unknown as ParsedArgs<T>;
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) {
      const flags = Object.keys(options).map((name) => `--${name}`);
      throw new UsageError(`hld ${command}: unknown option ${quoted(unknown[1]!)}${didYouMean(unknown[1]!, flags)} (see: hld ${command} --help)`);
    }
    const missing = /Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
    if (missing) throw new UsageError(`hld ${command}: ${missing[2]} needs a value (see: hld ${command} --help)`);
    throw new UsageError(`hld ${command}: ${message.split('\n')[0]} (see: hld ${command} --help)`);
  }
}

/** Exactly `count` positionals, or a usage error that names what is expected. */
export function expectPositionals(command: string, positionals: string[], names: string[], optional = 0): string[] {
  const required = names.length - optional;
  if (positionals.length < required) {
    throw new UsageError(`hld ${command}: missing <${names[positionals.length]}> (usage: hld ${command} ${names.map((n, i) => (i >= required ? `[${n}]` : `<${n}>`)).join(' ')})`);
  }
  if (positionals.length > names.length) {
    throw new UsageError(`hld ${command}: unexpected argument ${quoted(positionals[names.length]!)} (see: hld ${command} --help)`);
  }
  return positionals;
}
