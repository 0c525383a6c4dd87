import { Box, useApp } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { SessionReport } from '../../core/judge/report.js';
import { Line } from '../components/line.js';
import { useKeypress } from '../hooks/use-keypress.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { KeyPress } from '../keys/parse-key.js';
import { footerText } from '../keymap.js';
import { useTheme, type Theme } from '../theme.js';
import { reviewPage, type RowStyle } from './review-page.js';
import { initialReviewState, REVIEW_CONTEXTS, reviewReducer, type ReviewOutcome, type ReviewState } from './review-state.js';

export interface ReviewAppProps {
  readonly report: SessionReport;
  /** Called once, as the screen closes. */
  readonly onDone: (outcome: ReviewOutcome) => void;
}

/** Title bar, status line, a blank row and the footer around the page. */
const CHROME_ROWS = 4;

const styleOf = (style: RowStyle | undefined, theme: Theme) => ({
  bold: style === 'heading' || style === 'earned' || style === 'missed',
  color: style === 'earned' ? theme.done : style === 'missed' ? theme.error : style === 'muted' ? theme.muted : undefined,
});

type Action = { readonly key: KeyPress; readonly maxScroll: number };

/**
 * The review after a mock: the judge's verdict on each key point, which the
 * candidate accepts or overrules, with the reviewed score beside the suggested
 * one as they go. The root of its own Ink app, so it owns exit().
 */
export function ReviewApp({ report, onDone }: ReviewAppProps) {
  const { exit } = useApp();
  const theme = useTheme();
  const size = useTerminalSize();
  const ids = useMemo(() => report.keyPoints.map((p) => p.id), [report]);
  const [state, dispatch] = useReducer((s: ReviewState, a: Action) => reviewReducer(s, a.key, a.maxScroll), ids, initialReviewState);

  const width = Math.max(20, size.columns - 1);
  // The live region stays a row shorter than the terminal.
  const room = Math.max(3, size.rows - 1 - CHROME_ROWS);
  const page = reviewPage(report, state, width);
  const maxScroll = Math.max(0, page.rows.length - room);
  const top = Math.min(state.scroll, maxScroll);
  useKeypress((key) => dispatch({ key, maxScroll }));

  const closed = useRef(false);
  useEffect(() => {
    if (!state.outcome || closed.current) return;
    closed.current = true;
    onDone(state.outcome);
    exit();
  }, [state.outcome, onDone, exit]);

  const more = maxScroll > 0 ? ` · ${top > 0 ? '↑' : ''}${top < maxScroll ? '↓' : ''} more` : '';
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <Line text={` Review of your mock · ${report.problemTitle}`} width={size.columns} inverse bold fill color={theme.accent} />
      <Line text={` ${page.status}${more}`} width={size.columns} bold />
      <Box height={1} />
      <Box flexDirection="column" height={room}>
        {page.rows.slice(top, top + room).map((row, i) => (
          <Line key={i} text={` ${row.text}`} width={size.columns} {...styleOf(row.style, theme)} />
        ))}
      </Box>
      <Line text={footerText(REVIEW_CONTEXTS[state.phase], size.columns)} width={size.columns} color={theme.muted} />
    </Box>
  );
}
