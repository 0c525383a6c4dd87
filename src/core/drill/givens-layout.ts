import type { DrillQuestion } from './drill.js';
import { givenValue } from './render.js';

/**
 * The givens of a drill question laid out to stay visible in a fixed area:
 * in as few columns as fit the rows available (so labels stay as long as
 * possible), filled column by column in first-use order. When even the most
 * columns the width allows do not fit, the givens are split into pages and
 * the last row says which ones are shown and how to see the rest. A value is
 * never cut: the answer needs every digit; a label is shortened instead.
 */

/** Narrower than this, a `label: value` cell is mostly ellipsis. */
export const MIN_GIVEN_COLUMN = 24;
const GAP = '  ';

export interface GivensLayout {
  /** Rows to print, each at most `width` columns. */
  readonly lines: readonly string[];
  /** Which page is shown (0-based) and how many there are; 1 page when everything fits. */
  readonly page: number;
  readonly pages: number;
}

/** `label: value`, the label shortened with an ellipsis to fit `width`; the value kept whole. */
export function givenCell(label: string, value: string, width: number): string {
  const whole = `${label}: ${value}`;
  if (whole.length <= width) return whole;
  const room = width - value.length - 2;
  if (room < 2) return `…: ${value}`;
  return `${label.slice(0, room - 1).trimEnd()}…: ${value}`;
}

function columnsFor(count: number, width: number): number {
  return Math.max(1, Math.min(count, Math.floor((width + GAP.length) / (MIN_GIVEN_COLUMN + GAP.length))));
}

function grid(cells: readonly { label: string; value: string }[], columns: number, rows: number, width: number): string[] {
  const columnWidth = Math.floor((width - GAP.length * (columns - 1)) / columns);
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    const parts: string[] = [];
    for (let column = 0; column < columns; column++) {
      const cell = cells[column * rows + row];
      if (!cell) continue;
      parts.push(givenCell(cell.label, cell.value, columnWidth).padEnd(columnWidth));
    }
    if (parts.length) lines.push(parts.join(GAP).trimEnd());
  }
  return lines;
}

/**
 * The givens of `question` in at most `rows` rows of `width` columns; `page`
 * picks which page when they need more than one. It wraps round (-1 is the
 * last page), so a screen can step it without knowing how many pages there are.
 * `turnKeys` is how the screen's keys that turn the pages are written (its key
 * table's label, `PgDn/PgUp`): named on the last row when there are pages.
 */
export function layoutGivens(question: Pick<DrillQuestion, 'givens'>, width: number, rows: number, page = 0, turnKeys?: string): GivensLayout {
  const cells = question.givens.map((g) => ({ label: g.label, value: givenValue(g) }));
  if (cells.length === 0) return { lines: [], page: 0, pages: 1 };
  const height = Math.max(1, rows);
  const widest = columnsFor(cells.length, width);
  for (let columns = 1; columns <= widest; columns++) {
    const needed = Math.ceil(cells.length / columns);
    if (needed <= height) return { lines: grid(cells, columns, needed, width), page: 0, pages: 1 };
  }
  // Too many to show at once: pages of (rows - 1) rows, the last row saying where the rest are.
  const perPage = Math.max(1, height - 1) * widest;
  const pages = Math.ceil(cells.length / perPage);
  const shown = ((page % pages) + pages) % pages;
  const slice = cells.slice(shown * perPage, (shown + 1) * perPage);
  const first = shown * perPage + 1;
  const last = shown * perPage + slice.length;
  const more = `givens ${first}-${last} of ${cells.length} · ${turnKeys ? `${turnKeys} for the others` : 'the others on the other pages'}`;
  return { lines: [...grid(slice, widest, Math.ceil(slice.length / widest), width), more.slice(0, width)], page: shown, pages };
}
