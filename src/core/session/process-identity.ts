import { readFileSync } from 'node:fs';

/**
 * Telling a process apart from a later one that got the same pid. A pid is
 * reused once its process is gone (quickly on a busy machine, and always
 * after a reboot), so a lock that only records a pid can be held "forever"
 * by an unrelated program. Where the system says when a process started
 * (Linux's /proc), a lock records its owner's start and the boot it ran in;
 * a live pid whose start or boot differs is not the owner. Elsewhere the
 * answer is "cannot tell", and the caller names the way out instead.
 */

export interface ProcessIdentity {
  /** The kernel's boot id; differs after every reboot. */
  readonly boot?: string;
  /** When the process started, in clock ticks since boot (field 22 of /proc/<pid>/stat). */
  readonly start?: number;
}

function readSmall(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

let bootId: string | null | undefined;
function currentBoot(): string | undefined {
  if (bootId === undefined) bootId = readSmall('/proc/sys/kernel/random/boot_id')?.trim() || null;
  return bootId ?? undefined;
}

/** Start time of `pid` in ticks since boot, or undefined where /proc does not say. */
export function processStart(pid: number): number | undefined {
  const stat = readSmall(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // "pid (command) state ppid ...": the command may hold spaces and parentheses, so split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const start = Number(fields[19]);
  return Number.isSafeInteger(start) ? start : undefined;
}

/** The short name of the program running as `pid` (Linux), for messages. */
export function processName(pid: number): string | undefined {
  return readSmall(`/proc/${pid}/comm`)?.trim() || undefined;
}

/** This process, as a lock records it. */
export function ownIdentity(): ProcessIdentity {
  const boot = currentBoot();
  const start = processStart(process.pid);
  return { ...(boot ? { boot } : {}), ...(start !== undefined ? { start } : {}) };
}

/**
 * Whether the live process `pid` is the one `recorded` describes: false when
 * the boot or the start time differs (the pid was reused), true when both
 * match, undefined when the system cannot tell (or the record is older than
 * these fields).
 */
export function sameProcess(pid: number, recorded: ProcessIdentity): boolean | undefined {
  const boot = currentBoot();
  if (recorded.boot !== undefined && boot !== undefined && recorded.boot !== boot) return false;
  if (recorded.start === undefined) return undefined;
  const start = processStart(pid);
  if (start === undefined) return undefined;
  return start === recorded.start;
}
