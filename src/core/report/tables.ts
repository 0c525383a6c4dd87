/** Plain-text and Markdown tables. */

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** Columns padded to the widest cell; the last column is never padded. */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = columns.map((col, i) => Math.max(col.header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, i) => {
        if (i === cells.length - 1) return cell;
        return columns[i]?.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)];
}

/** A cell safe inside a GitHub table: pipes escaped, line breaks folded. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

/** Code inside a table cell; backticks inside are replaced so the span cannot break. */
export function markdownCode(text: string): string {
  return `\`${markdownCell(text).replace(/`/g, "'")}\``;
}

export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  // An empty cell is written '| |' (one space), which markdownlint's table-spacing rule accepts.
  const line = (cells: readonly string[]) => `|${cells.map((cell) => (cell ? ` ${cell} ` : ' ')).join('|')}|`;
  const rule = `| ${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(columns.map((c) => markdownCell(c.header))), rule, ...rows.map(line)];
}
