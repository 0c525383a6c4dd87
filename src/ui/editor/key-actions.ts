import type { KeyPress } from '../keys/parse-key.js';
import type { EditorAction } from './editor.js';
import type { LineInputAction } from './line-input.js';

/** What a key does in the notes editor; undefined when it is not an editing key. */
export function editorActionFor(key: KeyPress): EditorAction | undefined {
  switch (key.name) {
    case 'text':
      return { type: 'insert', text: key.text };
    case 'return':
      return { type: 'newline' };
    case 'backspace':
      return { type: 'backspace' };
    case 'delete':
      return { type: 'delete' };
    case 'left':
    case 'right':
      if (key.meta) return { type: key.name === 'left' ? 'wordLeft' : 'wordRight' };
      return { type: key.name };
    case 'up':
    case 'down':
    case 'home':
    case 'end':
      return { type: key.name };
    case 'pageup':
      return { type: 'pageUp' };
    case 'pagedown':
      return { type: 'pageDown' };
    case 'ctrl':
      return key.text === 'w' ? { type: 'deleteWordBack' } : readlineMove(key.text);
    default:
      return undefined;
  }
}

/** The usual readline keys for line start and end. */
function readlineMove(letter: string): { type: 'home' } | { type: 'end' } | undefined {
  if (letter === 'a') return { type: 'home' };
  if (letter === 'e') return { type: 'end' };
  return undefined;
}

/** What a key does in a one-line field; undefined when it is not an editing key. */
export function lineInputActionFor(key: KeyPress): LineInputAction | undefined {
  switch (key.name) {
    case 'text':
      return { type: 'insert', text: key.text };
    case 'backspace':
    case 'delete':
    case 'left':
    case 'right':
    case 'home':
    case 'end':
      return { type: key.name };
    case 'ctrl':
      return key.text === 'u' ? { type: 'clearBefore' } : readlineMove(key.text);
    default:
      return undefined;
  }
}
