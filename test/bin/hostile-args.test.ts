import { describe, expect, test } from 'vitest';
import { ERROR_LINE_MAX } from '../../src/cli/main.js';
import { expectOneLineError, hld } from './run-binary.js';

/** Issue 11: rejection messages echoed raw input: newlines made several lines, ESC reached the terminal, 130 KB lines. */
describe('what is typed on the command line comes back escaped and cut', () => {
  test.each([
    [['\u001b[2Jwipe'], "hld: unknown command '\\e[2Jwipe' (see: hld --help)"],
    [['estimate', 'twitter', '--bad\nline'], "hld estimate: unknown option '--bad\\nline' (see: hld estimate --help)"],
    [['validate', 'a.yaml', 'b\r.yaml'], "hld validate: unexpected argument 'b\\r.yaml' (see: hld validate --help)"],
    [['problems', 'shw\u0007'], "hld problems: unknown subcommand 'shw\\u0007'; did you mean 'show'? (usage: hld problems show <problem>)"],
  ])('%j', (args, expected) => {
    expect(expectOneLineError(hld(args), 2)).toBe(expected);
  });

  test('a 130,000-character word is cut to a line of readable length', () => {
    const line = expectOneLineError(hld([`x${'9'.repeat(130_000)}`]), 2);
    expect(line.length).toBeLessThan(ERROR_LINE_MAX);
    expect(line).toContain('… (130,001 characters)');
  });
});
