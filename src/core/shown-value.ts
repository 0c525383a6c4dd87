import { numberText } from './units/number-text.js';

/**
 * How a value the user typed (or a file held) appears inside a one-line
 * message: quoted, with control characters escaped so nothing reaches the
 * terminal as a command or breaks the line, and cut to a readable length.
 */

/** The longest stretch of a value an error line repeats. */
export const SHOWN_VALUE_MAX = 60;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function escapeControl(char: string): string {
  switch (char) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\u001b':
      return '\\e';
    default:
      return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}

/** The value with control characters escaped and cut to `max` characters (an ellipsis and the full length say so). */
export function shownValue(value: string, max: number = SHOWN_VALUE_MAX): string {
  // Cut before escaping, so a huge paste costs no more than its first few characters.
  // A code point is at most two UTF-16 units, so this window always holds max + 1 of them when there are that many.
  const points = Array.from(value.slice(0, 2 * max + 2));
  const cut = points.length > max;
  const head = cut ? points.slice(0, max).join('') : value;
  const escaped = head.replace(CONTROL, escapeControl);
  return cut ? `${escaped}… (${numberText(value.length)} characters)` : escaped;
}

/** `shownValue` in single quotes, the way every message quotes what the user typed. */
export function quoted(value: string, max: number = SHOWN_VALUE_MAX): string {
  return `'${shownValue(value, max)}'`;
}
