import { columns, fitColumns, graphemesOf, isPlainAscii } from './graphemes.js';

/**
 * Word wrap for the notes editor and for text shown in panes. A logical line
 * is cut into visual rows of at most `width` terminal columns, breaking after
 * the last space that fits, or hard at the last grapheme that fits when a word
 * (or a run of CJK text, which has no spaces) is longer than a row. Wide
 * characters (CJK, emoji) take two columns; a row never ends inside a
 * grapheme. Rows are UTF-16 offsets into the line, so the cursor can be mapped
 * between logical and visual positions.
 */
export interface Segment {
  /** Offset of the row's first character in its line. */
  readonly start: number;
  /** Offset just past the row's last character. */
  readonly end: number;
}

/**
 * `kept`: offsets of spaces that are not places to break (see keptSpaces), unless a row has no other space to
 * break at. The notes editor passes none: what the user types wraps at every space.
 */
export function wrapLine(line: string, width: number, kept?: ReadonlySet<number>): Segment[] {
  const w = Math.max(1, Math.floor(width));
  return isPlainAscii(line) ? wrapAscii(line, w, kept) : wrapGraphemes(line, w, kept);
}

/** One character, one column: offsets are columns. */
function wrapAscii(line: string, w: number, kept: ReadonlySet<number> | undefined): Segment[] {
  const segments: Segment[] = [];
  let pos = 0;
  while (line.length - pos > w) {
    const last = line.lastIndexOf(' ', pos + w - 1);
    let space = last;
    while (kept && space > pos && kept.has(space)) space = line.lastIndexOf(' ', space - 1);
    if (space <= pos) space = last;
    const end = space > pos ? space + 1 : pos + w;
    segments.push({ start: pos, end });
    pos = end;
  }
  segments.push({ start: pos, end: line.length });
  // A row filled to the last column leaves no room for the cursor after it.
  if (line.length - pos === w) segments.push({ start: line.length, end: line.length });
  return segments;
}

function wrapGraphemes(line: string, w: number, kept: ReadonlySet<number> | undefined): Segment[] {
  const marks = graphemesOf(line);
  const segments: Segment[] = [];
  let first = 0; // index in `marks` of the row's first grapheme
  let used = 0; // columns of marks[first..i)
  let afterSpace = -1; // index just past the row's last space that is a place to break, if any
  let afterKept = -1; // index just past the row's last kept space, the place to break when there is no other
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    // A zero-width grapheme (a lone mark, a zero-width space) still needs a cell for the cursor before it.
    while (used + Math.max(1, mark.width) > w && i > first) {
      // Break after the last space in the row (not one that starts it), or before this grapheme.
      const cut = afterSpace > first + 1 ? afterSpace : afterKept > first + 1 ? afterKept : i;
      segments.push({ start: marks[first]!.start, end: marks[cut]!.start });
      first = cut;
      used = 0;
      for (let j = cut; j < i; j++) used += marks[j]!.width;
      // A kept space after the last breakable one is still in the new row (the fast path finds it there too).
      afterKept = afterKept > cut ? afterKept : -1;
      afterSpace = -1;
    }
    used += mark.width;
    if (mark.end - mark.start === 1 && line.charCodeAt(mark.start) === 0x20) {
      if (kept?.has(mark.start)) afterKept = i + 1;
      else afterSpace = i + 1;
    }
  }
  const start = first < marks.length ? marks[first]!.start : line.length;
  segments.push({ start, end: line.length });
  if (used >= w) segments.push({ start: line.length, end: line.length });
  return segments;
}

/** Words that stand for an operator in working and formulas, each one character. */
const OPERATORS = 'x×*/÷+-−–=≈~<>≤≥';
/** A number written alone, matched where a word starts: 175, 1,440, 0.4, (1,440, $2.5, 20%, 1e9. */
const NUMBER = /[($~≈]*[-−]?\d[\d,.]*(?:[eE][+-]?\d+)?%?\)?/y;
/** What a number's unit starts with: MB, minutes/day, s/day, K, %. */
const UNIT_START = /[\p{L}%/°]/u;
/** An operator's number, matched where a word starts: 30, (1,440, $5. */
const OPERAND = /[($~≈]*[-−]?\d/y;

/** Whether `pattern` (sticky) matches `line` at `from`, ending at `to` when given. */
function matchesAt(pattern: RegExp, line: string, from: number, to?: number): boolean {
  pattern.lastIndex = from;
  return pattern.test(line) && (to === undefined || pattern.lastIndex === to);
}

/** Whether the word of `line` from `start` to `end` is one operator. */
const isOperator = (line: string, start: number, end: number): boolean => end - start === 1 && OPERATORS.includes(line[start]!);

/**
 * The spaces of `line` that shown text should not break at, as offsets: between a number and its unit ("175 MB",
 * "30 days/month") and between an operator and the number after it ("x 86,400", "/ (1,440"), so that a row never
 * ends with "175" or "x" while "MB" or "30" starts the next. A row breaks there only when it has no other space.
 * Words are what single spaces separate. One pass over the spaces, as it runs on every line shown wrapped.
 */
export function keptSpaces(line: string): ReadonlySet<number> | undefined {
  if (!/\d/.test(line)) return undefined;
  let kept: Set<number> | undefined;
  let start = 0; // where the word before the space starts
  for (let space = line.indexOf(' '); space !== -1; start = space + 1, space = line.indexOf(' ', start)) {
    const next = space + 1;
    if (next >= line.length || line[next] === ' ' || space === start) continue;
    const nextEnd = line.indexOf(' ', next);
    const together = isOperator(line, start, space)
      ? matchesAt(OPERAND, line, next)
      : matchesAt(NUMBER, line, start, space) && UNIT_START.test(line[next]!) && !isOperator(line, next, nextEnd === -1 ? line.length : nextEnd);
    if (together) (kept ??= new Set()).add(space);
  }
  return kept;
}

/** keptSpaces of a line that may take more than one row of `width`; a line that fits a row (most do) needs none. */
const keptIfLong = (line: string, width: number): ReadonlySet<number> | undefined =>
  line.length <= width && (line.length * 2 <= width || isPlainAscii(line)) ? undefined : keptSpaces(line);

/**
 * Plain text wrapped for display (guide, hints, overlays, working, reports): continuation rows get `indent`;
 * trailing spaces dropped. A number stays with its unit and an operator with its number (keptSpaces).
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const rows: string[] = [];
  for (const line of text.split('\n')) {
    const [first] = wrapLine(line, width, keptIfLong(line, width));
    rows.push(line.slice(0, first!.end).trimEnd());
    const rest = line.slice(first!.end);
    if (rest === '') continue;
    const restWidth = Math.max(1, width - columns(indent));
    for (const s of wrapLine(rest, restWidth, keptIfLong(rest, restWidth))) {
      if (s.start === s.end) continue;
      rows.push(`${indent}${rest.slice(s.start, s.end).trimEnd()}`);
    }
  }
  return rows;
}

/** Cut a line to `width` columns, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (columns(text) <= width) return text;
  return width === 1 ? '…' : `${fitColumns(text, width - 1)}…`;
}

/**
 * Text wrapped to `width` columns in at most `maxRows` rows. When it needs more, the last row shown ends with
 * an ellipsis after its last whole word that leaves room for it (a hard cut only for a word longer than the row),
 * so the reader sees that there is more rather than a sentence that stops mid-way.
 */
export function wrapWithin(text: string, width: number, maxRows: number, indent = ''): string[] {
  const rows = wrapText(text, width, indent);
  if (rows.length <= maxRows) return rows;
  if (maxRows <= 0) return [];
  const shown = rows.slice(0, maxRows);
  shown[maxRows - 1] = endWithEllipsis(shown[maxRows - 1]!, width);
  return shown;
}

/** `row` (the start of a longer text) ended with an ellipsis at a word boundary, in `width` columns. */
function endWithEllipsis(row: string, width: number): string {
  if (columns(row) + 1 <= width) return `${row}…`;
  const fits = fitColumns(row, width - 1);
  const space = fits.trimEnd().lastIndexOf(' ');
  // Keep the indent of a continuation row: only a space after some text is a word boundary.
  const cut = space > 0 && fits.slice(0, space).trim() !== '' ? fits.slice(0, space) : fits;
  return `${cut.trimEnd()}…`;
}
