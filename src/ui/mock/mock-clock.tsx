import { Box, Text } from 'ink';
import { useEffect, useSyncExternalStore } from 'react';
import { formatClock, remainingSeconds } from '../../core/mock/clock.js';
import { startTicker } from '../../core/mock/ticker.js';
import { useTheme } from '../theme.js';
import type { MockController } from './controller.js';

/** Columns the clock takes at the right end of the practice header. */
export const MOCK_CLOCK_WIDTH = 32;

export interface MockClockProps {
  readonly controller: MockController;
  /** Tick once a second while shown (off in tests that drive the clock by hand). */
  readonly ticking?: boolean;
}

/** What the clock says, in at most MOCK_CLOCK_WIDTH columns. */
export function clockText(controller: MockController, endArmed: boolean): { text: string; tone: 'normal' | 'warn' | 'paused' } {
  const clock = controller.session.mock!;
  const left = formatClock(remainingSeconds(clock));
  if (controller.timeUp) return { text: ' TIME UP · opening the report ', tone: 'warn' };
  if (endArmed) return { text: ' Ctrl+X again to end the mock ', tone: 'warn' };
  const fit = (full: string, short: string) => (full.length <= MOCK_CLOCK_WIDTH ? full : short);
  if (clock.paused) return { text: fit(` PAUSED ${left} · Ctrl+T resumes `, ` PAUSED ${left} · Ctrl+T `), tone: 'paused' };
  const step = controller.currentStep();
  if (step?.over) return { text: fit(` ${left} left · step OVER +${formatClock(step.overBy)} `, ` ${left} · OVER +${formatClock(step.overBy)} `), tone: 'warn' };
  if (!step) return { text: ` ${left} left `, tone: 'normal' };
  const spent = `${formatClock(step.spentSeconds)}/${formatClock(step.budgetSeconds)}`;
  return { text: fit(` ${left} left · step ${spent} `, ` ${left} · ${spent} `), tone: 'normal' };
}

/**
 * The countdown, always in the practice header during a mock: time left, the
 * current step's time against its budget, a warning once the step runs over
 * (typing carries on regardless), and PAUSED while paused. When time is up
 * the practice screen closes (run-mock passes it the controller's time-up as
 * its close signal) and the report opens; the notes are already saved.
 */
export function MockClock({ controller, ticking = true }: MockClockProps) {
  const { endArmed } = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const theme = useTheme();

  useEffect(() => {
    if (!ticking) return;
    const ticker = startTicker((seconds) => controller.tick(seconds));
    return () => ticker.stop();
  }, [controller, ticking]);

  const { text, tone } = clockText(controller, endArmed);
  const shown = text.length > MOCK_CLOCK_WIDTH ? text.slice(0, MOCK_CLOCK_WIDTH) : text.padStart(MOCK_CLOCK_WIDTH);
  const color = tone === 'warn' ? theme.error : tone === 'paused' ? theme.changed : theme.accent;
  return (
    <Box width={MOCK_CLOCK_WIDTH} height={1}>
      <Text wrap="truncate-end" inverse bold color={color}>
        {shown}
      </Text>
    </Box>
  );
}
