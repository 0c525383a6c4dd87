import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { chunkFor, staticInputs } from './bundle-graph.js';
import { ROOT } from './run-binary.js';
import { twitterMockFile } from './twitter-mock-file.js';

/**
 * The judgement's NLP model ships inside the bundle, in chunks loaded only
 * when a report is made, so the built binary reports with no node_modules at
 * all (its libraries may be dev dependencies).
 */
describe('hld report from the bundle', () => {
  test('no command loads the NLP model up front, not even hld report', () => {
    for (const entry of ['dist/hld.js', chunkFor('src/cli/commands/report.ts'), chunkFor('src/cli/flow.ts'), chunkFor('src/ui/practice/show-practice.tsx')]) {
      expect(staticInputs(entry).filter((f) => f.includes('node_modules/wink')), entry).toEqual([]);
    }
    expect(chunkFor('node_modules/wink-eng-lite-web-model/dist/model.js')).toMatch(/^dist\/chunks\//);
  });

  const copy = mkdtempSync(join(tmpdir(), 'hld-bundle-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test('judges a session with only bin, dist, problems, templates and data copied (no node_modules)', () => {
    for (const part of ['bin', 'dist', 'problems', 'templates', 'data', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    const home = join(copy, 'home');
    mkdirSync(join(home, 'sessions'), { recursive: true });
    const session = twitterMockFile(
      ['data-model: We do not need Snowflake IDs.', 'capacity-estimation: Fan-out is about 1,160 tweets/s times 200 followers, so roughly 230K timeline inserts per second.'],
      '{ capacity-estimation: 2 }',
      2,
    );
    writeFileSync(join(home, 'sessions', '20261130-0900-twitter.yaml'), session);
    const result = spawnSync(process.execPath, [join(copy, 'bin', 'hld.js'), 'report', '--json'], {
      cwd: copy,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env['PATH'] ?? '', HLD_HOME: home, NODE_EXTRA_CA_CERTS: '' },
    });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ session: '20261130-0900-twitter', ended_early: true, reviewed_score: null });
    const verdict = (id: string) => report.key_points.find((p: { id: string }) => p.id === id);
    expect(verdict('sortable_ids')).toMatchObject({ verdict: 'missed', reason: 'only in a sentence that turns it down' });
    expect(verdict('fanout_load')).toMatchObject({ verdict: 'earned', number: { wrote: '230K timeline inserts per second', within_3x: true } });
  });
});
