/**
 * Word wrap for the notes editor. A logical line is cut into visual rows of at
 * most `width` characters, breaking after the last space that fits, or hard at
 * `width` when a word is longer than a row. Rows are offsets into the line, so
 * the cursor can be mapped between logical and visual positions.
 */
export interface Segment {
  /** Offset of the row's first character in its line. */
  readonly start: number;
  /** Offset just past the row's last character. */
  readonly end: number;
}

export function wrapLine(line: string, width: number): Segment[] {
  const w = Math.max(1, Math.floor(width));
  const segments: Segment[] = [];
  let pos = 0;
  while (line.length - pos > w) {
    const space = line.lastIndexOf(' ', pos + w - 1);
    const end = space > pos ? space + 1 : pos + w;
    segments.push({ start: pos, end });
    pos = end;
  }
  segments.push({ start: pos, end: line.length });
  // A row filled to the last column leaves no room for the cursor after it.
  if (line.length - pos === w) segments.push({ start: line.length, end: line.length });
  return segments;
}

/** Plain text wrapped for display (guide, hints, overlays): continuation rows get `indent`; trailing spaces dropped. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const rows: string[] = [];
  for (const line of text.split('\n')) {
    const [first] = wrapLine(line, width);
    rows.push(line.slice(0, first!.end).trimEnd());
    const rest = line.slice(first!.end);
    if (rest === '') continue;
    for (const s of wrapLine(rest, Math.max(1, width - indent.length))) {
      if (s.start === s.end) continue;
      rows.push(`${indent}${rest.slice(s.start, s.end).trimEnd()}`);
    }
  }
  return rows;
}

/** Cut a line to `width` characters, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (text.length <= width) return text;
  return width === 1 ? '…' : `${text.slice(0, width - 1)}…`;
}
