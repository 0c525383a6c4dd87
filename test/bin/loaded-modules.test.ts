import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { hld, hldWithHook, ROOT } from './run-binary.js';
import { twitterMockFile } from './twitter-mock-file.js';
import { listSessions } from '../../src/core/session/list.js';

const meta = JSON.parse(readFileSync(join(ROOT, 'dist/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
const HEAVY = /node_modules\/(mathjs|yaml|zod)\//;

/** The source files behind every module one run of the built binary loads (dist chunks expanded through esbuild's metafile). */
function loadedSources(args: string[], home?: string): string[] {
  const urls = hldWithHook('./load-log.mjs', 'HLD_LOAD_LOG', args, { HLD_HOME: home ?? mkdtempSync(join(tmpdir(), 'hld-loads-')) }).filter((u) => u.startsWith('file:'));
  expect(urls.some((u) => u.includes('/dist/'))).toBe(true);
  return urls.flatMap((url) => {
    const file = relative(ROOT, fileURLToPath(url)).split('\\').join('/');
    return meta.outputs[file] ? Object.keys(meta.outputs[file].inputs) : [file];
  });
}

describe('what a run loads (issue: estimates near bare node)', () => {
  test.each([
    [['estimate', 'twitter', '--format', 'json']],
    [['estimate', 'twitter', '--set', 'dau=100M to 400M']],
    [['estimate', 'url-shortener', '--set', 'mau=300M', '--format', 'markdown']],
  ])('hld %j loads neither mathjs, yaml nor zod', (args) => {
    expect(loadedSources(args).filter((f) => HEAVY.test(f))).toEqual([]);
  });

  test('an expression typed in --set loads mathjs only when our own parser cannot answer it, and never yaml or zod', () => {
    const loaded = loadedSources(['estimate', 'twitter', '--format', 'json', '--set', 'mau=600M * 1.1']);
    expect(loaded.filter((f) => /node_modules\/(yaml|zod)\//.test(f))).toEqual([]);
  });
});

describe('what showing a kept report loads (issue 12: export near bare node)', () => {
  /** An hld home with one finished mock whose report was kept when it was first judged. */
  function homeWithJudgedMock(): string {
    const home = mkdtempSync(join(tmpdir(), 'hld-kept-'));
    mkdirSync(join(home, 'sessions'));
    const notes = ['capacity-estimation: Fan-out is about 1,160 tweets/s times 200 followers, so roughly 230K timeline inserts per second.'];
    writeFileSync(join(home, 'sessions', '20261130-0900-twitter.yaml'), twitterMockFile(notes, '{ capacity-estimation: 600 }', 2700));
    const first = hld(['report', '--json'], { HLD_HOME: home });
    expect(first.stderr).toBe('');
    expect(readdirSync(join(home, 'reports'))).toEqual(['20261130-0900-twitter.json']);
    return home;
  }

  test.each([[['export', '-o', '-']], [['report']], [['report', '--json']]])('hld %j of a kept report loads neither the language model nor mathjs', (args) => {
    const home = homeWithJudgedMock();
    try {
      const loaded = loadedSources(args, home);
      expect(loaded.filter((f) => /node_modules\/(mathjs|wink-nlp|wink-eng-lite-web-model)\//.test(f))).toEqual([]);
      expect(loaded.some((f) => f === 'src/core/judge/stored-report.ts')).toBe(true);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('what exporting a session again loads (issue 12: export near bare node)', () => {
  test('the second export of an unchanged session, and a report after it, parse nothing and redo no estimate: no yaml, zod, mathjs, language model or estimator', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hld-again-'));
    try {
      mkdirSync(join(home, 'sessions'));
      const notes = ['capacity-estimation: Fan-out is about 1,160 tweets/s times 200 followers, so roughly 230K timeline inserts per second.'];
      writeFileSync(join(home, 'sessions', '20261130-0900-twitter.yaml'), twitterMockFile(notes, '{ capacity-estimation: 600 }', 2700));
      const first = hld(['export', '-o', '-'], { HLD_HOME: home });
      expect(first.stderr).toBe('');
      // The index keeps only files that have settled for a few seconds: listed as if a minute later, it keeps this one.
      await listSessions({ HLD_HOME: home }, { now: Date.now() + 60_000 });
      const loaded = loadedSources(['export', '-o', '-'], home);
      expect(loaded.filter((f) => /node_modules\/(yaml|zod|mathjs|wink-nlp|wink-eng-lite-web-model)\//.test(f))).toEqual([]);
      expect(loaded.filter((f) => /src\/core\/(estimate\/run|session\/session-file|judge\/report)\.ts$/.test(f))).toEqual([]);
      expect(hld(['export', '-o', '-'], { HLD_HOME: home }).stdout).toBe(first.stdout);
      // hld report reads the same parsed copy and kept report.
      expect(loadedSources(['report'], home).filter((f) => /node_modules\/(yaml|zod|mathjs|wink-nlp|wink-eng-lite-web-model)\//.test(f))).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('what listing sessions loads (issue 12: sessions near bare node)', () => {
  test('hld sessions from a fresh index loads neither yaml nor zod, framework step counts included', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hld-list-'));
    try {
      mkdirSync(join(home, 'sessions'));
      const file = join(home, 'sessions', '20261130-0900-twitter.yaml');
      writeFileSync(file, twitterMockFile(['capacity-estimation: About 1,160 tweets per second.'], '{ capacity-estimation: 60 }', 2700));
      // The index keeps only files that have settled for a few seconds: listed as if a minute later, it keeps this one.
      await listSessions({ HLD_HOME: home }, { now: Date.now() + 60_000 });
      expect(hld(['sessions'], { HLD_HOME: home }).stdout).toContain('0/14 done');
      expect(loadedSources(['sessions'], home).filter((f) => HEAVY.test(f))).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
