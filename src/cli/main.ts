import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HldError, EXIT, UsageError } from '../core/errors.js';
import { packageRoot } from '../core/paths.js';
import { quoted, shownValue } from '../core/shown-value.js';
import { describeSystemError, isSystemError } from '../core/system-error.js';
import { didYouMean } from '../core/suggest.js';
import type { Output } from './output.js';
import { processOutput } from './output.js';
import { globalHelp } from './help.js';
import { COMMANDS, DEFAULT_COMMAND } from './registry.js';
import { guardStandardStreams } from './streams.js';

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

const HELP_FLAGS = new Set(['-h', '--help']);

/** The options hld takes before any command, for a typo's nearest (`--verison`). */
const ROOT_FLAGS = ['--help', '--version'];

/** Run one command line; returns the exit code. Never throws for user errors. */
export async function runCli(argv: readonly string[], output: Output = processOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '-v' || first === '--version') {
      output.out(version());
      return EXIT.ok;
    }
    if (first !== undefined && (HELP_FLAGS.has(first) || first === 'help')) {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic === undefined) {
        output.out(globalHelp(version()));
        return EXIT.ok;
      }
      return runCli([topic, '--help'], output, env);
    }
    const name = first ?? DEFAULT_COMMAND;
    const entry = COMMANDS[name];
    if (!entry) {
      const hint = `${didYouMean(name, name.startsWith('-') ? ROOT_FLAGS : Object.keys(COMMANDS))} (see: hld --help)`;
      throw new UsageError(`unknown ${name.startsWith('-') ? 'option' : 'command'} ${quoted(name)}${hint}`);
    }
    const command = (await entry.load()).default;
    if (rest.some((arg) => HELP_FLAGS.has(arg))) {
      output.out(command.help);
      return EXIT.ok;
    }
    return await command.run({ argv: rest, output, env, commands: COMMANDS });
  } catch (error) {
    return reportError(error, output, env);
  }
}

/** Longer than any message hld writes itself; a line past it is repeating something pasted. */
export const ERROR_LINE_MAX = 400;

/**
 * Every error line names the program once: `hld: <message>`, or the message as
 * it is when it already starts with the command it is about (`hld delete: ...`).
 * Messages quote values with quoted(); as a last defence the whole line has
 * its control characters escaped and is cut, so it is always one line.
 */
export function errorLine(message: string): string {
  const line = shownValue(message, ERROR_LINE_MAX);
  return line.startsWith('hld ') ? line : `hld: ${line}`;
}

function reportError(error: unknown, output: Output, env: NodeJS.ProcessEnv): number {
  if (error instanceof HldError) {
    output.err(errorLine(error.message));
    return error.exitCode;
  }
  // A full disk, a read-only folder, a missing one: the user's machine, not a bug.
  if (isSystemError(error)) {
    output.err(errorLine(describeSystemError(error)));
    if (env['HLD_DEBUG'] && error.stack) output.err(error.stack);
    return EXIT.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  output.err(errorLine(`unexpected error: ${message.split('\n')[0]}`));
  if (env['HLD_DEBUG'] && error instanceof Error && error.stack) output.err(error.stack);
  else output.err('hld: this is a bug; run again with HLD_DEBUG=1 for details, and please report it');
  return EXIT.failure;
}

// Run when executed as the bundle entry, not when imported by tests.
const isEntry = process.argv[1] !== undefined && /(?:^|[\\/])(hld(?:\.js)?|main\.ts)$/.test(process.argv[1]);
if (isEntry || import.meta.url.endsWith('/dist/hld.js')) {
  guardStandardStreams();
  const code = await runCli(process.argv.slice(2));
  // A screen ended by SIGTERM/SIGHUP/SIGINT has already set 128 + the signal's number.
  if (!process.exitCode) process.exitCode = code;
}
