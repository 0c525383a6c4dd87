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
export function parseCommandArgs<T extends OptionSpec>(
  command: string,
  argv: readonly string[],
  options: T,
  /**
   * Flags that refuse a bad value with their own line, saying what they accept: a value starting with a dash
   * (`--seed -3`) is refused directly rather than asked for as `--seed=-3`, and none at all is refused as ''.
   */
  refuseDashed: Readonly<Record<string, (value: string) => never>> = {},
): ParsedArgs<T> {
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
    if (missing) {
      const refuse = Object.hasOwn(refuseDashed, missing[2]!) ? refuseDashed[missing[2]!] : undefined;
      if (refuse) refuse('');
      throw new UsageError(`hld ${command}: ${missing[2]} needs a value (see: hld ${command} --help)`);
    }
    // `--seed -3`: node cannot tell a value that starts with a dash from a forgotten one.
    const ambiguous = /Option '(-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
    if (ambiguous) {
      const flag = ambiguous[2]!;
      const at = argv.findIndex((arg) => arg === flag || (ambiguous[1] !== undefined && arg === ambiguous[1].slice(0, 2)));
      const value = at >= 0 ? argv[at + 1] : undefined;
      const refuse = Object.hasOwn(refuseDashed, flag) ? refuseDashed[flag] : undefined;
      if (refuse && value !== undefined) refuse(value);
      throw new UsageError(`hld ${command}: ${flag} ${value === undefined ? '' : `${quoted(value)} `}starts with a dash; write it joined to the flag, as ${flag}=${value ?? '-value'} (see: hld ${command} --help)`);
    }
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
