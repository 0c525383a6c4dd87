/**
 * One key press (or one pasted chunk) as the screens see it. Ink's own key
 * object reports the Backspace key (0x7f) and the Delete key (ESC[3~) both as
 * `delete`, so screens parse the raw sequence themselves.
 */
export type KeyName =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'pageup'
  | 'pagedown'
  | 'return'
  | 'escape'
  | 'tab'
  | 'backtab'
  | 'backspace'
  | 'delete'
  | 'f1'
  | 'ctrl'
  | 'text'
  | 'unknown';

export interface KeyPress {
  readonly name: KeyName;
  /** For `ctrl`: the letter (ctrl+n is { name: 'ctrl', text: 'n' }). For `text`: what was typed or pasted. */
  readonly text: string;
  /** Alt/Option held (ESC prefix), as on word-wise moves. */
  readonly meta: boolean;
}

const SEQUENCES: Readonly<Record<string, KeyName>> = {
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1b[C': 'right',
  '\x1b[D': 'left',
  '\x1bOA': 'up',
  '\x1bOB': 'down',
  '\x1bOC': 'right',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1b[F': 'end',
  '\x1bOH': 'home',
  '\x1bOF': 'end',
  '\x1b[1~': 'home',
  '\x1b[4~': 'end',
  '\x1b[7~': 'home',
  '\x1b[8~': 'end',
  '\x1b[5~': 'pageup',
  '\x1b[6~': 'pagedown',
  '\x1b[3~': 'delete',
  '\x1b[Z': 'backtab',
  '\x1bOP': 'f1',
  '\x1b[11~': 'f1',
  '\x1b[[A': 'f1',
  '\r': 'return',
  '\t': 'tab',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x1b': 'escape',
  '\x1b\x1b': 'escape',
};

const press = (name: KeyName, text = '', meta = false): KeyPress => ({ name, text, meta });

/** Parse one input event as Ink emits it (a single key sequence, or a run of plain text). */
export function parseKey(raw: string): KeyPress {
  const known = SEQUENCES[raw];
  if (known) return press(known);
  // xterm modifier forms such as ESC[1;5C (ctrl+right) or ESC[1;3D (alt+left).
  const modified = /^\x1b\[1;(\d)([ABCDHF])$/.exec(raw);
  if (modified) {
    const name = SEQUENCES[`\x1b[${modified[2]}`]!;
    return press(name, '', modified[1] !== '2');
  }
  if (raw.length === 2 && raw.startsWith('\x1b')) {
    const inner = parseKey(raw.slice(1));
    return inner.name === 'text' ? press('unknown', inner.text, true) : { ...inner, meta: true };
  }
  if (raw.length === 1) {
    const code = raw.charCodeAt(0);
    if (code === 0x0a) return press('text', '\n');
    if (code >= 1 && code <= 26) return press('ctrl', String.fromCharCode(code + 96));
    if (code < 32) return press('unknown', raw);
  }
  if (raw.startsWith('\x1b')) return press('unknown', raw);
  return press('text', raw);
}

/**
 * Split one input event into key presses. Ink hands over a run of bytes with
 * no escape in it as one event, so keys pressed (or sent) quickly arrive
 * together: "\x7f\x7f\x7f" is three backspaces and "1B\r" is text then Enter.
 * Printable runs stay together (a paste is inserted at once); tabs and line
 * feeds inside a longer run are pasted text, not keys.
 */
export function splitInput(raw: string): string[] {
  // Esc then a letter read together (the app was busy) arrives as ESC+letter,
  // which terminals also send for Alt+letter. No screen uses Alt+letter, and a
  // lost Esc strands the user in the notes, so it is read as Esc, then the letter.
  if (raw.length === 2 && raw[0] === '\x1b' && /^[\x20-\x7e]$/.test(raw[1]!) && raw[1] !== '[' && raw[1] !== 'O') return ['\x1b', raw[1]!];
  if (raw.length <= 1 || raw.startsWith('\x1b')) return [raw];
  const pieces: string[] = [];
  let text = '';
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    const control = (code < 0x20 && ch !== '\t' && ch !== '\n') || code === 0x7f;
    if (!control) {
      text += ch;
      continue;
    }
    if (text) pieces.push(text);
    text = '';
    pieces.push(ch);
  }
  if (text) pieces.push(text);
  return pieces;
}

/**
 * A run of characters typed ahead or pasted, as one key press each, line
 * breaks as Enter: how screens that are not taking text read such a run,
 * where every character may be a command.
 */
export function keysOf(text: string): KeyPress[] {
  return [...text].map((ch) => (ch === '\r' || ch === '\n' ? press('return') : press('text', ch)));
}
