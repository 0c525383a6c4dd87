import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';

/**
 * A real terminal for end-to-end tests: a tmux session of a given size running
 * one command, driven with send-keys and read with capture-pane. Each session
 * gets its own tmux server (socket), so tests never touch a user's tmux.
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'hld.js');

/** Why tmux tests cannot run here, or undefined when they can. */
export function tmuxMissing(): string | undefined {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : 'tmux is not on PATH (.ci/run installs it); the terminal end-to-end tests need it';
}

export interface TmuxOptions {
  readonly columns?: number;
  readonly rows?: number;
  /** Extra environment for the command (HLD_HOME, NO_COLOR, ...). */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

export interface Terminal {
  /** Keys by tmux name: 'Enter', 'Escape', 'Tab', 'BTab', 'C-n', 'Down', 'BSpace'. */
  keys(...names: string[]): void;
  /** Literal text, typed as is. */
  type(text: string): void;
  /** The screen as text, one line per row. */
  screen(): string;
  /** The screen with long lines that the terminal wrapped joined again, for reading a message whole. */
  joinedScreen(): string;
  /** Wait until the screen shows `text`, then a little longer so the app is listening again. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Wait until the screen does not show `text`. */
  waitForGone(text: string | RegExp, timeoutMs?: number): Promise<string>;
  resize(columns: number, rows: number): void;
  /** Send `signal` to the command (the pane's shell's child), as `kill` from another terminal would. */
  signal(signal: NodeJS.Signals): void;
  /** Stop the session and its server. */
  kill(): void;
}

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** Start `args` (e.g. ['node', BIN, 'practice', 'url-shortener']) in a new tmux session. The shell line ends with `[exited N]`. */
export function startTerminal(args: readonly string[], options: TmuxOptions = {}): Terminal {
  const socketDir = mkdtempSync(join(tmpdir(), 'hld-tmux-'));
  const socket = join(socketDir, 'socket');
  // stderr is captured so a kill of an already-stopped server does not print tmux's complaint.
  const tmux = (...rest: string[]) => execFileSync('tmux', ['-S', socket, ...rest], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const env = { NODE_EXTRA_CA_CERTS: '', ...options.env };
  const envPrefix = Object.entries(env)
    .map(([k, v]) => `${k}=${shellQuote(v)}`)
    .join(' ');
  // Keep the pane after the command ends, so tests can read what it left behind.
  const line = `cd ${shellQuote(options.cwd ?? ROOT)} && env ${envPrefix} ${args.map(shellQuote).join(' ')}; echo "[exited $?]"; sleep 600`;
  tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'hld', '-x', String(options.columns ?? 80), '-y', String(options.rows ?? 24), line);
  // An Escape key must reach the app at once, not after tmux's 500 ms wait for a sequence.
  tmux('set-option', '-s', 'escape-time', '0');

  const screen = () => tmux('capture-pane', '-p', '-t', 'hld');
  const matches = (text: string | RegExp, s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
  const poll = async (done: (s: string) => boolean, what: string, timeoutMs: number): Promise<string> => {
    const start = Date.now();
    for (;;) {
      const s = screen();
      if (done(s)) {
        await sleep(60);
        return screen();
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen:\n${s}`);
      await sleep(40);
    }
  };
  return {
    keys: (...names) => void tmux('send-keys', '-t', 'hld', ...names),
    type: (text) => void tmux('send-keys', '-t', 'hld', '-l', text),
    screen,
    joinedScreen: () => tmux('capture-pane', '-p', '-J', '-t', 'hld'),
    waitFor: (text, timeoutMs = 10_000) => poll((s) => matches(text, s), String(text), timeoutMs),
    waitForGone: (text, timeoutMs = 10_000) => poll((s) => !matches(text, s), `${String(text)} to go`, timeoutMs),
    resize: (columns, rows) => void tmux('resize-window', '-t', 'hld', '-x', String(columns), '-y', String(rows)),
    signal: (signal) => {
      const shell = tmux('display-message', '-p', '-t', 'hld', '#{pane_pid}').trim();
      const [pid] = execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n');
      process.kill(Number(pid), signal);
    },
    kill: () => {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

/** Why this machine cannot run the terminal tests (no tmux, or no build), or undefined when it can. */
export function e2eSkipReason(): string | undefined {
  return tmuxMissing() ?? (existsSync(join(ROOT, 'dist', 'hld.js')) ? undefined : 'dist/hld.js is missing: run `npm run build` first (npm test does)');
}

/**
 * Per-test setup for a describe block: a fresh HLD_HOME and at most one
 * terminal at a time, killed (and the folder removed) after each test.
 */
export function useTerminals(): { readonly home: () => string; start(args: readonly string[], options?: TmuxOptions): Terminal } {
  let home = '';
  let current: Terminal | undefined;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'hld-e2e-'));
  });
  afterEach(() => {
    current?.kill();
    current = undefined;
    // The app may still be saving as it dies; retry the removal briefly.
    rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });
  return {
    home: () => home,
    start(args, options = {}) {
      current?.kill();
      current = startTerminal(args, { ...options, env: { HLD_HOME: home, ...options.env } });
      return current;
    },
  };
}

/** The names in HLD_HOME/sessions that end with `suffix`: saved sessions ('.yaml') or the locks of open ones ('.lock'). */
export function sessionFiles(home: string, suffix: '.yaml' | '.lock'): string[] {
  return readdirSync(join(home, 'sessions')).filter((name) => name.endsWith(suffix));
}

/** The pid of the hld that holds the session open, from its lock file. */
export function lockOwnerPid(home: string): number {
  const [lock] = sessionFiles(home, '.lock');
  if (!lock) throw new Error(`no lock file in ${join(home, 'sessions')}`);
  return (JSON.parse(readFileSync(join(home, 'sessions', lock), 'utf8')) as { pid: number }).pid;
}

/** The file text of the one session saved in HLD_HOME; throws when there is none, or more than one. */
export function savedSessionText(home: string): string {
  const files = sessionFiles(home, '.yaml');
  if (files.length !== 1) throw new Error(`expected one saved session in ${join(home, 'sessions')}, found: ${files.join(', ') || 'none'}`);
  return readFileSync(join(home, 'sessions', files[0]!), 'utf8');
}
