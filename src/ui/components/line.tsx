import { Text } from 'ink';
import { memo } from 'react';
import { columns, nextBoundary, padColumns } from '../editor/graphemes.js';
import { truncate } from '../editor/wrap.js';

export interface LineProps {
  readonly text: string;
  readonly width: number;
  readonly bold?: boolean;
  readonly inverse?: boolean;
  readonly dim?: boolean;
  readonly color?: string | undefined;
  /** Fill the row to `width` (so an inverse bar spans it). */
  readonly fill?: boolean;
}

/**
 * One screen row that never wraps: cut to the width (in terminal columns) with an ellipsis.
 * Memoised: most rows are the same from one keystroke to the next, and React then leaves them alone.
 */
export const Line = memo(function Line({ text, width, bold, inverse, dim, color, fill }: LineProps) {
  const cut = truncate(text, width);
  const shown = fill ? padColumns(cut, width) : cut;
  return (
    <Text wrap="truncate-end" bold={bold} inverse={inverse} dimColor={dim} color={color}>
      {shown === '' ? ' ' : shown}
    </Text>
  );
});

/** Text split around the cursor at `offset`: the grapheme under it (a space at the end) is drawn inverse. */
export function cursorParts(text: string, offset: number): { before: string; under: string; after: string } {
  const end = nextBoundary(text, offset);
  return { before: text.slice(0, offset), under: text.slice(offset, end) || ' ', after: text.slice(end) };
}

/** A row with the cursor drawn inverse on the grapheme at `offset` (a UTF-16 offset at a grapheme boundary). */
export function CursorLine({ text, width, offset }: { text: string; width: number; offset: number }) {
  const { before, under, after } = cursorParts(text, offset);
  return (
    <Text wrap="truncate-end">
      {truncate(before, width)}
      <Text inverse>{under}</Text>
      {truncate(after, Math.max(0, width - columns(before) - columns(under)))}
    </Text>
  );
}

/**
 * The sign drawn in place of row `i` of a window of `count` rows from `start` out of `total`, where the list is cut:
 * '↑ 4 more' on the first row when rows are hidden above, '↓ 4 more' on the last when rows are hidden below (the
 * count includes the row the sign replaces); undefined elsewhere, and in a window under 3 rows, where a sign would
 * leave too little of the list. A window from windowAround never puts its selected row under a sign: it is centred
 * on it, or starts or ends at it.
 */
export function cutSign(i: number, start: number, count: number, total: number): string | undefined {
  if (count < 3) return undefined;
  if (i === 0 && start > 0) return `↑ ${start + 1} more`;
  if (i === count - 1 && start + count < total) return `↓ ${total - start - count + 1} more`;
  return undefined;
}

/** The window of `count` rows out of `total` that keeps `selected` in view, roughly centred. */
export function windowAround(selected: number, total: number, count: number): number {
  if (total <= count) return 0;
  return Math.max(0, Math.min(total - count, selected - Math.floor(count / 2)));
}
