import stringWidth from 'string-width';

/**
 * Text as a terminal shows it: grapheme clusters (what a reader calls one
 * character: an emoji with its skin tone or family members, a flag, a letter
 * with its accents) and the columns each takes (two for CJK and emoji, none
 * for a lone combining mark). Offsets stay UTF-16 indices into the string, so
 * callers can slice, but every offset these functions return is a grapheme
 * boundary: the cursor never lands inside an emoji, and a deletion never
 * leaves half of one behind.
 *
 * Printable ASCII, most of what is typed, takes a fast path: one unit, one
 * grapheme, one column.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** True when every character is printable ASCII: then offsets, graphemes and columns are the same. */
export const isPlainAscii = (text: string): boolean => PRINTABLE_ASCII.test(text);

const asciiAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code >= 0x20 && code <= 0x7e;
};

/** Columns `text` takes in a terminal. */
export function columns(text: string): number {
  return isPlainAscii(text) ? text.length : stringWidth(text);
}

export interface Grapheme {
  /** UTF-16 offset of its first unit. */
  readonly start: number;
  readonly end: number;
  readonly width: number;
}

/** Each grapheme of `text` with its offsets and columns. */
export function graphemesOf(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  if (isPlainAscii(text)) {
    for (let i = 0; i < text.length; i++) out.push({ start: i, end: i + 1, width: 1 });
    return out;
  }
  for (const { segment, index } of segmenter.segment(text)) {
    out.push({ start: index, end: index + segment.length, width: segment.length === 1 && asciiAt(segment, 0) ? 1 : stringWidth(segment) });
  }
  return out;
}

/** The start of the grapheme that ends at `offset` (a boundary); 0 at the start. */
export function previousBoundary(text: string, offset: number): number {
  if (offset <= 0) return 0;
  const at = Math.min(offset, text.length);
  // Two printable ASCII characters never join (only marks, joiners, prepends, flags and jamo do).
  if (asciiAt(text, at - 1) && (at === 1 || asciiAt(text, at - 2))) return at - 1;
  return segmenter.segment(text).containing(at - 1)!.index;
}

/** The end of the grapheme that starts at `offset` (a boundary); the text's length at the end. */
export function nextBoundary(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const at = Math.max(0, offset);
  if (asciiAt(text, at) && (at + 1 === text.length || asciiAt(text, at + 1))) return at + 1;
  const { index, segment } = segmenter.segment(text).containing(at)!;
  return index + segment.length;
}

function containingStart(text: string, offset: number): { start: number; end: number } {
  const { index, segment } = segmenter.segment(text).containing(offset)!;
  return { start: index, end: index + segment.length };
}

/** `offset` if it is a grapheme boundary, else the end of the grapheme it falls in. */
export function boundaryAtOrAfter(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (asciiAt(text, offset) && asciiAt(text, offset - 1)) return offset;
  const { start, end } = containingStart(text, offset);
  return start === offset ? offset : end;
}

/** `offset` if it is a grapheme boundary, else the start of the grapheme it falls in. */
export function boundaryAtOrBefore(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (asciiAt(text, offset) && asciiAt(text, offset - 1)) return offset;
  return containingStart(text, offset).start;
}

/** The longest start of `text` that fits in `width` columns, cut at a grapheme boundary. */
export function fitColumns(text: string, width: number): string {
  if (width <= 0) return '';
  if (isPlainAscii(text)) return text.slice(0, width);
  let used = 0;
  for (const g of graphemesOf(text)) {
    if (used + g.width > width) return text.slice(0, g.start);
    used += g.width;
  }
  return text;
}

/** `text` padded with spaces to `width` columns. */
export function padColumns(text: string, width: number): string {
  const room = width - columns(text);
  return room > 0 ? text + ' '.repeat(room) : text;
}
