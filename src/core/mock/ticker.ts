/**
 * A once-a-second heartbeat for the mock clock. Each beat is worth exactly
 * one interval of interview time: if the process is stopped (Ctrl-Z, a
 * sleeping laptop) the missed beats are not made up, which is what a paused
 * interview should feel like.
 */
export interface Ticker {
  stop(): void;
}

export function startTicker(onTick: (seconds: number) => void, intervalMs = 1000): Ticker {
  const timer = setInterval(() => onTick(intervalMs / 1000), intervalMs);
  // The ticker alone must never keep a finished command alive.
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}
