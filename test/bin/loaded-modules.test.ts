import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { hldWithHook, ROOT } from './run-binary.js';

const meta = JSON.parse(readFileSync(join(ROOT, 'dist/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
const HEAVY = /node_modules\/(mathjs|yaml|zod)\//;

/** The source files behind every module one run of the built binary loads (dist chunks expanded through esbuild's metafile). */
function loadedSources(args: string[]): string[] {
  const home = mkdtempSync(join(tmpdir(), 'hld-loads-'));
  const urls = hldWithHook('./load-log.mjs', 'HLD_LOAD_LOG', args, { HLD_HOME: home }).filter((u) => u.startsWith('file:'));
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
