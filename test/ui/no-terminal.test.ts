import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectOneLineError, hld } from '../bin/run-binary.js';
import { assertInteractive } from '../../src/ui/tty.js';

describe('interactive commands without a terminal', () => {
  test.each([
    [['practice', 'url-shortener'], /hld practice url-shortener --plain.*hld estimate url-shortener/],
    [[], /interactive terminal.*--plain.*hld estimate/],
  ])('hld %j exits 2 with the command to use instead', (args, message) => {
    const result = hld(args);
    const line = expectOneLineError(result, 2);
    expect(line).toMatch(message);
    expect(line).not.toMatch(/Raw mode/);
  });

  test('--plain needs no terminal, but something to answer with: an empty stdin fails at once, naming how to pipe answers, and saves nothing', () => {
    const home = mkdtempSync(join(tmpdir(), 'hld-no-terminal-'));
    try {
      const line = expectOneLineError(hld(['practice', 'url-shortener', '--plain'], { HLD_HOME: home }), 2);
      expect(line).toBe(
        "hld practice --plain: no terminal, and nothing on stdin to answer with; run it in a terminal, or pipe the answers in, one a line: printf 'notes\\nMy notes.\\n.\\nquit\\n' | hld practice url-shortener --plain",
      );
      expect(readdirSync(home)).toEqual([]);
      expect(expectOneLineError(hld(['drill', 'twitter', '--seed', '3', '--plain'], { HLD_HOME: home }), 2)).toMatch(/^hld drill --plain: no terminal, and nothing on stdin.*\| hld drill twitter --seed 3 --plain$/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  test('an unknown problem or framework is named before the terminal is checked', () => {
    expect(expectOneLineError(hld(['practice', 'url-shortner']), 2)).toMatch(/did you mean 'url-shortener'/);
    expect(expectOneLineError(hld(['practice', 'url-shortener', '--framework', 'reshade']), 2)).toMatch(/did you mean 'reshaded'/);
  });

  test('assertInteractive passes only when both streams are terminals', () => {
    expect(() => assertInteractive('practice', 'x', { stdin: { isTTY: true }, stdout: { isTTY: true } })).not.toThrow();
    expect(() => assertInteractive('practice', 'x', { stdin: { isTTY: true }, stdout: {} })).toThrow(/--plain/);
  });
});
