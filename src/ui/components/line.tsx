import { Text } from 'ink';
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

/** One screen row that never wraps: cut to the width with an ellipsis. */
export function Line({ text, width, bold, inverse, dim, color, fill }: LineProps) {
  const cut = truncate(text, width);
  const shown = fill ? cut.padEnd(width) : cut;
  return (
    <Text wrap="truncate-end" bold={bold} inverse={inverse} dimColor={dim} color={color}>
      {shown === '' ? ' ' : shown}
    </Text>
  );
}

/** A row with a one-character cursor drawn inverse at `col`. */
export function CursorLine({ text, width, col }: { text: string; width: number; col: number }) {
  const before = text.slice(0, col);
  const under = text.slice(col, col + 1) || ' ';
  const after = text.slice(col + 1);
  return (
    <Text wrap="truncate-end">
      {truncate(before, width)}
      <Text inverse>{under}</Text>
      {truncate(after, Math.max(0, width - before.length - 1))}
    </Text>
  );
}

/** The window of `count` rows out of `total` that keeps `selected` in view, roughly centred. */
export function windowAround(selected: number, total: number, count: number): number {
  if (total <= count) return 0;
  return Math.max(0, Math.min(total - count, selected - Math.floor(count / 2)));
}
