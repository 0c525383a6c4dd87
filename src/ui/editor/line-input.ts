import { cleanText } from './clean-text.js';
import { boundaryAtOrAfter, nextBoundary, previousBoundary } from './graphemes.js';

/** A one-line text field (an assumption's value, a new component): text and cursor (a UTF-16 offset at a grapheme boundary, as in the notes editor). */
export interface LineInput {
  readonly text: string;
  readonly cursor: number;
}

export type LineInputAction =
  | { readonly type: 'insert'; readonly text: string }
  | { readonly type: 'backspace' }
  | { readonly type: 'delete' }
  | { readonly type: 'left' }
  | { readonly type: 'right' }
  | { readonly type: 'home' }
  | { readonly type: 'end' }
  /** Delete everything before the cursor (readline's Ctrl+U): the quick way to retype a value. */
  | { readonly type: 'clearBefore' };

export const lineInput = (text = ''): LineInput => ({ text, cursor: text.length });

export function lineInputReducer(state: LineInput, action: LineInputAction): LineInput {
  const { text, cursor } = state;
  switch (action.type) {
    case 'insert': {
      // A pasted line break would end the field; keep the text on one line.
      const typed = cleanText(action.text).replace(/\n+/g, ' ');
      const next = text.slice(0, cursor) + typed + text.slice(cursor);
      return { text: next, cursor: boundaryAtOrAfter(next, cursor + typed.length) };
    }
    // A deletion can join its two sides into one grapheme ("a", a zero-width space, a lone accent: deleting the space leaves "á"):
    // the cursor then steps past it, as in the notes editor, so it never stands inside a grapheme.
    case 'backspace': {
      if (cursor === 0) return state;
      const start = previousBoundary(text, cursor);
      const next = text.slice(0, start) + text.slice(cursor);
      return { text: next, cursor: boundaryAtOrAfter(next, start) };
    }
    case 'delete': {
      if (cursor === text.length) return state;
      const next = text.slice(0, cursor) + text.slice(nextBoundary(text, cursor));
      return { text: next, cursor: boundaryAtOrAfter(next, cursor) };
    }
    case 'left':
      return { text, cursor: previousBoundary(text, cursor) };
    case 'right':
      return { text, cursor: nextBoundary(text, cursor) };
    case 'home':
      return { text, cursor: 0 };
    case 'end':
      return { text, cursor: text.length };
    case 'clearBefore':
      return cursor === 0 ? state : { text: text.slice(cursor), cursor: 0 };
  }
}
