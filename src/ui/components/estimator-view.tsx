import { Box, Text } from 'ink';
import type { StepKind } from '../../core/template/schema.js';
import { columns, fitColumns, padColumns, previousBoundary } from '../editor/graphemes.js';
import { truncate, wrapWithin } from '../editor/wrap.js';
import { changeText, INPUT_GROUPS, rowsOf, selectableRows, type EstimatorRow, type EstimatorState, type ValueRow } from '../practice/estimator.js';
import { detailLines, RELATION_MARK, type DetailLine } from '../practice/estimator-detail.js';
import { relationsOf, type Relation } from '../practice/estimator-relations.js';
import { useTheme } from '../theme.js';
import { cursorParts, cutSign, Line, windowAround } from './line.js';

export interface EstimatorViewProps {
  readonly estimator: EstimatorState;
  readonly kind: StepKind;
  readonly focused: boolean;
  readonly width: number;
  readonly height: number;
  /** Said at the end of the last detail row when the chosen value's detail is cut there: where to see more. */
  readonly moreHint?: string;
}

/** Below this width the table is one column; from it, what you set on the left and what follows on the right. */
export const TWO_COLUMNS_FROM = 78;

/** Rows kept under the table for the chosen value's working, what it drives or is made of, its spread and drivers. */
export const detailRows = (height: number): number => (height >= 24 ? 8 : height >= 16 ? 5 : height >= 10 ? 3 : 2);

/** The columns of one table column: how wide the label, value, change (2.4x) and P5–P95 parts are. */
interface Columns {
  readonly label: number;
  readonly value: number;
  readonly change: number;
  readonly spread: number;
}

const MIN_LABEL = 10;

function columnsFor(rows: readonly ValueRow[], width: number): Columns {
  const value = Math.min(18, Math.max(4, ...rows.map((r) => columns(r.display))));
  const changes = rows.map((r) => changeText(r.change).length);
  let change = Math.max(0, ...changes) > 0 ? Math.max(...changes) + 1 : 0;
  let spread = rows.some((r) => r.spread) ? Math.min(22, Math.max(...rows.map((r) => (r.spread ? columns(r.spread) : 0)))) + 1 : 0;
  // Marker and space, a space before the value, the changed mark ` *`.
  const fixed = 2 + 1 + value + 2;
  if (width - fixed - change - spread < MIN_LABEL) spread = 0;
  if (width - fixed - change - spread < MIN_LABEL) change = 0;
  return { label: Math.max(4, width - fixed - change - spread), value, change, spread };
}

const markOf = (row: ValueRow, chosen: ValueRow | undefined, relation: Relation | undefined): string =>
  row === chosen ? '>' : relation ? RELATION_MARK[relation] : ' ';

/**
 * The live estimator as a table. From TWO_COLUMNS_FROM columns, assumptions,
 * prices and conventions on the left beside the estimates, costs and design
 * checks they drive on the right; narrower, one column. The chosen row's
 * relations are marked in both: an assumption marks what it drives (▸), an
 * output marks its inputs (◂) and theirs (·), and the other column scrolls to
 * the first of them. Each value shows its change from the problem's defaults
 * (2.4x) and, with ranges, P5–P95; the rows underneath give the chosen row's
 * working, spread, drivers and, for a design check, its verdict.
 */
export function EstimatorView({ estimator, kind, focused, width, height, moreHint = 'more' }: EstimatorViewProps) {
  const theme = useTheme();
  if (!estimator.shown) {
    const message = estimator.failure ? `Estimates are unavailable: ${estimator.failure}` : 'Loading the estimator…';
    return (
      <Box flexDirection="column" height={height}>
        {wrapWithin(message, width, height).map((row, i) => (
          <Line key={i} text={row} width={width} color={estimator.failure ? theme.error : theme.muted} />
        ))}
      </Box>
    );
  }
  const rows = rowsOf(estimator, kind);
  const chosen = selectableRows(rows)[estimator.selected];
  const relations = relationsOf(estimator.shown, chosen, estimator.cold);
  const detailHeight = detailRows(height);
  const listHeight = height - detailHeight;
  const draft = estimator.draft;

  /** One table column: its rows windowed around the chosen row, or else the first related one. */
  const column = (columnRows: readonly EstimatorRow[], columnWidth: number, id: string) => {
    const chosenAt = chosen ? columnRows.indexOf(chosen) : -1;
    const anchor = chosenAt >= 0 ? chosenAt : Math.max(0, columnRows.findIndex((r) => r.type === 'value' && relations.has(r.key)));
    const start = windowAround(anchor, columnRows.length, listHeight);
    // Sized to the rows in view, so one long value elsewhere does not squeeze every label.
    const cols = columnsFor(selectableRows(columnRows.slice(start, start + listHeight)), columnWidth);
    return (
      <Box key={id} flexDirection="column" width={columnWidth} height={listHeight}>
        {columnRows.slice(start, start + listHeight).map((row, i) => {
          // A column cut to its rows says how many are above or below, in place of the row at the cut.
          const sign = cutSign(i, start, listHeight, columnRows.length);
          if (sign) return <Line key={i === 0 ? 'above' : 'below'} text={`  ${sign}`} width={columnWidth} color={theme.muted} />;
          if (row.type === 'heading') return <Line key={`h${start + i}`} text={row.text} width={columnWidth} bold color={theme.accent} />;
          const isChosen = row === chosen;
          if (isChosen && draft) {
            const prefix = `> ${truncate(row.label, Math.max(6, cols.label - 14))}: `;
            const field = draft.field;
            const room = Math.max(4, columnWidth - columns(prefix) - 1);
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
          const relation = relations.get(row.key);
          const label = `${markOf(row, chosen, relation)} ${padColumns(truncate(row.label, cols.label), cols.label)}`;
          const shown = truncate(row.display, cols.value);
          const value = ` ${' '.repeat(Math.max(0, cols.value - columns(shown)))}${shown}${row.changed ? ' *' : '  '}`;
          const change = cols.change ? changeText(row.change).padStart(cols.change) : '';
          const spread = cols.spread && row.spread ? ` ${truncate(row.spread, cols.spread - 1)}` : '';
          const flagged = row.group === 'check' && /^(OVER|FLIPS)/.test(row.display);
          // As few pieces as the colours need: Ink measures each piece of text on every frame.
          const valueColor = flagged ? theme.error : row.changed ? theme.changed : undefined;
          return (
            <Text key={row.key} wrap="truncate-end" inverse={focused && isChosen}>
              {relation ? (
                <Text color={theme.accent} bold={relation !== 'deeper-input'} dimColor={relation === 'deeper-input'}>
                  {label}
                </Text>
              ) : (
                label
              )}
              {valueColor ? <Text color={valueColor}>{value}</Text> : value}
              {change || spread ? <Text color={theme.muted}>{`${change}${spread}`}</Text> : ''}
            </Text>
          );
        })}
      </Box>
    );
  };

  let table;
  if (width >= TWO_COLUMNS_FROM) {
    const left = Math.floor((width - 1) / 2);
    const right = width - left - 1;
    const inputs = rows.filter((r) => INPUT_GROUPS.includes(r.group));
    const outputs = rows.filter((r) => !INPUT_GROUPS.includes(r.group));
    table = (
      <Box flexDirection="row" height={listHeight}>
        {column(inputs, left, 'in')}
        <Box width={1} />
        {column(outputs, right, 'out')}
      </Box>
    );
  } else {
    table = column(rows, width, 'all');
  }

  return (
    <Box flexDirection="column" width={width} height={height}>
      {table}
      <Box flexDirection="column" height={detailHeight}>
        {shownDetail(detailLines(estimator, kind, width), detailHeight, width, moreHint).map((line, i) => (
          <Line key={i} text={line.text} width={width} color={line.error ? theme.error : theme.muted} />
        ))}
      </Box>
    </Box>
  );
}

/** The detail rows that fit in `height`, most important first; when some do not fit, the last row says so (`… hint`). */
function shownDetail(lines: readonly DetailLine[], height: number, width: number, hint: string): DetailLine[] {
  if (lines.length <= height) return [...lines];
  const shown = lines.slice(0, height);
  const last = shown[height - 1]!;
  const mark = `… ${hint}`;
  shown[height - 1] = { ...last, text: `${fitColumns(last.text, Math.max(0, width - columns(mark) - 1)).trimEnd()} ${mark}` };
  return shown;
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
