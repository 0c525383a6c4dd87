import { Box } from 'ink';
import { formatClock } from '../../core/mock/clock.js';
import type { Session } from '../../core/session/schema.js';
import { columns } from '../editor/graphemes.js';
import { useTheme } from '../theme.js';
import { Line } from './line.js';
import { LiveText, type LiveSession } from './live-text.js';

export interface HeaderProps {
  readonly problem: string;
  readonly framework: string;
  readonly step: number;
  readonly steps: number;
  /** Show the time spent so far (practice); a mock draws its own clock beside the header. */
  readonly showElapsed: boolean;
  /** The session, and where to watch it for the clock (undefined: drawn once). */
  readonly session: Session;
  readonly live: LiveSession | undefined;
  readonly width: number;
}

const elapsedText = (session: Session): string => formatClock(Object.values(session.time_spent).reduce((a, b) => a + b, 0));

export function Header({ problem, framework, step, steps, showElapsed, session, live, width }: HeaderProps) {
  const theme = useTheme();
  // Step and time on the right, so a long title is what gets cut.
  const right = ` step ${step}/${steps}${showElapsed ? ' · ' : ' '}`;
  const clock = showElapsed ? `${elapsedText(live ? live.session : session)} ` : '';
  const room = Math.max(0, width - right.length - columns(clock));
  return (
    <Box width={width} height={1}>
      <Line text={` ${problem} · ${framework}`} width={room} inverse bold fill color={theme.accent} />
      <Line text={right} width={right.length} inverse bold color={theme.accent} />
      {showElapsed ? <LiveText live={live} session={session} look={(s) => ({ text: `${elapsedText(s)} `, inverse: true, bold: true, color: theme.accent })} /> : null}
    </Box>
  );
}
