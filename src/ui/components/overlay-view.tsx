import { Box } from 'ink';
import type { OverlayPage } from '../practice/overlays.js';
import { useTheme } from '../theme.js';
import { Line } from './line.js';

export interface OverlayViewProps {
  readonly page: OverlayPage;
  /** "card 2 of 7" for paged overlays. */
  readonly position?: string;
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
}

export function OverlayView({ page, position, scroll, width, height }: OverlayViewProps) {
  const theme = useTheme();
  const rows = height - 1;
  const start = Math.max(0, Math.min(scroll, page.lines.length - rows));
  // Scrolled either way, the title says which way there is more, so a cut at the top is as visible as one at the bottom.
  const more = `${start > 0 ? ' · ↑ more' : ''}${start + rows < page.lines.length ? ' · ↓ more' : ''}`;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Line text={` ${page.title}${position ? ` · ${position}` : ''}${more}`} width={width} bold inverse fill color={theme.accent} />
      {page.lines.slice(start, start + rows).map((line, i) => (
        <Line key={start + i} text={line} width={width} />
      ))}
    </Box>
  );
}
