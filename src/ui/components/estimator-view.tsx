import { Box, Text } from 'ink';
import type { StepKind } from '../../core/template/schema.js';
import { columns, fitColumns, padColumns, previousBoundary } from '../editor/graphemes.js';
import { truncate, wrapText } from '../editor/wrap.js';
import { estimatorRows, selectableRows, selectedRow, type EstimatorState } from '../practice/estimator.js';
import { useTheme } from '../theme.js';
import { cursorParts, Line, windowAround } from './line.js';

export interface EstimatorViewProps {
  readonly estimator: EstimatorState;
  readonly kind: StepKind;
  readonly focused: boolean;
  readonly width: number;
  readonly height: number;
}

/** Rows kept under the table for the chosen value's formula and working, or the draft's error. */
const detailRows = (height: number): number => (height >= 10 ? 3 : 2);

/**
 * The live estimator: assumptions (editable in place), estimates and costs,
 * with the chosen row's formula and show-work line underneath.
 */
export function EstimatorView({ estimator, kind, focused, width, height }: EstimatorViewProps) {
  const theme = useTheme();
  if (!estimator.shown) {
    const message = estimator.failure ? `Estimates are unavailable: ${estimator.failure}` : 'Loading the estimator…';
    return (
      <Box flexDirection="column" height={height}>
        {wrapText(message, width).slice(0, height).map((row, i) => (
          <Line key={i} text={row} width={width} color={estimator.failure ? theme.error : theme.muted} />
        ))}
      </Box>
    );
  }
  const rows = estimatorRows(estimator.shown, kind);
  const selectable = selectableRows(rows);
  const chosen = selectable[estimator.selected];
  const chosenIndex = chosen ? rows.indexOf(chosen) : 0;
  const listHeight = height - detailRows(height);
  const start = windowAround(chosenIndex, rows.length, listHeight);
  const valueWidth = Math.min(22, Math.max(...selectable.map((r) => r.display.length)) + 2);
  const labelWidth = Math.max(8, width - valueWidth - 3);
  const draft = estimator.draft;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="column" height={listHeight}>
        {rows.slice(start, start + listHeight).map((row, i) => {
          if (row.type === 'heading') return <Line key={`h${start + i}`} text={row.text} width={width} bold color={theme.accent} />;
          const isChosen = row === chosen;
          if (isChosen && draft) {
            const prefix = `> ${truncate(row.label, Math.max(6, labelWidth - 14))}: `;
            const field = draft.field;
            const room = Math.max(4, width - columns(prefix) - 1);
            // Scrolled sideways so the cursor stays in view.
            const from = fieldStart(field.text, field.cursor, room);
            const { before, under, after } = cursorParts(field.text, field.cursor);
            return (
              <Text key={row.key} wrap="truncate-end">
                {prefix}
                <Text color={draft.error ? theme.error : theme.changed}>{before.slice(from)}</Text>
                <Text inverse>{under}</Text>
                <Text color={draft.error ? theme.error : theme.changed}>{fitColumns(after, room - columns(before.slice(from)) - columns(under))}</Text>
              </Text>
            );
          }
          const label = `${isChosen ? '>' : ' '} ${padColumns(truncate(row.label, labelWidth - 2), labelWidth - 2)}`;
          const value = `${row.display}${row.changed ? ' *' : '  '}`.padStart(valueWidth);
          return (
            <Text key={row.key} wrap="truncate-end" inverse={focused && isChosen}>
              {label} <Text color={row.changed ? theme.changed : undefined}>{value}</Text>
            </Text>
          );
        })}
      </Box>
      <Box flexDirection="column" height={detailRows(height)}>
        {detailLines(estimator, kind, width)
          .slice(0, detailRows(height))
          .map((line, i) => (
            <Line key={i} text={line.text} width={width} color={line.error ? theme.error : theme.muted} />
          ))}
      </Box>
    </Box>
  );
}

/** What is shown under the table: the draft's error or hint, or the chosen value's working. */
export function detailLines(estimator: EstimatorState, kind: StepKind, width: number): { text: string; error?: boolean }[] {
  const draft = estimator.draft;
  if (draft) {
    if (draft.error) return wrapText(`✗ ${draft.error}`, width, '  ').map((text) => ({ text, error: true }));
    const now = estimator.shown?.get(draft.key);
    return wrapText(`= ${now?.display ?? ''}. Enter keeps it, Esc puts the old value back. Same syntax as hld estimate --set.`, width, '  ').map((text) => ({ text }));
  }
  const row = selectedRow(estimator, kind);
  const entry = row && estimator.shown?.get(row.key);
  if (!row || !entry) return [];
  if ('showWork' in entry) return [...wrapText(`formula: ${entry.formula}`, width, '  '), ...wrapText(entry.showWork, width, '  ')].map((text) => ({ text }));
  const changed = 'changed' in entry && entry.changed;
  const original = 'defaultInput' in entry ? entry.defaultInput : undefined;
  const help = 'help' in entry ? entry.help : entry.source;
  return [
    ...wrapText(`${row.key} = ${row.input}${changed && original ? ` (default ${original}; u resets)` : ''}. Enter to change.`, width, '  '),
    ...wrapText(help, width, '  '),
  ].map((text) => ({ text }));
}

/** Where a one-line field starts showing its text so that the cursor, and the cell under it, fit in `room` columns. */
function fieldStart(text: string, cursor: number, room: number): number {
  let from = cursor;
  let used = 1;
  while (from > 0) {
    const previous = previousBoundary(text, from);
    const width = columns(text.slice(previous, from));
    if (used + width > room) break;
    used += width;
    from = previous;
  }
  return from;
}
