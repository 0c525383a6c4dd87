import { cleanText } from './clean-text.js';
import { boundaryAtOrAfter, boundaryAtOrBefore, columns, graphemesOf, isPlainAscii, nextBoundary, previousBoundary } from './graphemes.js';
import { wrapLine, type Segment } from './wrap.js';

/**
 * The multi-line notes editor as a pure reducer. Text is kept as logical lines;
 * each line is wrapped to the pane width in terminal columns, and the cursor
 * moves up and down by visual rows, remembering the column it wants to be in.
 *
 * The cursor is a UTF-16 offset that is always a grapheme boundary: left,
 * right, Backspace and Delete move over or remove whole graphemes (an emoji
 * with its modifiers, a flag, a letter with its accents), so no edit leaves
 * half a surrogate pair or a mark without its base.
 *
 * Wrapping is kept with the text (`wrapped`, one entry per line) and redone
 * only for the lines an edit changes, or for all of them when the width
 * changes: a keystroke costs the same in a long text as in a short one.
 */
export interface EditorState {
  readonly lines: readonly string[];
  /** Each line's visual rows at `width`, in step with `lines`. */
  readonly wrapped: readonly (readonly Segment[])[];
  /** Cursor: logical line and offset in it (a grapheme boundary). */
  readonly row: number;
  readonly col: number;
  /** The visual column (in terminal columns) up/down try to keep; undefined after a horizontal move. */
  readonly goal: number | undefined;
  /** First visual row shown. */
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
}

export type EditorAction =
  | { readonly type: 'insert'; readonly text: string }
  | { readonly type: 'newline' }
  | { readonly type: 'backspace' }
  | { readonly type: 'delete' }
  | { readonly type: 'left' }
  | { readonly type: 'right' }
  | { readonly type: 'up' }
  | { readonly type: 'down' }
  | { readonly type: 'home' }
  | { readonly type: 'end' }
  | { readonly type: 'pageUp' }
  | { readonly type: 'pageDown' }
  | { readonly type: 'wordLeft' }
  | { readonly type: 'wordRight' }
  | { readonly type: 'deleteWordBack' }
  | { readonly type: 'resize'; readonly width: number; readonly height: number };

export interface VisualRow extends Segment {
  readonly line: number;
  readonly text: string;
}

export interface EditorView {
  readonly rows: readonly VisualRow[];
  readonly cursorRow: number;
  /** The cursor's column on its row, in terminal columns. */
  readonly cursorCol: number;
  /** The cursor's offset in its row's text (UTF-16, a grapheme boundary). */
  readonly cursorOffset: number;
}

export { cleanText } from './clean-text.js';

const wrapAll = (lines: readonly string[], width: number): (readonly Segment[])[] => lines.map((line) => wrapLine(line, width));

export function createEditor(text: string, width: number, height: number): EditorState {
  const lines = cleanText(text).split('\n');
  const row = lines.length - 1;
  const w = Math.max(1, width);
  return follow({ lines, wrapped: wrapAll(lines, w), row, col: lines[row]!.length, goal: undefined, scroll: 0, width: w, height: Math.max(1, height) });
}

export const editorText = (state: EditorState): string => state.lines.join('\n');

/** How many visual rows the text takes at its width. */
export function rowCount(state: EditorState): number {
  let total = 0;
  for (const rows of state.wrapped) total += rows.length;
  return total;
}

/** Which of `segments` (a line's rows) holds `col`: the end of a row belongs to the next one, except on the last. */
function segmentOf(segments: readonly Segment[], col: number): number {
  for (let k = 0; k < segments.length - 1; k++) if (col < segments[k]!.end) return k;
  return segments.length - 1;
}

interface CursorPlace {
  /** Visual row index in the whole text. */
  readonly row: number;
  /** Terminal columns before the cursor on that row. */
  readonly col: number;
  /** Offset of the cursor in the row's text. */
  readonly offset: number;
}

function cursorPlace(state: EditorState): CursorPlace {
  let row = 0;
  for (let i = 0; i < state.row; i++) row += state.wrapped[i]!.length;
  const segments = state.wrapped[state.row]!;
  const k = segmentOf(segments, state.col);
  const start = segments[k]!.start;
  const line = state.lines[state.row]!;
  return { row: row + k, col: columns(line.slice(start, state.col)), offset: state.col - start };
}

/** `count` visual rows from row `first` (fewer at the end of the text). */
function rowsFrom(state: EditorState, first: number, count: number): VisualRow[] {
  const rows: VisualRow[] = [];
  let index = 0;
  for (let line = 0; line < state.lines.length && rows.length < count; line++) {
    const segments = state.wrapped[line]!;
    if (index + segments.length <= first) {
      index += segments.length;
      continue;
    }
    const text = state.lines[line]!;
    for (const segment of segments) {
      if (index++ < first) continue;
      if (rows.length === count) break;
      rows.push({ ...segment, line, text: text.slice(segment.start, segment.end) });
    }
  }
  return rows;
}

/** Every visual row of the text and where the cursor is among them. */
export function layoutEditor(state: EditorState): EditorView {
  const cursor = cursorPlace(state);
  return { rows: rowsFrom(state, 0, rowCount(state)), cursorRow: cursor.row, cursorCol: cursor.col, cursorOffset: cursor.offset };
}

/** The rows to draw: `height` rows from the scroll position, and the cursor among them. */
export function visibleRows(state: EditorState): EditorView {
  const cursor = cursorPlace(state);
  return { rows: rowsFrom(state, state.scroll, state.height), cursorRow: cursor.row - state.scroll, cursorCol: cursor.col, cursorOffset: cursor.offset };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  return follow(apply(state, action));
}

/** Replace `count` lines from `start` with `replacement`, wrapping only those. */
function replaceLines(state: EditorState, start: number, count: number, replacement: readonly string[], cursor: { row: number; col: number }): EditorState {
  const line = replacement[cursor.row - start] ?? state.lines[cursor.row]!;
  return {
    ...state,
    lines: splice(state.lines, start, count, replacement),
    wrapped: splice(state.wrapped, start, count, replacement.map((l) => wrapLine(l, state.width))),
    row: cursor.row,
    // An insertion can join what follows it into one grapheme (a mark, a second flag letter): step past it.
    col: boundaryAtOrAfter(line, cursor.col),
    goal: undefined,
  };
}

function apply(state: EditorState, action: EditorAction): EditorState {
  const { lines, row, col } = state;
  const line = lines[row]!;
  switch (action.type) {
    case 'insert': {
      const text = cleanText(action.text);
      if (text === '') return state;
      const pieces = text.split('\n');
      const before = line.slice(0, col);
      const after = line.slice(col);
      const inserted = pieces.length === 1 ? [before + pieces[0] + after] : [before + pieces[0], ...pieces.slice(1, -1), pieces.at(-1)! + after];
      const nextRow = row + pieces.length - 1;
      const nextCol = pieces.length === 1 ? col + pieces[0]!.length : pieces.at(-1)!.length;
      return replaceLines(state, row, 1, inserted, { row: nextRow, col: nextCol });
    }
    case 'newline':
      return apply(state, { type: 'insert', text: '\n' });
    case 'backspace': {
      if (col > 0) {
        const start = previousBoundary(line, col);
        return replaceLines(state, row, 1, [line.slice(0, start) + line.slice(col)], { row, col: start });
      }
      if (row === 0) return state;
      const above = lines[row - 1]!;
      return replaceLines(state, row - 1, 2, [above + line], { row: row - 1, col: above.length });
    }
    case 'delete':
      if (col < line.length) return replaceLines(state, row, 1, [line.slice(0, col) + line.slice(nextBoundary(line, col))], { row, col });
      if (row === lines.length - 1) return state;
      return replaceLines(state, row, 2, [line + lines[row + 1]!], { row, col });
    case 'left':
      if (col > 0) return { ...state, col: previousBoundary(line, col), goal: undefined };
      if (row === 0) return state;
      return { ...state, row: row - 1, col: lines[row - 1]!.length, goal: undefined };
    case 'right':
      if (col < line.length) return { ...state, col: nextBoundary(line, col), goal: undefined };
      if (row === lines.length - 1) return state;
      return { ...state, row: row + 1, col: 0, goal: undefined };
    case 'home':
      return { ...state, col: 0, goal: undefined };
    case 'end':
      return { ...state, col: line.length, goal: undefined };
    case 'up':
      return moveVertically(state, -1);
    case 'down':
      return moveVertically(state, 1);
    case 'pageUp':
      return moveVertically(state, -Math.max(1, state.height - 1));
    case 'pageDown':
      return moveVertically(state, Math.max(1, state.height - 1));
    case 'wordLeft':
      if (col === 0) return apply(state, { type: 'left' });
      return { ...state, col: boundaryAtOrBefore(line, wordStart(line, col)), goal: undefined };
    case 'wordRight':
      if (col === line.length) return apply(state, { type: 'right' });
      return { ...state, col: boundaryAtOrAfter(line, wordEnd(line, col)), goal: undefined };
    case 'deleteWordBack': {
      if (col === 0) return apply(state, { type: 'backspace' });
      const start = boundaryAtOrBefore(line, wordStart(line, col));
      return replaceLines(state, row, 1, [line.slice(0, start) + line.slice(col)], { row, col: start });
    }
    case 'resize': {
      const width = Math.max(1, action.width);
      const height = Math.max(1, action.height);
      if (width === state.width && height === state.height) return state;
      return { ...state, width, height, wrapped: width === state.width ? state.wrapped : wrapAll(lines, width), goal: undefined };
    }
  }
}

/** The offset in `text` (a row) whose column is the largest not past `goal`, at most `limit`. */
function offsetAtColumn(text: string, goal: number, limit: number): number {
  if (isPlainAscii(text)) return Math.min(goal, limit);
  let used = 0;
  let best = 0;
  for (const g of graphemesOf(text)) {
    if (g.start > limit || used > goal) break;
    best = g.start;
    used += g.width;
  }
  if (used <= goal && text.length <= limit) best = text.length;
  return best;
}

/** Move the cursor `delta` visual rows, keeping the goal column; at the top or bottom go to the line's start or end. */
function moveVertically(state: EditorState, delta: number): EditorState {
  const cursor = cursorPlace(state);
  const goal = state.goal ?? cursor.col;
  const target = cursor.row + delta;
  if (target < 0) return { ...state, row: 0, col: 0, goal: undefined };
  const [row] = rowsFrom(state, target, 1);
  if (!row) {
    const last = state.lines.length - 1;
    return { ...state, row: last, col: state.lines[last]!.length, goal: undefined };
  }
  const segments = state.wrapped[row.line]!;
  const lastOfLine = segments[segments.length - 1]!.start === row.start;
  // On a row that continues below, the offset `end` belongs to the next row: stop before its last grapheme.
  const limit = lastOfLine ? row.text.length : previousBoundary(row.text, row.text.length);
  return { ...state, row: row.line, col: row.start + offsetAtColumn(row.text, goal, limit), goal };
}

/** Where the word before `col` starts (skipping spaces first), as readline's Ctrl+W sees it. */
function wordStart(line: string, col: number): number {
  let i = col;
  while (i > 0 && line[i - 1] === ' ') i--;
  while (i > 0 && line[i - 1] !== ' ') i--;
  return i;
}

/** Where the word at or after `col` ends. */
function wordEnd(line: string, col: number): number {
  let i = col;
  while (i < line.length && line[i] === ' ') i++;
  while (i < line.length && line[i] !== ' ') i++;
  return i;
}

/** Scroll just enough to keep the cursor in view, and never past the end of the text. */
function follow(state: EditorState): EditorState {
  const cursor = cursorPlace(state).row;
  let scroll = state.scroll;
  if (cursor < scroll) scroll = cursor;
  if (cursor >= scroll + state.height) scroll = cursor - state.height + 1;
  scroll = Math.max(0, Math.min(scroll, rowCount(state) - state.height));
  return scroll === state.scroll ? state : { ...state, scroll };
}

function splice<T>(items: readonly T[], start: number, count: number, replacement: readonly T[]): T[] {
  return [...items.slice(0, start), ...replacement, ...items.slice(start + count)];
}
