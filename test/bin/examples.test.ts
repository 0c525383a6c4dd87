import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/registry.js';
import { createSession } from '../../src/core/session/store.js';
import { BIN, hld, ROOT } from './run-binary.js';

/**
 * Every example in the README and in every `--help` runs, against the built
 * binary, as a user would type it into a shell (quotes, `$` and redirects
 * included) in a fresh home. Commands that open a screen cannot run without a
 * terminal: for them the test checks that everything typed was accepted and
 * the only complaint is the missing terminal (the screens have their own
 * tmux tests).
 */

/** Commands that need a terminal once their arguments are read. */
const SCREENS = new Set(['home', 'practice', 'mock', 'drill', 'resume']);

/** README comments that tell the reader to do something by hand between two commands, and that edit done by shell. */
const MANUAL_STEPS: Record<string, string> = {
  '# edit: the id must match the file name (id: pastebin)': "sed -i 's/^id: .*$/id: pastebin/' ~/.local/share/hld-dojo/problems/pastebin.yaml",
};

interface Example {
  readonly where: string;
  readonly command: string;
}

/** `hld ...` lines of the README's sh blocks, in order, with the manual steps between them; npm lines are the build's, not examples of hld. */
function readmeBlocks(): { where: string; lines: string[] }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match, i) => ({
    where: `README sh block ${i + 1}`,
    lines: match[1]!
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('hld ') || /^printf '[^']*' \| hld /.test(line) || line.startsWith('mkdir ') || line.startsWith('cp ') || Object.hasOwn(MANUAL_STEPS, line) || line.startsWith('# edit')),
  }));
}

const PLACEHOLDER = /[<>[\]|…]|\.\.\./;
/** `hld export --print-template > mine.md` writes a file: the redirect is part of the example, not a placeholder. */
const withoutRedirect = (command: string): string => command.replace(/ > [\w.-]+$/, '');

/** Whole commands quoted inline in the README: `hld practice twitter --framework reshaded`; a bare `hld estimate` names a command, it is not an example. */
function readmeInline(): Example[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/`(hld [^`\n]+)`/g)]
    .map((m) => m[1]!.trim())
    .filter((command) => !PLACEHOLDER.test(withoutRedirect(command)) && command.split(/\s+/).length > 2)
    .map((command) => ({ where: 'README', command }));
}

/** Commands written in a help text: `(e.g. hld practice twitter --day 1e5)`, `see: hld sessions, hld resume`, indented example lines. */
function helpExamples(name: string, help: string): Example[] {
  const found: Example[] = [];
  for (const line of help.split('\n')) {
    if (/^\s*(Usage:|\s{5,}hld .*\[)/.test(line)) continue;
    // A script's answers piped into a plain walk: the whole pipeline is the example.
    const piped = /(printf '[^']*' \| hld [^),;]*)/.exec(line);
    if (piped) {
      found.push({ where: `hld ${name} --help`, command: piped[1]!.trim() });
      continue;
    }
    for (const match of line.matchAll(/(?:^|[\s(:,])(hld (?:[a-z][\w-]*)(?: [^),;]*)?)/g)) {
      const command = match[1]!.trim().replace(/\.$/, '');
      const sub = command.split(/\s+/)[1]!;
      if (!Object.hasOwn(COMMANDS, sub) || PLACEHOLDER.test(withoutRedirect(command))) continue;
      found.push({ where: `hld ${name} --help`, command });
    }
  }
  return found;
}

let home: string;
let shellEnv: NodeJS.ProcessEnv;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'hld-examples-'));
  const bin = join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'hld'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'hld'), 0o755);
  // Run from a folder that looks like a clone, so `problems/...` paths resolve as the README assumes.
  const work = join(home, 'work');
  mkdirSync(work);
  for (const folder of ['problems', 'templates', 'data']) symlinkSync(join(ROOT, folder), join(work, folder));
  shellEnv = {
    PATH: `${bin}:${process.env['PATH'] ?? ''}`,
    HOME: join(home, 'home'),
    NODE_EXTRA_CA_CERTS: '',
    NO_COLOR: '1',
  };
  mkdirSync(shellEnv['HOME']!);
  // A saved session, so `hld sessions`, `hld resume` and `hld export` examples have one to work on.
  createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, { HLD_HOME: join(shellEnv['HOME']!, '.local', 'share', 'hld-dojo') }).close();
});

function shell(command: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', command], { cwd: join(home, 'work'), env: shellEnv, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectRuns(example: Example): void {
  const hldPart = example.command.slice(example.command.indexOf('hld '));
  const sub = hldPart.split(/\s+/)[1] ?? 'home';
  const result = shell(example.command);
  const what = `${example.where}: ${example.command}\nexit ${result.code}\n${result.stderr}`;
  // Answers piped into --plain: a walk that needs no terminal, run to its end.
  if (SCREENS.has(sub) && !/\| hld /.test(example.command)) {
    // Everything typed was accepted; the only complaint is that there is no terminal to draw the screen in.
    expect(result.code, what).toBe(2);
    expect(result.stderr, what).toMatch(/terminal/);
    expect(result.stderr.trim().split('\n'), what).toHaveLength(1);
  } else {
    expect(result.code, what).toBe(0);
    expect(result.stderr, what).toBe('');
  }
}

describe('every README example runs', () => {
  test('the sh blocks, in order, with the manual steps they describe', { timeout: 120_000 }, () => {
    const blocks = readmeBlocks();
    expect(blocks.flatMap((b) => b.lines).filter((l) => l.startsWith('hld ')).length).toBeGreaterThan(5);
    for (const block of blocks) {
      for (const line of block.lines) {
        if (line.startsWith('#')) {
          const step = MANUAL_STEPS[line];
          if (step === undefined) throw new Error(`${block.where}: a manual step this test does not know how to do: ${line}`);
          expect(shell(step).code).toBe(0);
          continue;
        }
        const command = line.replace(/\s+#.*$/, '');
        if (!command.startsWith('hld ') && !/\| hld /.test(command)) {
          expect(shell(command).code, `${block.where}: ${command}`).toBe(0);
          continue;
        }
        expectRuns({ where: block.where, command });
      }
    }
  });

  test.each(readmeInline().map((e) => [e.command, e] as const))('inline: %s', (_, example) => expectRuns(example));
});

describe('every --help example runs', () => {
  const names = Object.keys(COMMANDS);
  const examples = names.flatMap((name) => {
    const help = hld([name === 'home' ? '--help' : name, ...(name === 'home' ? [] : ['--help'])]).stdout;
    return helpExamples(name, help);
  });

  test('the help texts hold examples to run', () => {
    expect(examples.length).toBeGreaterThan(8);
    expect(examples.map((e) => e.command)).toContain('hld estimate twitter --set mau=500M --set "dau=mau * 0.5" --set price_server=80');
  });

  test.each(examples.map((e) => [`${e.where}: ${e.command}`, e] as const))('%s', (_, example) => expectRuns(example));
});
