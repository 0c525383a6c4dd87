import { Box, useApp } from 'ink';
import { useEffect, useRef } from 'react';
import { Line } from '../components/line.js';
import { useKeypress } from '../hooks/use-keypress.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { runFullScreen } from '../full-screen.js';
import { useTheme } from '../theme.js';

/** Long enough for the first frame to reach the terminal before the work (which can hold the event loop) starts. */
const FIRST_FRAME_MS = 40;

export interface JudgingFrameProps {
  readonly title: string;
  readonly work: () => Promise<unknown>;
  /** Called once, when the work has settled. */
  readonly onSettled: (result: PromiseSettledResult<unknown>) => void;
}

/** One still frame while the notes are judged; it closes itself when the work settles. */
export function JudgingFrame({ title, work, onSettled }: JudgingFrameProps) {
  const { exit } = useApp();
  const theme = useTheme();
  const size = useTerminalSize();
  // Keys typed meanwhile are taken (and dropped) rather than echoed over the frame: there is nothing to do until the report is made.
  useKeypress(() => undefined);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const timer = setTimeout(() => {
      work().then(
        (value) => onSettled({ status: 'fulfilled', value }),
        (reason: unknown) => onSettled({ status: 'rejected', reason }),
      ).finally(() => exit());
    }, FIRST_FRAME_MS);
    return () => clearTimeout(timer);
  }, [work, onSettled, exit]);
  return (
    <Box flexDirection="column" width={size.columns}>
      <Line text={` ${title}`} width={size.columns} inverse bold fill color={theme.accent} />
      <Box height={1} />
      <Line text=" Judging your notes: reading them sentence by sentence against each key point..." width={size.columns} bold />
      <Line text=" (the language model takes a second to load)" width={size.columns} color={theme.muted} />
    </Box>
  );
}

/**
 * Run `work` (making a mock's report, which loads the language model) under a
 * full-screen "judging your notes" frame, so the candidate never drops to the
 * bare terminal between the mock and its review. A leaf: resolves with what
 * the work gave, or the signal that ended it; a failure of the work is thrown
 * once the terminal is restored.
 */
export async function showJudging<T>(title: string, work: () => Promise<T>, env: NodeJS.ProcessEnv): Promise<{ readonly value: T } | { readonly signal: NodeJS.Signals }> {
  let settled: PromiseSettledResult<unknown> | undefined;
  const { signal } = await runFullScreen(<JudgingFrame title={title} work={work} onSettled={(result) => (settled = result)} />, env);
  if (settled?.status === 'rejected') throw settled.reason;
  if (signal || !settled) return { signal: signal ?? 'SIGTERM' };
  return { value: settled.value as T };
}
