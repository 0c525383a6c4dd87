import { Box } from 'ink';
import { visibleRows, type EditorState } from '../editor/editor.js';
import { useTheme } from '../theme.js';
import { CursorLine, Line } from './line.js';

/**
 * The notes editor's rows; the cursor shows only while typing. `height`: the
 * rows the notes take, at most the editor's own (beside the estimator, only
 * what the text needs).
 */
export function NotesView({ editor, focused, width, height = editor.height }: { editor: EditorState; focused: boolean; width: number; height?: number }) {
  const theme = useTheme();
  const view = visibleRows(editor);
  const empty = editor.lines.length === 1 && editor.lines[0] === '';
  return (
    <Box flexDirection="column" width={width} height={height}>
      {empty && !focused ? (
        <Line text="(no notes yet; press e to write)" width={width} color={theme.muted} />
      ) : (
        view.rows.map((row, i) =>
          focused && i === view.cursorRow ? (
            <CursorLine key={i} text={row.text} width={width} offset={view.cursorOffset} />
          ) : (
            <Line key={i} text={row.text} width={width} />
          ),
        )
      )}
    </Box>
  );
}
