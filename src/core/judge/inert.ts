import { escapeControl } from '../shown-value.js';

/**
 * Report text made inert for a terminal: the report quotes the candidate's
 * notes and drawing labels, which may hold anything a paste can carry (ESC
 * sequences, NUL, bidirectional overrides). Every control character except
 * the line break is shown escaped the way shownValue shows a typed value in
 * a one-line message (ESC as \e, NUL as \u0000), but lines are kept and
 * nothing is cut, since a report is many lines long.
 */

// C0 controls but line feed, DEL, C1 controls, line and paragraph separators, and the bidirectional marks and overrides.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character but the line break escaped. */
export function inertText(text: string): string {
  return text.replace(UNSAFE, (char) => (char === '\t' ? '    ' : escapeControl(char)));
}
