import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/hld.js', import.meta.url));

if (!existsSync(new URL('../../dist/hld.js', import.meta.url))) {
  throw new Error('dist/hld.js is missing: run `npm run build` (npm test does it for you)');
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built binary as a user would, with no terminal attached. */
export function hld(args: string[], env: NodeJS.ProcessEnv = {}, input = ''): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A user error: the given exit code, one line on stderr, no stack trace. */
export function expectOneLineError(result: RunResult, code: number): string {
  const text = result.stderr.trim();
  if (result.code !== code) throw new Error(`expected exit ${code}, got ${result.code}: ${text}`);
  if (text.split('\n').length !== 1) throw new Error(`expected one line on stderr, got:\n${text}`);
  if (/\n\s+at |Error:/.test(result.stderr)) throw new Error(`stack trace on stderr:\n${text}`);
  return text;
}

/**
 * Run the built binary with a `node --import` hook from test/bin that writes
 * to the file named by the environment variable `logVariable`; the lines it
 * wrote. The run must succeed quietly, or the log would describe a failure.
 */
export function hldWithHook(hook: string, logVariable: string, args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'hld-hook-')), 'log.txt');
  const result = spawnSync(process.execPath, ['--import', fileURLToPath(new URL(hook, import.meta.url)), BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: '', ...env, [logVariable]: log },
  });
  if (result.status !== 0 || result.stderr !== '') throw new Error(`hld ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}
