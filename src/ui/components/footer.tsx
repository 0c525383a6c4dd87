import { footerText, type KeyContext } from '../keymap.js';
import { useTheme } from '../theme.js';
import { Line } from './line.js';

/** The keys that apply now, or a one-line notice after an action. */
export function Footer({ contexts, notice, width }: { contexts: readonly KeyContext[]; notice: string | undefined; width: number }) {
  const theme = useTheme();
  if (notice) return <Line text={notice} width={width} bold color={theme.changed} />;
  return <Line text={footerText(contexts, width)} width={width} color={theme.muted} />;
}
