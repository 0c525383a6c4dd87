import { Box, Text, useApp } from 'ink';
import { useEffect, useReducer } from 'react';
import type { Drill } from '../../core/drill/drill.js';
import { drillScore } from '../../core/drill/drill.js';
import { layoutGivens } from '../../core/drill/givens-layout.js';
import { drillIntro, feedbackLines, questionTitle, summaryLines, type DrillResult } from '../../core/drill/render.js';
import { CursorLine, Line } from '../components/line.js';
import { wrapText } from '../editor/wrap.js';
import { useKeypress } from '../hooks/use-keypress.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme.js';
import { footerText, keyLabel } from '../keymap.js';
import { drillReducer, footerContexts, initialDrillState, type DrillState } from './drill-state.js';

export interface DrillAppProps {
  readonly drill: Drill;
  /** Called once when the screen closes: the results, and whether the drill was finished. */
  readonly onDone: (results: readonly DrillResult[], completed: boolean) => void;
}


/**
 * Rows of body text for the current phase, already wrapped to `width`; the
 * givens are laid out (columns, then pages) to fit what `rows` leaves free.
 */
export function drillBody(state: DrillState, width: number, rows = Number.POSITIVE_INFINITY): { before: string[]; after: string[]; pages: number } {
  const wrap = (lines: string[]) => lines.flatMap((l) => wrapText(l, width, '    '));
  const { drill } = state;
  if (state.phase === 'summary') return { before: wrap(['Drill finished.', '', ...summaryLines(drill, state.results)]), after: [], pages: 1 };
  const question = drill.questions[state.index]!;
  let after: string[];
  if (state.phase === 'asking') {
    const hint = state.problem ? [`! ${state.problem}`] : [`Type your estimate with units (${question.example}).`];
    after = wrap(['', ...hint]);
  } else {
    after = wrap(['', ...feedbackLines(question, state.results[state.results.length - 1]!.graded)]);
  }
  const title = wrap([questionTitle(drill, state.index)]);
  const givens = layoutGivens(question, width - 2, rows - after.length - title.length - 2, state.givensPage ?? 0, keyLabel('drill-givens-next', 'drill-givens'));
  return { before: [...title, 'Given:', ...givens.lines.map((l) => `  ${l}`), ''], after, pages: givens.pages };
}

/**
 * The full-screen drill: one question at a time with its givens, an answer
 * line, the verdict with the working, and a summary at the end. The root of
 * its own Ink app, so it owns exit().
 */
export function DrillApp({ drill, onDone }: DrillAppProps) {
  const { exit } = useApp();
  const theme = useTheme();
  const size = useTerminalSize();
  const [state, dispatch] = useReducer(drillReducer, drill, initialDrillState);
  useKeypress((key) => dispatch(key));

  useEffect(() => {
    if (!state.exit) return;
    onDone(state.results, state.exit === 'completed');
    exit();
  }, [state.exit, state.results, onDone, exit]);

  const width = Math.max(20, size.columns - 1);
  const intro = drillIntro(drill)[1]!;
  const { before, after, pages } = drillBody(state, width, Math.max(3, size.rows - 5));
  // Header, intro, input line and footer take four rows; the live region stays shorter than the terminal.
  const room = Math.max(3, size.rows - 5);
  const afterShown = after.slice(0, Math.max(0, room - 2));
  const beforeShown = before.length + afterShown.length > room ? [...before.slice(0, Math.max(1, room - afterShown.length - 1)), '  ...'] : before;
  const score = state.results.length ? ` · score so far ${drillScore(state.results.map((r) => r.graded))}` : '';
  const title = ` Drill · ${drill.title} · ${Math.min(state.index + 1, drill.questions.length)}/${drill.questions.length}${score}`;

  return (
    <Box flexDirection="column" width={size.columns}>
      <Line text={title} width={size.columns} inverse bold fill color={theme.accent} />
      <Line text={intro} width={width} dim color={theme.muted} />
      {beforeShown.map((line, i) => (
        <Text key={`b${i}`} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
      {state.phase === 'asking' ? <CursorLine text={`> ${state.input.text}`} width={width} offset={state.input.cursor + 2} /> : null}
      {afterShown.map((line, i) => (
        <Text key={`a${i}`} wrap="truncate-end" color={line.startsWith('!') ? theme.error : undefined}>
          {line === '' ? ' ' : line}
        </Text>
      ))}
      <Line text={footerText(footerContexts(state.phase, pages), width)} width={width} dim color={theme.muted} />
    </Box>
  );
}
