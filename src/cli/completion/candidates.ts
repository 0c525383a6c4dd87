import { readdirSync } from 'node:fs';
import { listProblemFiles } from '../../core/problem/load.js';
import { sessionsDir } from '../../core/paths.js';
import { SESSION_EXTENSION } from '../../core/session/ids.js';
import { frameworkIds } from '../../core/template/load.js';
import type { OptionSpec } from '../args.js';
import type { Command, CommandTable, WordKind } from '../command.js';

/** Names `hld` takes first that are not in the registry. */
const EXTRA_FIRST_WORDS = ['help'];
const GLOBAL_FLAGS = ['--help', '--version'];
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export interface Completion {
  /** The words that fit where the cursor is, starting with what is typed there. */
  readonly words: string[];
  /** The word is a file name: the shell completes it from the file system. */
  readonly files: boolean;
}

const none: Completion = { words: [], files: false };

/** Session ids are file names: read the folder, never parse (or set aside) a file while the user presses Tab. */
function sessionIds(env: NodeJS.ProcessEnv): string[] {
  return readdirSync(sessionsDir(env))
    .filter((name) => name.endsWith(SESSION_EXTENSION) && !name.startsWith('.'))
    .map((name) => name.slice(0, -SESSION_EXTENSION.length));
}

function wordsOf(kind: WordKind, env: NodeJS.ProcessEnv, commands: CommandTable): Completion {
  if (typeof kind !== 'string') return { words: [...kind], files: false };
  try {
    return wordsOfKind(kind, env, commands);
  } catch {
    // An unreadable folder offers nothing; the command itself will say what is wrong.
    return none;
  }
}

function wordsOfKind(kind: Exclude<WordKind, readonly string[]>, env: NodeJS.ProcessEnv, commands: CommandTable): Completion {
  switch (kind) {
    case 'file':
      return { words: [], files: true };
    case 'problem':
      return { words: listProblemFiles(env).map((entry) => entry.id), files: false };
    case 'session':
      return { words: sessionIds(env), files: false };
    case 'framework':
      return { words: frameworkIds(), files: false };
    case 'command':
      return { words: Object.keys(commands), files: false };
    case 'shell':
      return { words: [...SHELLS], files: false };
  }
}

/** The option a word names (`--framework`, `-f`), or undefined. `--name=value` carries its value, so it names none. */
function optionNamed(options: OptionSpec, word: string): string | undefined {
  if (word.startsWith('--') && !word.includes('=')) return Object.hasOwn(options, word.slice(2)) ? word.slice(2) : undefined;
  if (/^-[A-Za-z]$/.test(word)) return Object.keys(options).find((name) => options[name]!.short === word.slice(1));
  return undefined;
}

/** How many positionals `args` holds: words that are neither options nor an option's value. */
function countPositionals(options: OptionSpec, args: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === '--') return count + args.length - i - 1;
    if (word.startsWith('-') && word.length > 1) {
      const name = optionNamed(options, word);
      if (name !== undefined && options[name]!.type === 'string') i++;
      continue;
    }
    count++;
  }
  return count;
}

function startingWith(typed: string, completion: Completion): Completion {
  return { words: [...new Set(completion.words.filter((word) => word.startsWith(typed)))], files: completion.files };
}

/**
 * What fits the word under the cursor. `words` are the words after `hld`, up
 * to and including the one being completed (empty when the cursor is after a
 * space); `commands` is the registry, passed in by the root so that this
 * module, loaded from the registry, does not import it back.
 */
export async function completeWords(words: readonly string[], env: NodeJS.ProcessEnv, commands: CommandTable): Promise<Completion> {
  const typed = words.at(-1) ?? '';
  const [name, ...args] = words.slice(0, -1);
  if (name === undefined) {
    return startingWith(typed, { words: typed.startsWith('-') ? GLOBAL_FLAGS : [...Object.keys(commands), ...EXTRA_FIRST_WORDS], files: false });
  }
  if (name === 'help') return args.length === 0 ? startingWith(typed, wordsOf('command', env, commands)) : none;
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) return none;
  const command: Command = (await entry.load()).default;
  const options = command.options ?? {};
  const previous = args.at(-1);
  const valueOf = previous === undefined ? undefined : optionNamed(options, previous);
  if (valueOf !== undefined && options[valueOf]!.type === 'string') {
    const kind = command.completion?.values?.[valueOf];
    return kind === undefined ? none : startingWith(typed, wordsOf(kind, env, commands));
  }
  if (typed.startsWith('-')) {
    return startingWith(typed, { words: [...Object.keys(options).map((option) => `--${option}`), '--help'], files: false });
  }
  const kind = command.completion?.positionals?.[countPositionals(options, args)];
  return kind === undefined ? none : startingWith(typed, wordsOf(kind, env, commands));
}
