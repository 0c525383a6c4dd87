import { Box, Text, useApp } from 'ink';
import { useEffect, useReducer, useState } from 'react';
import type { Drill } from '../../core/drill/drill.js';
import { drillScore } from '../../core/drill/drill.js';
import { layoutGivens } from '../../core/drill/givens-layout.js';
import { drillIntro, feedbackLines, questionTitle, summaryLines, type DrillResult } from '../../core/drill/render.js';
import { CursorLine, Line } from '../components/line.js';
import { wrapText } from '../editor/wrap.js';
import { useKeypress } from '../hooks/use-keypress.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme.js';
import { footerText, keyLabel, resolveKey } from '../keymap.js';
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
export function drillBody(
  state: DrillState,
  width: number,
  rows = Number.POSITIVE_INFINITY,
  scroll = 0,
): { before: string[]; after: string[]; pages: number; scrollMax: number } {
  const wrap = (lines: string[]) => lines.flatMap((l) => wrapText(l, width, '    '));
  const { drill } = state;
  if (state.phase === 'summary') return { before: wrap(['Drill finished.', '', ...summaryLines(drill, state.results)]), after: [], pages: 1, scrollMax: 0 };
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
  const before = [...title, 'Given:', ...givens.lines.map((l) => `  ${l}`), ''];
  if (state.phase !== 'feedback' || (givens.pages === 1 && before.length + after.length <= rows)) return { before, after, pages: givens.pages, scrollMax: 0 };
  // The working is taller than what the givens leave: it takes their place (its first lines hold their values)
  // and scrolls, its last row saying how much is above and below, so no line of it is lost unseen.
  const window = Math.max(1, rows - title.length - 2);
  const scrollMax = Math.max(0, after.length - window);
  const top = Math.max(0, Math.min(scrollMax, scroll));
  const below = after.length - top - window;
  const position = `  ${top ? `↑ ${top} more` : ''}${top && below > 0 ? ' ' : ''}${below > 0 ? `↓ ${below} more` : ''} (${keyLabel('move-up', 'drill-working')} scroll the working)`;
  return { before: title, after: [...after.slice(top, top + window), position], pages: 1, scrollMax };
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
  // How far the verdict's working is scrolled: the view's own, like the report pager's; a new verdict starts at its top.
  const [scroll, setScroll] = useState({ at: -1, top: 0 });
  const verdictAt = state.phase === 'feedback' ? state.results.length : -1;
  const top = scroll.at === verdictAt ? scroll.top : 0;

  useEffect(() => {
    if (!state.exit) return;
    onDone(state.results, state.exit === 'completed');
    exit();
  }, [state.exit, state.results, onDone, exit]);

  const width = Math.max(20, size.columns - 1);
  const intro = drillIntro(drill)[1]!;
  const { before, after, pages, scrollMax } = drillBody(state, width, Math.max(3, size.rows - 5), top);
  useKeypress((key) => {
    const command = scrollMax > 0 ? resolveKey(key, ['drill-working'])?.command : undefined;
    if (command === 'move-up' || command === 'move-down') {
      setScroll({ at: verdictAt, top: Math.max(0, Math.min(scrollMax, top + (command === 'move-up' ? -1 : 1))) });
    } else dispatch(key);
  });
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
      <Line text={footerText(scrollMax > 0 ? ['drill-feedback', 'drill-working'] : footerContexts(state.phase, pages), width)} width={width} dim color={theme.muted} />
    </Box>
  );
}
