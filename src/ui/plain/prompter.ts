import { HldError, EXIT } from '../../core/errors.js';
import { quoted } from '../../core/shown-value.js';
import { didYouMean } from '../../core/suggest.js';
import { cleanText } from '../editor/clean-text.js';
import type { LineSource } from './line-source.js';

/**
 * The questions of the plain walk and the plain drill, asked one line at a
 * time: each question and its numbered choices are printed once and never
 * redrawn, the answer is a line of text (a number or a name at a menu), and
 * notes are several lines ended by a line holding only a full stop. That is
 * what a screen reader reads well and what a script can send down a pipe.
 *
 * From a pipe the answers are echoed after their prompts, so the transcript
 * reads as a conversation, and an answer that is refused ends the walk with
 * one line (a script that gets out of step must not go on answering the
 * wrong questions); at a terminal the reason is said and the question asked
 * again.
 */

export interface Choice<T extends string> {
  /** What the choice does, as read out: "write notes for this step". */
  readonly name: string;
  readonly value: T;
  /** The word to type for it besides its number ("notes", "next"); shown before the name. */
  readonly key?: string;
}

export interface Prompter {
  /** A menu: the user types a choice's number, its key or its name. */
  select<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  /** One line of text; `validate` returns true or why the answer is refused. */
  input(message: string, options?: { validate?: (value: string) => true | string }): Promise<string>;
  /** Several lines, ended by a line holding only a full stop (said in the prompt). */
  lines(message: string): Promise<string[]>;
  print(text: string): void;
}

/** The line that ends a block of notes: easy to type and to send from a script, and never a line of notes by itself. */
export const END_OF_NOTES = '.';

/** The input ended (end of a pipe, Ctrl+D) while a question waited for its answer. */
export class InputEnded extends HldError {
  constructor(
    /** The question that got no answer. */
    readonly question: string,
    /** Lines of a block of notes read before the end, to keep. */
    readonly partial: readonly string[] = [],
  ) {
    super(`the input ended at "${question}" before its answer`, EXIT.failure);
  }
}

/** An answer from a pipe was refused: the script and the questions are out of step. */
export class AnswerRefused extends HldError {
  constructor(question: string, answer: string, reason: string) {
    super(`the answer ${quoted(answer)} to "${question}" is not accepted: ${reason}`, EXIT.usage);
  }
}

/** Ctrl+C or a signal while a question waited: the command ends quietly, its work saved. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

export interface LinePrompterOptions {
  readonly source: LineSource;
  /** A whole line of output. */
  readonly say: (text: string) => void;
  /** A prompt the answer is typed after, on the same line (without it, on the next line). */
  readonly prompt?: (text: string) => void;
  /** Answers come from a pipe: echo them, and refuse instead of asking again. */
  readonly piped: boolean;
}

/** How a typed answer picks a choice: its number, its key, its name, or the unique start of a key or name. */
export function pickChoice<T extends string>(choices: readonly Choice<T>[], answer: string): Choice<T> | string {
  const typed = answer.trim().toLowerCase().replace(/\.$/, '');
  if (typed === '') return `type a number from 1 to ${choices.length}${choices.some((c) => c.key) ? ' or a name' : ''}`;
  if (/^\d+$/.test(typed)) {
    const n = Number(typed);
    return choices[n - 1] ?? `there is no choice ${n}; type a number from 1 to ${choices.length}`;
  }
  const whole = choices.find((c) => c.key?.toLowerCase() === typed || c.name.toLowerCase() === typed);
  if (whole) return whole;
  const starts = choices.filter((c) => c.key?.toLowerCase().startsWith(typed) || c.name.toLowerCase().startsWith(typed));
  if (starts.length === 1) return starts[0]!;
  const names = choices.map((c) => c.key ?? c.name.toLowerCase());
  if (starts.length > 1) return `it could be ${starts.map((c) => c.key ?? c.name).join(' or ')}; type more of it, or its number`;
  return `type a number from 1 to ${choices.length}${choices.some((c) => c.key) ? ` or a name (${names.join(', ')})` : ''}${didYouMean(typed, names)}`;
}

const sameChoices = (a: readonly Choice<string>[] | undefined, b: readonly Choice<string>[]): boolean =>
  a !== undefined && a.length === b.length && a.every((c, i) => c.name === b[i]!.name && c.key === b[i]!.key);

export function linePrompter({ source, say, prompt, piped }: LinePrompterOptions): Prompter {
  let lastMenu: readonly Choice<string>[] | undefined;

  /** One answer: the prompt (none for the lines of a block of notes), then a line, echoed when piped. */
  const answer = async (question: string, label: string | undefined): Promise<string> => {
    if (label !== undefined) {
      if (prompt) prompt(`${label} `);
      else say(label);
    }
    const read = await source.next();
    if ('end' in read) {
      // The prompt's line is left open (and holds ^C or ^D at a terminal): what follows starts on a line of its own.
      if (label !== undefined && prompt) say('');
      if (read.end === 'signal') throw new Interrupted();
      throw new InputEnded(question);
    }
    if (piped) say(read.line);
    return read.line;
  };

  /** Say why an answer was refused and ask again, or (from a pipe) stop. */
  const refuse = (question: string, typed: string, reason: string): void => {
    if (piped) throw new AnswerRefused(question, typed, reason);
    // A reason may end in its own punctuation ("did you mean 'go'?"): no second mark after it.
    say(`Not accepted: ${reason}${/[.?!]$/.test(reason) ? '' : '.'}`);
  };

  const menu = (choices: readonly Choice<string>[]): string[] =>
    choices.map((c, i) => `${i + 1}. ${c.key ? `${c.key}: ` : ''}${c.name}`);

  return {
    async select(message, choices) {
      // The same menu again (after showing a hint, say) is not read out again: "list" brings it back.
      if (sameChoices(lastMenu, choices)) say(`${message} (the same choices as before; list reads them again)`);
      else say([message, ...menu(choices)].join('\n'));
      lastMenu = choices;
      for (;;) {
        const typed = await answer(message, 'Choice:');
        if (typed.trim().toLowerCase() === 'list' && !choices.some((c) => c.key === 'list')) {
          say(menu(choices).join('\n'));
          continue;
        }
        const picked = pickChoice(choices, typed);
        if (typeof picked !== 'string') return picked.value;
        refuse(message, typed, picked);
      }
    },

    async input(message, options = {}) {
      lastMenu = undefined;
      say(message);
      for (;;) {
        const typed = await answer(message, 'Answer:');
        const valid = options.validate ? options.validate(typed) : true;
        if (valid === true) return typed;
        refuse(message, typed, valid);
      }
    },

    async lines(message) {
      lastMenu = undefined;
      say(`${message} End with a line holding only a full stop (${END_OF_NOTES}).`);
      const lines: string[] = [];
      for (;;) {
        let typed: string;
        try {
          // No prompt per line: a pasted block arrives whole, and a prompt between its lines would garble it.
          typed = await answer(message, undefined);
        } catch (error) {
          throw error instanceof InputEnded ? new InputEnded(message, lines) : error;
        }
        if (typed.trim() === END_OF_NOTES) return lines;
        lines.push(cleanText(typed));
      }
    },

    print: say,
  };
}
