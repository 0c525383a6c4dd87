import { Box, Text } from 'ink';
import type { ArchitectureEdits } from '../../core/session/schema.js';
import { wrapWithin } from '../editor/wrap.js';
import { archRows, EMPTY_DIAGRAM, selectableArchRows, type ArchRow } from '../../core/architecture.js';
import type { ArchField } from '../practice/state.js';
import { useTheme } from '../theme.js';
import { cursorParts, cutSign, Line, windowAround } from './line.js';

export interface ArchitectureViewProps {
  readonly edits: ArchitectureEdits;
  readonly selected: number;
  readonly field: ArchField | undefined;
  readonly focused: boolean;
  /** The notes have the focus: a letter typed goes there, so the hints under empty headings say to leave them first. */
  readonly notesFocused?: boolean;
  readonly width: number;
  readonly height: number;
}

const PROMPTS = {
  component: 'New component (name[: kind]): ',
  connection: 'Connect (from -> to[: label]): ',
} as const;

/** Under an empty heading: how to fill it. */
const EMPTY_LINES: Readonly<Record<string, string>> = {
  Components: 'a adds one (name : kind)',
  Connections: 'c connects two (from -> to : label)',
};

type ViewRow = ArchRow | { readonly type: 'empty'; readonly text: string };

/** The rows with a line of help under each heading that has nothing under it yet. */
function withEmptyLines(rows: readonly ArchRow[], notesFocused: boolean): ViewRow[] {
  const how = (heading: string) => {
    const line = EMPTY_LINES[heading];
    return line ? `  none yet: ${notesFocused ? `Esc, then ${line}` : line}` : '  none yet';
  };
  return rows.flatMap((row, i): ViewRow[] => {
    const next = rows[i + 1];
    const empty = row.type === 'heading' && (next === undefined || next.type === 'heading');
    return empty ? [row, { type: 'empty', text: how(row.text) }] : [row];
  });
}

/**
 * The candidate's own design as a box-and-arrow list, with the add field at
 * the bottom. It starts empty (cold by default): the reference design is never
 * listed here, only shown apart, as the last hint in practice and in the report.
 */
export function ArchitectureView({ edits, selected, field, focused, notesFocused = false, width, height }: ArchitectureViewProps) {
  const theme = useTheme();
  const design = archRows(EMPTY_DIAGRAM, edits);
  const rows = withEmptyLines(design, notesFocused);
  const selectable = selectableArchRows(design);
  const chosen = selectable[selected];
  const errorRows = field?.error ? wrapWithin(`✗ ${field.error}`, width, 2, '  ') : [];
  const fieldLines = field ? 1 + errorRows.length : 0;
  const listHeight = height - fieldLines;
  const start = windowAround(chosen ? rows.indexOf(chosen) : 0, rows.length, listHeight);
  const typed = field ? cursorParts(field.input.text, field.input.cursor) : undefined;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="column" height={listHeight}>
        {rows.slice(start, start + listHeight).map((row, i) => {
          // A list cut to its rows says how many are above or below, in place of the row at the cut.
          const sign = cutSign(i, start, listHeight, rows.length);
          if (sign) return <Line key={i === 0 ? 'above' : 'below'} text={`  ${sign}`} width={width} color={theme.muted} />;
          if (row.type === 'empty') return <Line key={`e${start + i}`} text={row.text} width={width} color={theme.muted} />;
          if (row.type === 'heading') return <Line key={`h${start + i}`} text={row.text} width={width} bold color={theme.accent} />;
          return (
            <Line
              key={`${row.type}-${row.type === 'component' ? row.item.id : row.item.key}-${start + i}`}
              text={`${row === chosen ? '>' : ' '} ${row.text}`}
              width={width}
              inverse={focused && row === chosen && !field}
              dim={row.item.removed}
            />
          );
        })}
      </Box>
      {field ? (
        <>
          <Text wrap="truncate-end">
            {PROMPTS[field.mode].slice(0, Math.max(0, width - 12))}
            {typed!.before}
            <Text inverse>{typed!.under}</Text>
            {typed!.after}
          </Text>
          {errorRows.map((row, i) => (
            <Line key={`e${i}`} text={row} width={width} color={theme.error} />
          ))}
        </>
      ) : null}
    </Box>
  );
}
