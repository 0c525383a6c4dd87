import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HldError } from '../../../src/core/errors.js';
import { lockFileFor, readLockOwner } from '../../../src/core/session/lock.js';
import { createSession, openSession } from '../../../src/core/session/store.js';
import { tempHome } from './helpers.js';

let t: ReturnType<typeof tempHome>;
let id: string;
let file: string;
beforeEach(() => {
  t = tempHome();
  const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
  id = handle.session.id;
  file = handle.file;
  handle.close();
});
afterEach(() => t.cleanup());

function deadPid(): number {
  // A child that has exited: its pid is (almost surely) not reused within the test.
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('session lock', () => {
  it('is taken on open, released on close', async () => {
    const handle = await openSession(id, t.env);
    expect(readLockOwner(lockFileFor(file))).toMatchObject({ pid: process.pid, host: hostname() });
    handle.close();
    expect(existsSync(lockFileFor(file))).toBe(false);
  });

  it('refuses a second open in the same process', async () => {
    const handle = await openSession(id, t.env);
    await expect(openSession(id, t.env)).rejects.toThrow(/already open in this hld process/);
    handle.close();
  });

  it('refuses while another live hld holds it, naming its pid', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      writeFileSync(lockFileFor(file), JSON.stringify({ pid: other.pid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
      let error: unknown;
      try {
        await openSession(id, t.env);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HldError);
      expect((error as Error).message).toContain(`open in another hld (pid ${other.pid}`);
      // The other instance's lock is untouched.
      expect(readLockOwner(lockFileFor(file))?.pid).toBe(other.pid);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process that is gone (kill -9)', async () => {
    const pid = deadPid();
    writeFileSync(lockFileFor(file), JSON.stringify({ pid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const handle = await openSession(id, t.env);
    expect(readLockOwner(lockFileFor(file))?.pid).toBe(process.pid);
    handle.close();
  });

  it('refuses a lock held on another machine and says how to clear it', async () => {
    writeFileSync(lockFileFor(file), JSON.stringify({ pid: 1, host: 'elsewhere.example', since: 'x' }));
    await expect(openSession(id, t.env)).rejects.toThrow(new RegExp(`another machine \\(elsewhere.example.*delete .*${id}\\.yaml\\.lock`));
  });

  it('two handles never exist at once, so edits cannot overwrite each other', async () => {
    const first = await openSession(id, t.env);
    first.update({ ...first.session, notes: { a: 'first' } });
    await expect(openSession(id, t.env)).rejects.toThrow(HldError);
    first.close();
    const second = await openSession(id, t.env);
    expect(second.session.notes).toEqual({ a: 'first' });
    second.close();
    expect(join(t.sessions, `${id}.yaml`)).toBe(file);
  });
});
