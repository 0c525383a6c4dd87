import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appendHistory } from '../../src/core/history/store.js';
import { createSession } from '../../src/core/session/store.js';
import { hldWithHook, ROOT } from './run-binary.js';

/**
 * The first use of ICU in a process costs about half a bare node start, so
 * the commands that print and exit never call it: numbers, dates and orders
 * are written by hand (src/core/units/number-text.ts, src/core/export/utc-date.ts,
 * src/core/order.ts). The built binary runs with a hook that records every
 * call into Intl, localeCompare or toLocale*; none may be made.
 */

const home = mkdtempSync(join(tmpdir(), 'hld-icu-'));
const sessions = ['twitter', 'url-shortener'].map((problem) => {
  const handle = createSession({ problem, framework: 'hld14', mode: 'practice' }, { HLD_HOME: home });
  handle.close();
  return handle.session.id;
});
const mock = (at: string, score: number) =>
  ({ version: 1, kind: 'mock', at, problem: 'twitter', score, session: sessions[0]!, framework: 'hld14', minutes: 45, elapsed_seconds: 2700, key_points_covered: 3, key_points_total: 9 }) as const;
appendHistory(mock('2026-11-20T09:30:00.000Z', 41), { HLD_HOME: home });
appendHistory(mock('2026-11-28T18:05:00.000Z', 58), { HLD_HOME: home });
appendHistory({ version: 1, kind: 'review', at: '2026-11-28T18:40:00.000Z', problem: 'twitter', session: sessions[0]!, reviewed_score: 62 }, { HLD_HOME: home });
appendHistory({ version: 1, kind: 'drill', at: '2026-11-29T07:00:00.000Z', problem: 'url-shortener', score: 70, seed: 7, questions: [{ key: 'qps', grade: 'close', ratio: 1.4 }] }, { HLD_HOME: home });

/** The ICU calls one run of the built binary makes, each with where it was made. */
const icuCalls = (args: string[]): string[] => hldWithHook('./icu-trap.mjs', 'HLD_ICU_LOG', args, { HLD_HOME: home });

describe('commands that print and exit never load ICU', () => {
  test('the trap records what it should: a call made by the binary is seen', () => {
    // --eval code runs after the --import hook, as the binary does.
    const log = join(mkdtempSync(join(tmpdir(), 'hld-icu-log-')), 'calls.txt');
    spawnSync(process.execPath, ['--import', join(ROOT, 'test/bin/icu-trap.mjs'), '--eval', "(1234.5).toLocaleString('en-US'); 'a'.localeCompare('b'); new Intl.DateTimeFormat('en-GB')"], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: '', HLD_ICU_LOG: log },
    });
    expect(readFileSync(log, 'utf8')).toMatch(/^Number\.prototype\.toLocaleString .*\nString\.prototype\.localeCompare .*\nIntl\.DateTimeFormat .*\n$/);
  });

  test.each([
    [['estimate', 'twitter', '--format', 'json']],
    [['estimate', 'twitter']],
    [['estimate', 'url-shortener', '--set', 'mau=300M to 600M', '--format', 'markdown']],
    [['sessions']],
    [['export', sessions[0]!, '-o', '-']],
    [['export', '-o', '-']],
    [['report', sessions[1]!]],
    [['history']],
    [['problems']],
    [['problems', 'show', 'twitter']],
    [['validate', 'problems/twitter.yaml']],
  ])('hld %j', (args) => {
    expect(icuCalls(args)).toEqual([]);
  });
});
