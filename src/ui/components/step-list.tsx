import { Box } from 'ink';
import type { Step } from '../../core/template/schema.js';
import { useTheme } from '../theme.js';
import { Line, windowAround } from './line.js';

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
        // A list cut to the pane says so at the cut, in place of the step there (never the chosen one: the window is
        // centred on it, or starts or ends at it).
        const above = rows >= 3 && i === 0 && start > 0 ? start + 1 : 0;
        const below = rows >= 3 && i === rows - 1 && start + rows < steps.length ? steps.length - start - rows + 1 : 0;
        if (above || below) return <Line key={step.id} text={`   ${above ? `↑ ${above}` : `↓ ${below}`} more`} width={width} color={theme.muted} />;
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
