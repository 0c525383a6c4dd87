// CPU time a running process has used, from Linux's /proc.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc/<pid>/stat (almost always 100). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const probe = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    ticksPerSecond = Number(probe.stdout) > 0 ? Number(probe.stdout) : 100;
  }
  return ticksPerSecond;
}

/** utime + stime of the whole process (every thread), in ms, counted in clock ticks. */
function statMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After the command name (which may hold spaces), the list starts at field 3, state;
  // utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
}

/** Time on a CPU of every thread, in ms, to the nanosecond (the first field of schedstat). */
function schedstatMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // a thread that just ended
    }
  }
  return ns / 1e6;
}

export interface CpuReader {
  /** CPU ms used so far. */
  read(): number;
  /** Nanosecond schedstat (true), or 10 ms ticks of stat (false). */
  readonly precise: boolean;
}

/**
 * A reader of `pid`'s CPU time: per-thread schedstat when the kernel keeps it
 * (so one-second slices are meaningful), else the process's utime + stime.
 */
export function cpuReader(pid: number): CpuReader {
  try {
    if (!Number.isFinite(schedstatMs(pid))) throw new Error('no schedstat');
    return { precise: true, read: () => schedstatMs(pid) };
  } catch {
    statMs(pid);
    return { precise: false, read: () => statMs(pid) };
  }
}
