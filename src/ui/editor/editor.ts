import { wrapLine, type Segment } from './wrap.js';

/**
 * The multi-line notes editor as a pure reducer. Text is kept as logical lines;
 * the view wraps them to the pane width, and the cursor moves up and down by
 * visual rows, remembering the column it wants to be in.
 */
export interface EditorState {
  readonly lines: readonly string[];
  /** Cursor: logical line and offset in it. */
  readonly row: number;
  readonly col: number;
  /** The visual column up/down try to keep; undefined after a horizontal move. */
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
  readonly cursorCol: number;
}

const TAB = '  ';

/** Typed or pasted text made safe to store: Windows and old-Mac line ends become \n, tabs spaces, other control characters go. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, TAB)
    .replace(/\x1b\[[0-9;]*[A-Za-z~]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x09\x0b-\x1f\x7f]/g, '');
}

export function createEditor(text: string, width: number, height: number): EditorState {
  const lines = cleanText(text).split('\n');
  const row = lines.length - 1;
  return follow({ lines, row, col: lines[row]!.length, goal: undefined, scroll: 0, width: Math.max(1, width), height: Math.max(1, height) });
}

export const editorText = (state: EditorState): string => state.lines.join('\n');

/** Every visual row of the text and where the cursor is among them. */
export function layoutEditor(state: EditorState): EditorView {
  const rows: VisualRow[] = [];
  let cursorRow = 0;
  let cursorCol = 0;
  state.lines.forEach((line, index) => {
    const segments = wrapLine(line, state.width);
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      if (index === state.row && state.col >= segment.start && (state.col < segment.end || last)) {
        cursorRow = rows.length;
        cursorCol = state.col - segment.start;
      }
      rows.push({ ...segment, line: index, text: line.slice(segment.start, segment.end) });
    });
  });
  return { rows, cursorRow, cursorCol };
}

/** The rows to draw: `height` rows from the scroll position. */
export function visibleRows(state: EditorState): { rows: readonly VisualRow[]; cursorRow: number; cursorCol: number } {
  const view = layoutEditor(state);
  return {
    rows: view.rows.slice(state.scroll, state.scroll + state.height),
    cursorRow: view.cursorRow - state.scroll,
    cursorCol: view.cursorCol,
  };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  return follow(apply(state, action));
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
      return { ...state, lines: splice(lines, row, 1, inserted), row: nextRow, col: nextCol, goal: undefined };
    }
    case 'newline':
      return apply(state, { type: 'insert', text: '\n' });
    case 'backspace':
      if (col > 0) return { ...state, lines: splice(lines, row, 1, [line.slice(0, col - 1) + line.slice(col)]), col: col - 1, goal: undefined };
      if (row === 0) return state;
      return { ...state, lines: splice(lines, row - 1, 2, [lines[row - 1]! + line]), row: row - 1, col: lines[row - 1]!.length, goal: undefined };
    case 'delete':
      if (col < line.length) return { ...state, lines: splice(lines, row, 1, [line.slice(0, col) + line.slice(col + 1)]), goal: undefined };
      if (row === lines.length - 1) return state;
      return { ...state, lines: splice(lines, row, 2, [line + lines[row + 1]!]), goal: undefined };
    case 'left':
      if (col > 0) return { ...state, col: col - 1, goal: undefined };
      if (row === 0) return state;
      return { ...state, row: row - 1, col: lines[row - 1]!.length, goal: undefined };
    case 'right':
      if (col < line.length) return { ...state, col: col + 1, goal: undefined };
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
      return { ...state, col: wordStart(line, col), goal: undefined };
    case 'wordRight':
      if (col === line.length) return apply(state, { type: 'right' });
      return { ...state, col: wordEnd(line, col), goal: undefined };
    case 'deleteWordBack': {
      if (col === 0) return apply(state, { type: 'backspace' });
      const start = wordStart(line, col);
      return { ...state, lines: splice(lines, row, 1, [line.slice(0, start) + line.slice(col)]), col: start, goal: undefined };
    }
    case 'resize':
      return { ...state, width: Math.max(1, action.width), height: Math.max(1, action.height), goal: undefined };
  }
}

/** Move the cursor `delta` visual rows, keeping the goal column; at the top or bottom go to the line's start or end. */
function moveVertically(state: EditorState, delta: number): EditorState {
  const view = layoutEditor(state);
  const goal = state.goal ?? view.cursorCol;
  const targetIndex = view.cursorRow + delta;
  if (targetIndex < 0) return { ...state, row: 0, col: 0, goal: undefined };
  if (targetIndex >= view.rows.length) {
    const last = state.lines.length - 1;
    return { ...state, row: last, col: state.lines[last]!.length, goal: undefined };
  }
  const target = view.rows[targetIndex]!;
  const next = view.rows[targetIndex + 1];
  const lastOfLine = next === undefined || next.line !== target.line;
  // On a row that continues below, the offset `end` belongs to the next row.
  const maxCol = target.end - target.start - (lastOfLine ? 0 : 1);
  return { ...state, row: target.line, col: target.start + Math.min(goal, Math.max(0, maxCol)), goal };
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
  const view = layoutEditor(state);
  let scroll = state.scroll;
  if (view.cursorRow < scroll) scroll = view.cursorRow;
  if (view.cursorRow >= scroll + state.height) scroll = view.cursorRow - state.height + 1;
  scroll = Math.max(0, Math.min(scroll, view.rows.length - state.height));
  return scroll === state.scroll ? state : { ...state, scroll };
}

function splice<T>(items: readonly T[], start: number, count: number, replacement: readonly T[]): T[] {
  return [...items.slice(0, start), ...replacement, ...items.slice(start + count)];
}
