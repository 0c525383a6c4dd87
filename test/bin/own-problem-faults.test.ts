import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectOneLineError, hld, ROOT } from './run-binary.js';

/** Issue 11: a typo in your own problem's unit crashed validate, estimate and practice ("this is a bug"). */
function homeWithTypo(): { env: { HLD_HOME: string }; file: string } {
  const home = mkdtempSync(join(tmpdir(), 'hld-own-'));
  mkdirSync(join(home, 'problems'));
  const file = join(home, 'problems', 'mine.yaml');
  const text = readFileSync(join(ROOT, 'problems/url-shortener.yaml'), 'utf8').replace(/^id: url-shortener$/m, 'id: mine');
  // The first assumption measured per month, now in a unit nobody defined.
  writeFileSync(file, text.replace(/^(\s*)unit: 1\/month$/m, '$1unit: req/s'));
  return { env: { HLD_HOME: home }, file };
}

describe('your own problem with a typo in a unit', () => {
  const expected = (file: string) => new RegExp(`^hld: ${file.replace(/[/.]/g, '\\$&')}: assumptions\\.\\d+\\.unit: 'req/s' is not a unit text: 'req' is not a unit`);

  test.each([
    [['validate', '{file}']],
    [['estimate', 'mine']],
    [['problems', 'show', 'mine']],
    [['drill', 'mine', '--plain']],
    [['mock', 'mine']],
  ])('hld %j is one line naming the file and the field, exit 1', (args) => {
    const { env, file } = homeWithTypo();
    const line = expectOneLineError(hld(args.map((a) => a.replace('{file}', file)), env), 1);
    expect(line).toMatch(expected(file));
  });

  test.each([[['practice', 'mine']], [['practice', 'mine', '--plain']]])('hld %j says so before saving any session', (args) => {
    const { env, file } = homeWithTypo();
    expect(expectOneLineError(hld(args, env), 1)).toMatch(expected(file));
    expect(existsSync(join(env.HLD_HOME, 'sessions'))).toBe(false);
  });

  test('hld problems lists it as broken, not fine', () => {
    const { env, file } = homeWithTypo();
    const result = hld(['problems'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/^mine /m);
    expect(result.stderr.trim()).toMatch(new RegExp(`^hld: skipped a broken problem file: ${file.replace(/[/.]/g, '\\$&')}: assumptions\\.\\d+\\.unit: 'req/s'`));
    const json = JSON.parse(hld(['problems', '--json'], env).stdout) as { id: string; error?: string }[];
    expect(json.find((p) => p.id === 'mine')?.error).toMatch(/'req\/s' is not a unit text/);
  });
});

describe('problem files that are not regular files', () => {
  test('a FIFO, a link to /dev/zero and a folder named *.yaml are listed as broken, and nothing hangs', () => {
    const home = mkdtempSync(join(tmpdir(), 'hld-own-'));
    const dir = join(home, 'problems');
    mkdirSync(dir);
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    const result = hld(['problems'], { HLD_HOME: home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('twitter');
    expect(result.stderr.trim().split('\n')).toEqual([
      `hld: skipped a broken problem file: ${join(dir, 'fifo.yaml')}: is a named pipe (FIFO), not a file hld can read`,
      `hld: skipped a broken problem file: ${join(dir, 'folder.yaml')}: is a folder, not a file hld can read`,
      `hld: skipped a broken problem file: ${join(dir, 'zero.yaml')}: is a device, not a file hld can read`,
    ]);
    expect(expectOneLineError(hld(['estimate', 'zero'], { HLD_HOME: home }), 1)).toBe(`hld: ${join(dir, 'zero.yaml')}: is a device, not a file hld can read`);
    expect(expectOneLineError(hld(['validate', '/dev/zero']), 1)).toBe('hld: /dev/zero: is a device, not a file hld can read');
  });
});

describe('problem files that YAML cannot turn into data', () => {
  test('an alias that points nowhere, and an alias bomb, are listed as broken (found by the problem-file fuzz)', () => {
    const home = mkdtempSync(join(tmpdir(), 'hld-own-'));
    const dir = join(home, 'problems');
    mkdirSync(dir);
    writeFileSync(join(dir, 'dangling.yaml'), 'id: *a\n');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)];
    writeFileSync(join(dir, 'bomb.yaml'), `${bomb.join('\n')}\n`);
    const result = hld(['problems'], { HLD_HOME: home });
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^hld: skipped a broken problem file: .*bomb\.yaml: not valid YAML: Excessive alias count/),
      expect.stringMatching(/^hld: skipped a broken problem file: .*dangling\.yaml: not valid YAML: Unresolved alias/),
    ]);
  });
});
