import { Box, Text } from 'ink';
import type { Problem } from '../../core/problem/schema.js';
import type { ArchitectureEdits } from '../../core/session/schema.js';
import { wrapText } from '../editor/wrap.js';
import { archRows, selectableArchRows } from '../../core/architecture.js';
import type { ArchField } from '../practice/state.js';
import { useTheme } from '../theme.js';
import { cursorParts, Line, windowAround } from './line.js';

export interface ArchitectureViewProps {
  readonly problem: Problem;
  readonly edits: ArchitectureEdits;
  readonly selected: number;
  readonly field: ArchField | undefined;
  readonly focused: boolean;
  readonly width: number;
  readonly height: number;
}

const PROMPTS = {
  component: 'New component (name[: kind]): ',
  connection: 'Connect (from -> to[: label]): ',
} as const;

/** The box-and-arrow list of the design, the user's additions marked, with the add field at the bottom. */
export function ArchitectureView({ problem, edits, selected, field, focused, width, height }: ArchitectureViewProps) {
  const theme = useTheme();
  const rows = archRows(problem, edits);
  const selectable = selectableArchRows(rows);
  const chosen = selectable[selected];
  const errorRows = field?.error ? wrapText(`✗ ${field.error}`, width, '  ').slice(0, 2) : [];
  const fieldLines = field ? 1 + errorRows.length : 0;
  const listHeight = height - fieldLines;
  const start = windowAround(chosen ? rows.indexOf(chosen) : 0, rows.length, listHeight);
  const typed = field ? cursorParts(field.input.text, field.input.cursor) : undefined;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="column" height={listHeight}>
        {rows.slice(start, start + listHeight).map((row, i) =>
          row.type === 'heading' ? (
            <Line key={`h${start + i}`} text={row.text} width={width} bold color={theme.accent} />
          ) : (
            <Line
              key={`${row.type}-${row.type === 'component' ? row.item.id : row.item.key}-${start + i}`}
              text={`${row === chosen ? '>' : ' '} ${row.text}`}
              width={width}
              inverse={focused && row === chosen && !field}
              dim={row.item.removed}
              color={row.item.origin === 'user' ? theme.changed : undefined}
            />
          ),
        )}
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
