import { Box } from 'ink';
import type { Step } from '../../core/template/schema.js';
import { useTheme } from '../theme.js';
import { cutSign, Line, windowAround } from './line.js';

export interface StepListProps {
  readonly steps: readonly Step[];
  readonly current: number;
  readonly cursor: number;
  readonly done: readonly string[];
  readonly focused: boolean;
  readonly width: number;
  readonly height: number;
}

/** The steps with marks: `>` the current one, `✓` done ones; the highlighted row is where Enter goes. */
export function StepList({ steps, current, cursor, done, focused, width, height }: StepListProps) {
  const theme = useTheme();
  const rows = height - 1;
  const start = windowAround(cursor, steps.length, rows);
  const doneCount = steps.filter((s) => done.includes(s.id)).length;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Line text={`Steps (${doneCount}/${steps.length} done)`} width={width} bold inverse={focused} fill={focused} />
      {steps.slice(start, start + rows).map((step, i) => {
        const index = start + i;
        // A list cut to the pane says so at the cut, in place of the step there (never the chosen one).
        const sign = cutSign(i, start, rows, steps.length);
        if (sign) return <Line key={step.id} text={`   ${sign}`} width={width} color={theme.muted} />;
        const isDone = done.includes(step.id);
        const mark = `${index === current ? '>' : ' '}${isDone ? '✓' : ' '}`;
        return (
          <Line
            key={step.id}
            text={`${mark}${String(index + 1).padStart(2)} ${step.title}`}
            width={width}
            bold={index === current}
            inverse={focused && index === cursor}
            color={isDone ? theme.done : undefined}
          />
        );
      })}
    </Box>
  );
}
