import { Box } from 'ink';
import { formatClock } from '../../core/mock/clock.js';
import type { Session } from '../../core/session/schema.js';
import type { Step } from '../../core/template/schema.js';
import { columns } from '../editor/graphemes.js';
import { truncate } from '../editor/wrap.js';
import { Line } from './line.js';
import { LiveText, type LiveSession } from './live-text.js';

export interface StepTitleProps {
  readonly number: number;
  readonly step: Step;
  readonly done: boolean;
  /** Show the time on this step against its budget (practice; in a mock the header's clock has it). */
  readonly timed: boolean;
  readonly session: Session;
  readonly live: LiveSession | undefined;
  readonly width: number;
}

/** "3. Actions and APIs · 0:42 of 6 min · ✓ done": a long title is cut, never the time. */
export function StepTitle({ number, step, done, timed, session, live, width }: StepTitleProps) {
  const timing = (s: Session): string => ` · ${formatClock(s.time_spent[step.id] ?? 0)} of ${step.budget_minutes} min`;
  const mark = done ? ' · ✓ done' : '';
  const now = timed ? timing(live ? live.session : session) : '';
  const room = width - columns(now) - columns(mark);
  if (!timed || room < 4) return <Line text={`${number}. ${step.title}${now}${mark}`} width={width} bold />;
  const title = truncate(`${number}. ${step.title}`, room);
  return (
    <Box width={width} height={1}>
      <Line text={title} width={columns(title)} bold />
      <LiveText live={live} session={session} look={(s) => ({ text: timing(s), bold: true })} />
      {mark ? <Line text={mark} width={columns(mark)} bold /> : null}
    </Box>
  );
}
