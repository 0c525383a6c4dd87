import { Box } from 'ink';
import type { ReactNode } from 'react';
import { useTheme } from '../theme.js';
import { Line } from './line.js';

export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

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
  const right = ` step ${step}/${steps}${elapsedSeconds === undefined ? '' : ` · ${formatElapsed(elapsedSeconds)}`} `;
  const room = Math.max(0, width - extraWidth - right.length);
  return (
    <Box width={width} height={1}>
      <Line text={` ${problem} · ${framework}`} width={room} inverse bold fill color={theme.accent} />
      <Line text={right} width={right.length} inverse bold color={theme.accent} />
      {extra}
    </Box>
  );
}
