// One run of a command as a process: its wall time, or its peak memory.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The row names the command; the reason says how it ended and its first line of complaint. */
function check(result: SpawnSyncReturns<Buffer>): void {
  if (result.error) throw new Error(`cannot start node: ${result.error.message}`);
  if (result.status !== 0) {
    const why = String(result.stderr ?? '').trim().split('\n')[0] || 'no message';
    throw new Error(`exited ${result.status ?? result.signal}: ${why.slice(0, 120)}`);
  }
}

/** Milliseconds from spawning `node ...args` to its exit, output discarded. */
export function timeNode(args: readonly string[], { cwd, env }: RunOptions): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
  const elapsed = performance.now() - start;
  check(result);
  return elapsed;
}

/**
 * Peak resident set size of `node ...args` in MiB: scripts/bench/peak-rss.cjs,
 * preloaded, writes it to a file as the process exits.
 */
export function peakRssOfNode(args: readonly string[], { cwd, env, root, scratch }: RunOptions & { root: string; scratch: string }): number {
  const file = join(scratch, 'peak-rss.txt');
  rmSync(file, { force: true });
  const preload = join(root, 'scripts', 'bench', 'peak-rss.cjs');
  const result = spawnSync(process.execPath, ['--require', preload, ...args], {
    cwd,
    env: { ...env, HLD_BENCH_RSS_FILE: file },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 60_000,
  });
  check(result);
  const kib = Number(readFileSync(file, 'utf8'));
  if (!(kib > 0)) throw new Error('the process did not report its peak memory');
  return kib / 1024;
}
