import { Box } from 'ink';
import type { ReactNode } from 'react';
import { formatClock } from '../../core/mock/clock.js';
import { useTheme } from '../theme.js';
import { Line } from './line.js';

export interface HeaderProps {
  readonly problem: string;
  readonly framework: string;
  readonly step: number;
  readonly steps: number;
  /** Undefined hides the clock (a mock shows its own). */
  readonly elapsedSeconds: number | undefined;
  readonly width: number;
  /** Drawn at the right end (the mock clock). */
  readonly extra?: ReactNode;
  readonly extraWidth?: number;
}

export function Header({ problem, framework, step, steps, elapsedSeconds, width, extra, extraWidth = 0 }: HeaderProps) {
  const theme = useTheme();
  // Step and time on the right, so a long title is what gets cut.
  const right = ` step ${step}/${steps}${elapsedSeconds === undefined ? '' : ` · ${formatClock(elapsedSeconds)}`} `;
  const room = Math.max(0, width - extraWidth - right.length);
  return (
    <Box width={width} height={1}>
      <Line text={` ${problem} · ${framework}`} width={room} inverse bold fill color={theme.accent} />
      <Line text={right} width={right.length} inverse bold color={theme.accent} />
      {extra}
    </Box>
  );
}
