import { wrapText } from '../editor/wrap.js';

/**
 * The report's plain text (src/core/judge/render.ts) laid out for a screen of
 * a given width. The text is written for any terminal, so its lines can be
 * long; wrapped as they are, a table's last column and a key point's evidence
 * would run back to the left edge. Here each line wraps under itself: a table
 * row under its last column (the reasons stay in their column), any other
 * line two columns in from its own indent. Unindented lines are the report's
 * headings; under the one that starts "Key points", a key point's line starts
 * with + (earned) or - (missed).
 */

export interface ReportRow {
  readonly text: string;
  readonly heading?: boolean;
  /** The first row of a key point: earned or missed. */
  readonly mark?: 'earned' | 'missed';
}

/** Narrowest last column worth keeping a table's layout for; below it, rows wrap like prose. */
const MIN_LAST_COLUMN = 24;

/** Where the last column of a table row starts: after the last run of two or more spaces, when the row has at least two such gaps. */
function lastColumn(line: string): number | undefined {
  const gaps = [...line.matchAll(/\S( {2,})(?=\S)/g)];
  if (gaps.length < 2) return undefined;
  const last = gaps.at(-1)!;
  return last.index + 1 + last[1]!.length;
}

export function reportRows(text: string, width: number): ReportRow[] {
  const rows: ReportRow[] = [];
  let keyPoints = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      rows.push({ text: '' });
      continue;
    }
    const lead = line.length - line.trimStart().length;
    if (lead === 0) keyPoints = line.startsWith('Key points');
    const column = lastColumn(line);
    const hang = column !== undefined && width - column >= MIN_LAST_COLUMN ? column : Math.min(lead + 2, Math.floor(width / 2));
    const mark = !keyPoints ? undefined : /^ {1,4}\+ /.test(line) ? 'earned' : /^ {1,4}- /.test(line) ? 'missed' : undefined;
    wrapText(line, width, ' '.repeat(hang)).forEach((row, i) => {
      rows.push({ text: row, ...(lead === 0 ? { heading: true } : {}), ...(mark && i === 0 ? { mark } : {}) });
    });
  }
  return rows;
}
