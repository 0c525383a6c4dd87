import type { SaveState } from '../../core/session/session-store.js';
import { footerText, type KeyContext } from '../keymap.js';
import { useTheme } from '../theme.js';
import { Line } from './line.js';

/** The footer's words for a save that keeps failing: why, and that nothing typed is lost. */
export function saveFailureText(save: Extract<SaveState, { kind: 'failed' }>): string {
  return `NOT SAVED: ${save.error} · retrying · quit keeps a copy`;
}

/** The keys that apply now, or a one-line notice after an action; a failing save outranks both. */
export function Footer({ contexts, notice, save, width }: { contexts: readonly KeyContext[]; notice: string | undefined; save: SaveState; width: number }) {
  const theme = useTheme();
  if (save.kind === 'failed') return <Line text={saveFailureText(save)} width={width} bold inverse fill color={theme.error} />;
  if (notice) return <Line text={notice} width={width} bold color={theme.changed} />;
  return <Line text={footerText(contexts, width)} width={width} color={theme.muted} />;
}
