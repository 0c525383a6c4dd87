import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONVENTIONS } from '../../src/core/conventions.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { forgetKeptEstimate, keptEstimatesDir, sessionEstimate } from '../../src/core/estimate/kept.js';
import { loadLimits } from '../../src/core/limits/load.js';
import { loadPrices } from '../../src/core/prices/load.js';
import { loadProblem } from '../../src/core/problem/load.js';

/**
 * A session's estimate is worked out once and kept (issue 12: export near
 * bare node). The tests prove which one was used by changing the kept file:
 * a kept estimate that is used shows the change.
 */

const twitter = loadProblem('twitter');
const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

function home(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'hld-estimate-'));
  homes.push(dir);
  mkdirSync(join(dir, 'sessions'));
  return { HLD_HOME: dir };
}

const ID = '20261130-0900-twitter';
const keptFile = (env: NodeJS.ProcessEnv) => join(keptEstimatesDir(env), `${ID}.json`);
const options = (env: NodeJS.ProcessEnv, overrides: Record<string, string> = { dau: '250M' }) => ({ env, overrides, conventions: DEFAULT_CONVENTIONS });

/** Mark the kept estimate (its title), digest and all, so a test sees whether it was used. */
function markKept(env: NodeJS.ProcessEnv): void {
  const text = readFileSync(keptFile(env), 'utf8').replace(/"title":"[^"]*"/, '"title":"from the kept file"');
  const kept = JSON.parse(text) as { estimate: unknown; digest: string };
  kept.digest = createHash('sha256').update(JSON.stringify(kept.estimate)).digest('hex');
  writeFileSync(keptFile(env), JSON.stringify(kept));
}

describe("a session's kept estimate", () => {
  it('is the estimate the engine gives, lookups and all, whether worked out now or read back', async () => {
    const env = home();
    const fresh = runEstimate(twitter, { overrides: { dau: '250M' }, conventions: DEFAULT_CONVENTIONS, prices: loadPrices({ env }), limits: loadLimits({ env }) });
    const { get: _fresh, ...freshData } = fresh;
    for (const round of ['worked out', 'read back']) {
      const report = await sessionEstimate(ID, twitter, options(env));
      const { get: _get, ...data } = report;
      expect(data, round).toEqual(freshData);
      expect(report.get('dau')?.display, round).toBe(fresh.get('dau')?.display);
      expect(report.get('cost_total')?.value, round).toBe(fresh.total.value);
    }
    expect(existsSync(keptFile(env))).toBe(true);
  });

  it('is used while everything it was worked out from is the same', async () => {
    const env = home();
    await sessionEstimate(ID, twitter, options(env));
    markKept(env);
    expect((await sessionEstimate(ID, twitter, options(env))).title).toBe('from the kept file');
  });

  it.each([
    ['an assumption', { overrides: { dau: '300M' } }],
    ['the conventions', { conventions: { ...DEFAULT_CONVENTIONS, storage: 'binary' as const } }],
    ['the sampling seed', { seed: 7 }],
  ])('is worked out again when %s changes', async (_what, change) => {
    const env = home();
    await sessionEstimate(ID, twitter, options(env));
    markKept(env);
    expect((await sessionEstimate(ID, twitter, { ...options(env), ...change })).title).toBe(twitter.title);
  });

  it("is worked out again when the problem or the user's prices change", async () => {
    const env = home();
    await sessionEstimate(ID, twitter, options(env));
    markKept(env);
    const reworded = { ...twitter, assumptions: twitter.assumptions.map((a) => ({ ...a, help: `${a.help} (reworded)` })) };
    expect((await sessionEstimate(ID, reworded, options(env))).title).toBe(twitter.title);
    await sessionEstimate(ID, twitter, options(env));
    markKept(env);
    const before = (await sessionEstimate(ID, twitter, options(env))).get('price_server')!.value;
    writeFileSync(join(env['HLD_HOME']!, 'prices.yaml'), 'prices:\n  - key: server\n    label: My VM\n    value: 0.2 USD/hour\n    unit: USD/month\n    source: a quote\n');
    const repriced = await sessionEstimate(ID, twitter, options(env));
    expect(repriced.title).toBe(twitter.title);
    expect(repriced.get('price_server')!.value).toBeGreaterThan(before);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['edited without its digest', (text: string) => text.replace(/"title":"[^"]*"/, '"title":"edited"')],
    ['not JSON', () => 'junk'],
  ])('is ignored when its file is %s', async (_what, damage) => {
    const env = home();
    await sessionEstimate(ID, twitter, options(env));
    writeFileSync(keptFile(env), damage(readFileSync(keptFile(env), 'utf8')));
    expect((await sessionEstimate(ID, twitter, options(env))).title).toBe(twitter.title);
  });

  it('is not kept when the estimate fails, and the failure is the engine’s', async () => {
    const env = home();
    await expect(sessionEstimate(ID, twitter, options(env, { no_such_assumption: '3' }))).rejects.toThrow(/unknown assumption/);
    expect(existsSync(keptFile(env))).toBe(false);
  });

  it('is forgotten with its session', async () => {
    const env = home();
    await sessionEstimate(ID, twitter, options(env));
    forgetKeptEstimate(ID, env);
    expect(existsSync(keptFile(env))).toBe(false);
  });
});
