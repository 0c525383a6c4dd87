import type { KeyPress } from '../keys/parse-key.js';
import type { TextCommand } from '../keymap.js';
import type { EditorAction } from './editor.js';
import type { LineInputAction } from './line-input.js';

/**
 * What an editing command does in the notes editor and in a one-line input.
 * Which key gives which command is the key table's (src/ui/keymap.ts); this
 * only says what each command means to each editor. `key` carries the text
 * of text-insert.
 */

export function editorActionFor(command: TextCommand, key: KeyPress): EditorAction | undefined {
  switch (command) {
    case 'text-insert':
      return key.name === 'text' ? { type: 'insert', text: key.text } : undefined;
    case 'text-newline':
      return { type: 'newline' };
    case 'text-delete-back':
      return { type: 'backspace' };
    case 'text-delete-forward':
      return { type: 'delete' };
    case 'text-delete-word':
      return { type: 'deleteWordBack' };
    case 'text-left':
      return { type: 'left' };
    case 'text-right':
      return { type: 'right' };
    case 'text-word-left':
      return { type: 'wordLeft' };
    case 'text-word-right':
      return { type: 'wordRight' };
    case 'text-up':
      return { type: 'up' };
    case 'text-down':
      return { type: 'down' };
    case 'text-line-start':
      return { type: 'home' };
    case 'text-line-end':
      return { type: 'end' };
    case 'text-page-up':
      return { type: 'pageUp' };
    case 'text-page-down':
      return { type: 'pageDown' };
    case 'text-clear-before':
      return undefined;
  }
}

/** The editor actions a one-line input has too (same names, same meaning). */
const LINE_ACTIONS: ReadonlySet<string> = new Set<LineInputAction['type']>(['insert', 'backspace', 'delete', 'left', 'right', 'home', 'end']);

export function lineInputActionFor(command: TextCommand, key: KeyPress): LineInputAction | undefined {
  if (command === 'text-clear-before') return { type: 'clearBefore' };
  const action = editorActionFor(command, key);
  return action && LINE_ACTIONS.has(action.type) ? (action as LineInputAction) : undefined;
}
