import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFileFor } from '../../../src/core/session/lock.js';
import { createSession, loadSession } from '../../../src/core/session/store.js';
import { bundleChild } from './bundle-child.js';
import { tempHome } from './helpers.js';

let child: { script: string; dir: string };
let t: ReturnType<typeof tempHome>;
beforeAll(() => {
  child = bundleChild(new URL('./lock-race-child.ts', import.meta.url));
  t = tempHome();
});
afterAll(() => {
  rmSync(child.dir, { recursive: true, force: true });
  t.cleanup();
});

function runAll(id: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<string>((resolve, reject) => {
          const p = spawn(process.execPath, [child.script, id, '3000'], { env: { ...process.env, HLD_HOME: t.home }, stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          p.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          p.on('error', reject);
          p.on('exit', () => resolve(out.trim()));
        }),
    ),
  );
}

describe('many hld processes opening one session at once', () => {
  it('exactly one gets it, even when all race to take over a dead lock', async () => {
    const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    const id = handle.session.id;
    handle.close();
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(lockFileFor(handle.file), JSON.stringify({ pid: dead, host: hostname(), since: '2026-01-01T00:00:00Z' }));

    const results = await runAll(id, 6);
    expect(results.filter((r) => r === 'GOT')).toHaveLength(1);
    for (const r of results.filter((r) => r !== 'GOT')) expect(r).toMatch(/^BUSY session \S+ (is open in another hld|could not be locked)/);
    expect((await loadSession(id, t.env)).id).toBe(id);
  });
});
