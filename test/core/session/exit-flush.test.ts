import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../../src/core/session/store.js';
import { bundleChild } from './bundle-child.js';
import { tempHome } from './helpers.js';

// The child must be a real process (signals, process.exit), so it is bundled to plain JS first.
let bundleDir: string;
let childScript: string;
beforeAll(() => {
  ({ script: childScript, dir: bundleDir } = bundleChild(new URL('./exit-flush-child.ts', import.meta.url)));
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

let t: ReturnType<typeof tempHome>;
beforeEach(() => {
  t = tempHome();
});
afterEach(() => t.cleanup());

function runChild(mode: 'wait' | 'exit' | 'graceful', signal?: NodeJS.Signals): Promise<{ id: string; out: string; code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, mode], { env: { ...process.env, HLD_HOME: t.home }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let signalled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Signalled at once, well inside the autosave delay: only the signal handler can have saved.
      if (out.includes('\n') && signal && !signalled) {
        signalled = true;
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, sig) => resolve({ id: out.split('\n')[0]!.trim(), out, code, signal: sig }));
  });
}

describe('flush on the way out', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`saves the last edit on ${signal}, releases the lock, and still dies by the signal`, async () => {
      const result = await runChild('wait', signal);
      expect(result.signal).toBe(signal);
      expect((await loadSession(result.id, t.env)).notes).toEqual({ 'clarify-requirements': 'typed just before the end' });
      expect(existsSync(join(t.sessions, `${result.id}.yaml.lock`))).toBe(false);
    });
  }

  it('saves the last edit on process.exit', async () => {
    const result = await runChild('exit');
    expect(result.code).toBe(0);
    expect((await loadSession(result.id, t.env)).notes).toEqual({ 'clarify-requirements': 'typed just before the end' });
    expect(existsSync(join(t.sessions, `${result.id}.yaml.lock`))).toBe(false);
  });
});

describe('a view that hands control back (the full screen)', () => {
  it('on SIGTERM the session is saved, the command finishes, and the exit status says 143', async () => {
    const result = await runChild('graceful', 'SIGTERM');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(143);
    expect(result.out).toContain('finished after SIGTERM; closed: {"saved":true}');
    expect((await loadSession(result.id, t.env)).notes).toEqual({ 'clarify-requirements': 'typed just before the end' });
    expect(existsSync(join(t.sessions, `${result.id}.yaml.lock`))).toBe(false);
  });
});
