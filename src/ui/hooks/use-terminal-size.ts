import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

const sizeOf = (stdout: NodeJS.WriteStream, fallback: TerminalSize): TerminalSize => ({
  columns: stdout.columns || fallback.columns,
  rows: stdout.rows || fallback.rows,
});

/** The terminal's size, following resizes. Streams that report none (tests) get `fallback`. */
export function useTerminalSize(fallback: TerminalSize = { columns: 80, rows: 24 }): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout, fallback));
  useEffect(() => {
    const onResize = () => setSize(sizeOf(stdout, fallback));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // The fallback only matters for the first measurement.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}
