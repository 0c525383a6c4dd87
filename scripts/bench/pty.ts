// A pseudo-terminal for the benchmark, from util-linux `script` (in every
// Linux distribution; Debian and Ubuntu ship it in the essential bsdutils).
// Keys are written to script's stdin, which it copies to the terminal; what
// the program draws comes back on script's stdout as it is drawn (-f).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Why this machine cannot run the terminal figures, or undefined when it can. */
export function ptyMissing(): string | undefined {
  if (process.platform !== 'linux') return 'needs Linux: util-linux `script` and /proc';
  const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || !/util-linux/.test(probe.stdout)) {
    return 'util-linux `script` is not on PATH (Debian/Ubuntu package: bsdutils)';
  }
  return undefined;
}

// CSI and OSC sequences, and the short ESC ones (charset, keypad, save/restore cursor).
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78DEHMNOZc]/g;

/** What a reader of the terminal sees in `raw` output, without colours and cursor moves. */
export const visibleText = (raw: string): string => raw.replace(ESCAPES, '');

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** The pid whose parent is `pid` (the program script started), from /proc. */
function childOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const [, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === pid) return Number(name);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

export interface Terminal {
  /** performance.now() when script was spawned. */
  readonly startedAt: number;
  /** Where the output stands now: pass it to waitFor to look only at what comes after. */
  mark(): number;
  /** The time (performance.now()) at which `text` showed in the output after `from`. */
  waitFor(text: string, options?: { from?: number; timeoutMs?: number }): Promise<number>;
  /** Write `keys` to the terminal; returns the time they were written. */
  type(keys: string): number;
  /** The program's pid (script's child), once the shell has exec'd it. */
  pid(): number | undefined;
  /** End the program with SIGTERM (as `kill` would) and wait for the terminal to close. */
  stop(): Promise<void>;
  /** Kill the program and script at once (nothing is saved). */
  kill(): void;
}

const open = new Set<Terminal>();

/** Kill every terminal still open (on the way out of a failed run). */
export function killAllTerminals(): void {
  for (const terminal of open) terminal.kill();
}

export interface TerminalOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly columns?: number;
  readonly rows?: number;
}

interface Waiter {
  readonly from: number;
  readonly text: string;
  readonly resolve: (at: number) => void;
}

/**
 * Start `argv` in a new pseudo-terminal of `columns` x `rows`. The shell only
 * sets the size and then execs the program, so the program is script's child.
 */
export function openTerminal(argv: readonly string[], { cwd, env, columns = 100, rows = 30 }: TerminalOptions): Terminal {
  const command = `stty cols ${columns} rows ${rows} && exec ${argv.map(shellQuote).join(' ')}`;
  const startedAt = performance.now();
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd,
    env: { ...env, SHELL: '/bin/sh', TERM: 'xterm-256color' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  child.stdout.setEncoding('utf8');
  child.stdin.on('error', () => undefined); // a write after the program ended
  let raw = '';
  let closed = false;
  let waiters: Waiter[] = [];
  const settle = (at: number): void => {
    waiters = waiters.filter((w) => {
      if (!visibleText(raw.slice(w.from)).includes(w.text)) return true;
      w.resolve(at);
      return false;
    });
  };
  child.stdout.on('data', (chunk: string) => {
    const at = performance.now();
    raw += chunk;
    if (waiters.length) settle(at);
  });
  const exited = new Promise<void>((resolve) =>
    child.on('close', () => {
      closed = true;
      open.delete(terminal);
      resolve();
    }),
  );

  const terminal: Terminal = {
    startedAt,
    mark: () => raw.length,
    waitFor(text, { from = 0, timeoutMs = 15_000 } = {}) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          const seen = visibleText(raw.slice(from)).replace(/\s+/g, ' ').slice(-160);
          reject(new Error(`'${text}' did not show within ${timeoutMs / 1000} s${closed ? ' (the program ended)' : ''}; last output: ${seen}`));
        }, timeoutMs);
        const waiter: Waiter = {
          from,
          text,
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
        };
        waiters.push(waiter);
        settle(performance.now());
      });
    },
    type(keys) {
      const at = performance.now();
      child.stdin.write(keys);
      return at;
    },
    pid: () => childOf(child.pid),
    async stop() {
      if (closed) return;
      const pid = childOf(child.pid);
      try {
        if (pid !== undefined) process.kill(pid, 'SIGTERM');
        else child.kill('SIGKILL');
      } catch {
        // it ended on its own meanwhile
      }
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') terminal.kill();
      await exited;
    },
    kill() {
      if (closed) return;
      const pid = childOf(child.pid);
      if (pid !== undefined) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      child.kill('SIGKILL');
    },
  };
  open.add(terminal);
  return terminal;
}
