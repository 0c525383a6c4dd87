import { Box } from 'ink';
import { fitColumns } from '../editor/graphemes.js';
import type { GuideLine } from '../practice/guide.js';
import { useTheme } from '../theme.js';
import { Line } from './line.js';

export function GuideView({ lines, scroll, width, height }: { lines: readonly GuideLine[]; scroll: number; width: number; height: number }) {
  const theme = useTheme();
  const start = Math.max(0, Math.min(scroll, lines.length - height));
  const shown = lines.slice(start, start + height);
  const more = start + height < lines.length;
  return (
    <Box flexDirection="column" width={width} height={height}>
      {shown.map((line, i) => (
        <Line
          key={start + i}
          text={more && i === height - 1 ? `${fitColumns(line.text, Math.max(0, width - 10)).trimEnd()} … more ↓` : line.text}
          width={width}
          bold={line.heading}
          color={line.heading ? theme.accent : undefined}
        />
      ))}
    </Box>
  );
}
