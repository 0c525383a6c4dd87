import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT } from './run-binary.js';

/**
 * The completion scripts loaded in real shells, with `hld` on PATH as the
 * built binary. bash and zsh have no way to press Tab from a script, so the
 * tests call the completion function as the shell would; fish completes a
 * whole command line with `complete -C`.
 */

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const missing = (shell: string) => (has(shell) ? '' : ` (skipped: ${shell} is not installed; .ci/run installs it)`);
let work = '';
let env: NodeJS.ProcessEnv = {};

function shell(program: string, args: string[], script: string): string {
  const result = spawnSync(program, [...args, script], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
  if (result.status !== 0) throw new Error(`${program} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hld-completion-'));
  mkdirSync(join(work, 'bin'));
  symlinkSync(BIN, join(work, 'bin', 'hld'));
  mkdirSync(join(work, 'home', 'sessions'), { recursive: true });
  writeFileSync(join(work, 'home', 'sessions', '2026-11-30-twitter.yaml'), '');
  env = {
    ...process.env,
    PATH: `${join(work, 'bin')}:${process.env['PATH']}`,
    HLD_HOME: join(work, 'home'),
    NODE_EXTRA_CA_CERTS: '',
    // fish keeps its history and settings here, not in the user's home.
    XDG_CONFIG_HOME: join(work, 'config'),
    XDG_DATA_HOME: join(work, 'data'),
  };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hld completion bash', () => {
  const complete = (...words: string[]) =>
    shell('bash', ['--norc', '-c'], `eval "$(hld completion bash)"; COMP_WORDS=(hld ${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length}; _hld_complete; printf '%s\\n' "\${COMPREPLY[@]}"`)
      .split('\n')
      .filter(Boolean);

  test('registers for hld with file names as the fallback', () => {
    expect(shell('bash', ['--norc', '-c'], 'eval "$(hld completion bash)"; complete -p hld')).toBe('complete -o default -F _hld_complete hld\n');
  });

  test('completes commands, problem ids, session ids and option values', { timeout: 120_000 }, () => {
    expect(complete('pr')).toEqual(['practice', 'problems']);
    expect(complete('practice', 'tw')).toEqual(['twitter']);
    expect(complete('resume', '')).toEqual(['2026-11-30-twitter']);
    expect(complete('practice', 'twitter', '--framework', '')).toEqual(['hld14', 'reshaded']);
    // A file name: no words, so bash's default (file names) takes over.
    expect(complete('validate', '')).toEqual([]);
  });
});

describe.skipIf(!has('zsh'))(`hld completion zsh${missing('zsh')}`, () => {
  test('loads after compinit, registers _hld, and offers the candidates (compadd and _files stubbed)', { timeout: 120_000 }, () => {
    const out = shell(
      'zsh',
      ['-f', '-c'],
      `autoload -Uz compinit && compinit -u -d ${join(work, 'zcompdump')}
eval "$(hld completion zsh)"
print -r -- "registered: $_comps[hld]"
compadd() { print -rl -- "\${(@P)2}" }
_files() { print -r -- '(files)' }
words=(hld practice tw); CURRENT=3; _hld
words=(hld validate ''); CURRENT=3; _hld`,
    );
    expect(out).toBe('registered: _hld\ntwitter\n(files)\n');
  });
});

describe.skipIf(!has('fish'))(`hld completion fish${missing('fish')}`, () => {
  const complete = (line: string) =>
    shell('fish', ['--no-config', '-c'], `hld completion fish | source; complete -C${JSON.stringify(line)}`)
      .split('\n')
      .filter(Boolean);

  test('completes commands, problem ids, session ids, option values and file names', { timeout: 120_000 }, () => {
    expect(complete('hld pr')).toEqual(['practice', 'problems']);
    expect(complete('hld practice tw')).toEqual(['twitter']);
    expect(complete('hld resume ')).toEqual(['2026-11-30-twitter']);
    expect(complete('hld estimate twitter --storage ')).toEqual(['binary', 'decimal']);
    expect(complete('hld validate problems/tw')).toEqual(['problems/twitter.yaml']);
  });
});
