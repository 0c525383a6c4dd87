import { describe, expect, test } from 'vitest';
import { expectOneLineError, hld } from '../bin/run-binary.js';
import { assertInteractive } from '../../src/ui/tty.js';

describe('interactive commands without a terminal', () => {
  test.each([
    [['practice', 'url-shortener'], /hld practice url-shortener --plain.*hld estimate url-shortener/],
    [[], /interactive terminal.*--plain.*hld estimate/],
    [['practice', 'url-shortener', '--plain'], /--plain.*needs an interactive terminal.*hld estimate url-shortener/],
  ])('hld %j exits 2 with the command to use instead', (args, message) => {
    const result = hld(args);
    const line = expectOneLineError(result, 2);
    expect(line).toMatch(message);
    expect(line).not.toMatch(/Raw mode/);
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
