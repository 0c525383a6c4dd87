import { Box, Text, useApp } from 'ink';
import { useMemo, useState } from 'react';
import { truncate } from '../editor/wrap.js';
import { useKeypress } from '../hooks/use-keypress.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { footerText, resolveKey } from '../keymap.js';
import type { KeyPress } from '../keys/parse-key.js';
import { Line } from '../components/line.js';
import { useTheme } from '../theme.js';
import { reportRows } from './report-rows.js';

export interface TextPagerProps {
  readonly title: string;
  readonly text: string;
}

/** What a key does to the scroll position (the key table's 'pager' context); `close` ends the pager. */
export function pagerMove(key: KeyPress, top: number, page: number, max: number): number | 'close' {
  switch (resolveKey(key, ['pager'])?.command) {
    case 'close-overlay':
      return 'close';
    case 'move-up':
      return Math.max(0, top - 1);
    case 'move-down':
      return Math.min(max, top + 1);
    case 'page-up':
      return Math.max(0, top - page);
    case 'page-down':
      return Math.min(max, top + page);
    case 'go-top':
      return 0;
    case 'go-bottom':
      return max;
    default:
      return top;
  }
}

/**
 * A full-screen, read-only text view (the mock report): a title bar, the text
 * wrapped to the width (each line under itself, see report-rows.ts; headings
 * and key points marked), and a footer; scrolls, and closes on q, Esc or Enter.
 * It is the root of its own Ink app, so it owns exit().
 */
export function TextPager({ title, text }: TextPagerProps) {
  const { exit } = useApp();
  const theme = useTheme();
  const size = useTerminalSize();
  const lines = useMemo(() => reportRows(text, size.columns - 1), [text, size.columns]);
  const page = Math.max(1, size.rows - 3);
  const max = Math.max(0, lines.length - page);
  const [top, setTop] = useState(0);
  const shownTop = Math.min(top, max);

  useKeypress((key) => {
    const next = pagerMove(key, shownTop, page, max);
    if (next === 'close') exit();
    else setTop(next);
  });

  const position = lines.length > page ? ` · ${shownTop + 1}-${Math.min(lines.length, shownTop + page)} of ${lines.length}` : '';
  // A long title gives way to the position, which says how far through the report the reader is.
  const titleRoom = Math.max(10, size.columns - position.length - 1);
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <Line text={`${truncate(` ${title}`, titleRoom)}${position}`} width={size.columns} inverse bold fill color={theme.accent} />
      <Box flexDirection="column" height={page}>
        {lines.slice(shownTop, shownTop + page).map((line, i) => (
          <Text
            key={i}
            wrap="truncate-end"
            bold={line.heading === true || line.mark !== undefined}
            color={line.heading ? theme.accent : line.mark === 'earned' ? theme.done : line.mark === 'missed' ? theme.error : undefined}
          >
            {line.text === '' ? ' ' : line.text}
          </Text>
        ))}
      </Box>
      <Line text={footerText(['pager'], size.columns)} width={size.columns} dim color={theme.muted} />
    </Box>
  );
}
