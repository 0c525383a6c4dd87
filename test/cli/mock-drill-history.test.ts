import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { HISTORY_VERSION } from '../../src/core/history/schema.js';
import { appendHistory, historyFile } from '../../src/core/history/store.js';
import { createSession } from '../../src/core/session/store.js';
import { chunkFor, staticInputs } from '../bin/bundle-graph.js';

let home: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'hld-cli-'));
  env = { HLD_HOME: home };
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('hld mock and hld drill without a terminal', () => {
  test('exit 2 and name what to use instead', async () => {
    const mock = await run('mock', 'url-shortener', '--minutes', '1');
    expect(mock.code).toBe(2);
    expect(mock.err).toMatch(/hld mock needs an interactive terminal.*hld estimate url-shortener/);
    // The full-screen drill; --plain reads answers from a pipe (test/bin/plain.test.ts).
    const drill = await run('drill', 'twitter');
    expect(drill.code).toBe(2);
    expect(drill.err).toMatch(/hld drill needs an interactive terminal.*--plain.*hld estimate twitter/);
    expect(`${mock.err}${drill.err}`).not.toMatch(/Raw mode/);
  });

  test('check their options first', async () => {
    expect((await run('mock', 'url-shortener', '--minutes', 'soon')).err).toMatch(/--minutes 'soon' is not accepted; give a number of minutes from 1 to 240/);
    expect((await run('mock', 'url-shortener', '--framework', 'hld15')).err).toMatch(/unknown framework 'hld15'.*hld14/);
    expect((await run('mock', 'url-shortner')).err).toMatch(/unknown problem 'url-shortner'.*url-shortener/);
    expect((await run('mock', '--random', 'twitter')).err).toMatch(/a problem or --random, not both/);
    expect((await run('mock', '--resume')).err).toMatch(/no mock to resume/);
    expect((await run('drill', '--count', '0')).err).toMatch(/--count '0' is not accepted/);
    expect((await run('drill', 'twitter', '--count', '99')).code).toBe(2);
  });

  test('--resume takes only a mock: the latest one, or the one named', async () => {
    const practice = createSession({ problem: 'url-shortener', framework: 'hld14', mode: 'practice' }, env);
    practice.close();
    expect((await run('mock', '--resume')).err).toMatch(/no mock to resume/);
    const named = await run('mock', '--resume', practice.session.id);
    expect(named.code).toBe(2);
    expect(named.err).toContain(`session ${practice.session.id} is a practice session, not a mock; open it with: hld resume ${practice.session.id}`);
    expect((await run('mock', '--resume', `${practice.session.id}x`)).err).toMatch(/no session '.*x'.*did you mean/i);
    const mock = createSession({ problem: 'url-shortener', framework: 'hld14', mode: 'mock', mockMinutes: 5 }, env);
    mock.close();
    // Found, and only then refused for want of a terminal.
    expect((await run('mock', '--resume')).err).toMatch(new RegExp(`needs an interactive terminal.*hld export ${mock.session.id}`));
  });
});

describe('start-up of hld mock, drill and history', () => {
  // Their usage errors and help come before any estimate, so mathjs loads only when a drill is built.
  test.each(['mock', 'drill', 'history'])('hld %s loads no mathjs and no estimate engine up front', (name) => {
    const loaded = staticInputs('dist/hld.js', chunkFor(`src/cli/commands/${name}.ts`));
    expect(loaded.some((f) => f.startsWith(`src/cli/commands/${name}.ts`))).toBe(true);
    expect(loaded.filter((f) => f.includes('node_modules/mathjs') || f.includes('src/core/estimate/engine.ts'))).toEqual([]);
  });

  test('the mock screen draws before mathjs loads, as the practice screen does (recording a result needs no engine)', () => {
    const loaded = staticInputs(chunkFor('src/cli/commands/mock.ts'), chunkFor('src/ui/practice/show-practice.tsx'), chunkFor('src/core/history/entries.ts'));
    expect(loaded).toContain('src/core/history/entries.ts');
    expect(loaded.filter((f) => f.includes('node_modules/mathjs') || f.includes('src/core/estimate/engine.ts'))).toEqual([]);
  });
});

describe('hld history', () => {
  test('says how to start when there is nothing yet', async () => {
    const { code, out } = await run('history');
    expect(code).toBe(0);
    expect(out).toMatch(/No mocks or drills yet/);
  });

  test('lists results with a trend, warns about damaged lines, and prints JSON', async () => {
    for (const [score, at] of [
      [25, '2026-11-19T10:00:00Z'],
      [50, '2026-11-20T10:00:00Z'],
      [100, '2026-11-21T10:00:00Z'],
    ] as const) {
      appendHistory({ version: HISTORY_VERSION, kind: 'drill', at, problem: 'uber', score, seed: 3, questions: [{ key: 'cache_memory', grade: 'good' }] }, env);
    }
    mkdirSync(dirname(historyFile(env)), { recursive: true });
    appendFileSync(historyFile(env), 'garbage\n');
    const text = await run('history');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/uber\s+-\s+3 · last 100 · best 100\s+▃▅█/);
    expect(text.err).toMatch(/warning: .*results\.jsonl line 4: not valid JSON; skipped/);
    const json = await run('history', '--json');
    const parsed = JSON.parse(json.out) as { entries: unknown[]; problems: { problem: string; drill: { scores: number[] } }[] };
    expect(parsed.entries).toHaveLength(3);
    expect(parsed.problems[0]!.drill.scores).toEqual([25, 50, 100]);
  });
});
