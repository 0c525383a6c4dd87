import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { completeWords } from '../../src/cli/completion/candidates.js';
import { runCli } from '../../src/cli/main.js';
import type { Output } from '../../src/cli/output.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { builtinProblemsDir } from '../../src/core/paths.js';
import { tempHome } from '../core/session/helpers.js';

let t: ReturnType<typeof tempHome>;
beforeEach(() => {
  t = tempHome();
});
afterEach(() => t.cleanup());

const complete = async (...words: string[]) => completeWords(words, t.env, COMMANDS);
const BUILTIN = ['instagram', 'netflix', 'twitter', 'uber', 'url-shortener', 'whatsapp'];

describe('shell completion candidates', () => {
  test('the first word: every command, and help', async () => {
    expect((await complete('')).words).toEqual([...Object.keys(COMMANDS), 'help']);
    expect((await complete('pr')).words).toEqual(['practice', 'problems']);
    expect((await complete('--v')).words).toEqual(['--version']);
  });

  test('problem ids, the user’s own included, where a command takes a problem', async () => {
    mkdirSync(join(t.home, 'problems'));
    copyFileSync(join(builtinProblemsDir(), 'twitter.yaml'), join(t.home, 'problems', 'pastebin.yaml'));
    expect((await complete('practice', '')).words).toEqual([...BUILTIN, 'pastebin']);
    expect((await complete('estimate', 'tw')).words).toEqual(['twitter']);
    expect((await complete('problems', 'show', 'u')).words).toEqual(['uber', 'url-shortener']);
    expect((await complete('problems', '')).words).toEqual(['show']);
    // After the problem, nothing more is a positional.
    expect((await complete('estimate', 'twitter', '')).words).toEqual([]);
  });

  test('session ids from the file names, without reading (or setting aside) a damaged file', async () => {
    mkdirSync(t.sessions);
    writeFileSync(join(t.sessions, '2026-11-30-twitter.yaml'), 'version: [unclosed');
    writeFileSync(join(t.sessions, '.2026-11-30-twitter.yaml.tmp'), '');
    writeFileSync(join(t.sessions, '2026-11-30-twitter.lock'), '{}');
    expect((await complete('resume', '')).words).toEqual(['2026-11-30-twitter']);
    expect((await complete('export', '-o', 'doc.md', '2026')).words).toEqual(['2026-11-30-twitter']);
    expect((await complete('report', '--json', '')).words).toEqual(['2026-11-30-twitter']);
    expect((await complete('resume', '')).words).toEqual(['2026-11-30-twitter']);
  });

  test('options, and the values of an option that takes one', async () => {
    expect((await complete('practice', '--')).words).toEqual(['--framework', '--plain', '--day', '--month', '--year', '--storage', '--bandwidth', '--servers', '--help']);
    expect((await complete('practice', 'twitter', '--month', '')).words).toEqual(['30d', '30.42d', '2.5Ms']);
    expect((await complete('practice', 'twitter', '-f', '')).words).toEqual(['hld14', 'reshaded']);
    expect((await complete('practice', '--framework', 'r')).words).toEqual(['reshaded']);
    expect((await complete('estimate', 'twitter', '--storage', '')).words).toEqual(['decimal', 'binary']);
    expect((await complete('estimate', 'twitter', '--format', '')).words).toEqual(['table', 'json', 'markdown']);
    // An option's value is not a positional: the problem is still the first positional.
    expect((await complete('estimate', '--set', 'mau=1', 'tw')).words).toEqual(['twitter']);
    expect((await complete('completion', '')).words).toEqual(['bash', 'zsh', 'fish']);
    expect((await complete('help', 'dr')).words).toEqual(['drill']);
  });

  test('file names are left to the shell', async () => {
    expect(await complete('validate', '')).toEqual({ words: [], files: true });
    expect(await complete('export', '--template', 'my')).toEqual({ words: [], files: true });
  });

  test('unknown commands, Object.prototype names and unreadable folders offer nothing and never throw', async () => {
    expect(await complete('constructor', '')).toEqual({ words: [], files: false });
    expect(await complete('estimate', 'twitter', '--constructor', '')).toEqual({ words: [], files: false });
    writeFileSync(join(t.home, 'sessions'), 'a file where a folder should be');
    expect(await complete('resume', '')).toEqual({ words: [], files: false });
  });
});

describe('hld completion', () => {
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const output: Output = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) };
    return { code: await runCli(args, output, t.env), out, err };
  }

  test('prints a script for each shell', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const result = await run(['completion', shell]);
      expect(result.code).toBe(0);
      expect(result.out).toContain('hld completion --words --');
    }
  });

  test('an unknown shell is one usage line naming the accepted ones', async () => {
    const result = await run(['completion', 'bsh']);
    expect(result.code).toBe(2);
    expect(result.err).toBe("hld completion: unknown shell 'bsh'; did you mean 'bash'? (accepted: bash, zsh, fish)\n");
  });

  test('--words prints one candidate a line, or :files for a file name', async () => {
    expect((await run(['completion', '--words', '--', 'drill', 'wh'])).out).toBe('whatsapp\n');
    expect((await run(['completion', '--words', '--', 'validate', ''])).out).toBe(':files\n');
    expect((await run(['completion', '--words', '--', 'sessions', ''])).out).toBe('');
  });
});
