import { Box } from 'ink';
import { currentStepTime, formatClock, isTimeUp, remainingSeconds } from '../../core/mock/clock.js';
import type { Session } from '../../core/session/schema.js';
import type { Framework } from '../../core/template/schema.js';
import { LiveText, type LiveSession, type Look } from '../components/live-text.js';
import { useTheme } from '../theme.js';

/** Columns the clock takes at the right end of the practice header. */
export const MOCK_CLOCK_WIDTH = 32;

export interface MockClockProps {
  /** A mock session (with its clock). */
  readonly session: Session;
  readonly framework: Framework;
  /** A first Ctrl+X is waiting for the second. */
  readonly endArmed: boolean;
  /** The open session, followed each second; without it `session` is drawn as it is. */
  readonly live?: LiveSession | undefined;
}

/** What the clock says, in at most MOCK_CLOCK_WIDTH columns. */
export function clockText(session: Session, framework: Framework, endArmed: boolean): { text: string; tone: 'normal' | 'warn' | 'paused' } {
  const clock = session.mock!;
  const left = formatClock(remainingSeconds(clock));
  if (isTimeUp(clock)) return { text: ' MOCK OVER · read-only ', tone: 'warn' };
  if (endArmed) return { text: ' Ctrl+X again to end the mock ', tone: 'warn' };
  const fit = (full: string, short: string) => (full.length <= MOCK_CLOCK_WIDTH ? full : short);
  if (clock.paused) return { text: fit(` PAUSED ${left} · Ctrl+T resumes `, ` PAUSED ${left} · Ctrl+T `), tone: 'paused' };
  const step = currentStepTime(session, framework);
  if (step?.over) return { text: fit(` ${left} left · step OVER +${formatClock(step.overBy)} `, ` ${left} · OVER +${formatClock(step.overBy)} `), tone: 'warn' };
  if (!step) return { text: ` ${left} left `, tone: 'normal' };
  const spent = `${formatClock(step.spentSeconds)}/${formatClock(step.budgetSeconds)}`;
  return { text: fit(` ${left} left · step ${spent} `, ` ${left} · ${spent} `), tone: 'normal' };
}

/**
 * The countdown, always in the practice header during a mock: time left, the
 * current step's time against its budget, a warning once the step runs over
 * (typing carries on regardless), and PAUSED while paused. It draws the
 * session's clock; the practice screen ticks it (and closes when time is up).
 * With `live` it follows the session by itself each second (LiveText), without
 * drawing the rest of the screen again.
 */
export function MockClock({ session, framework, endArmed, live }: MockClockProps) {
  const theme = useTheme();
  const look = (current: Session): Look => {
    const { text, tone } = clockText(current, framework, endArmed);
    const shown = text.length > MOCK_CLOCK_WIDTH ? text.slice(0, MOCK_CLOCK_WIDTH) : text.padStart(MOCK_CLOCK_WIDTH);
    return { text: shown, inverse: true, bold: true, color: tone === 'warn' ? theme.error : tone === 'paused' ? theme.changed : theme.accent };
  };
  return (
    <Box width={MOCK_CLOCK_WIDTH} height={1}>
      <LiveText live={live} session={session} look={look} />
    </Box>
  );
}
