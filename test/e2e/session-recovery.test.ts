import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { loadSession } from '../../src/core/session/store.js';
import { BIN, e2eSkipReason, useTerminals } from './tmux.js';

const skip = e2eSkipReason();
const NOTE = 'fan out reads through a redis cache';

/** The pid of the hld that holds the session, from its lock file. */
function lockOwnerPid(home: string): number {
  const sessions = join(home, 'sessions');
  const lock = readdirSync(sessions).find((name) => name.endsWith('.yaml.lock'));
  if (!lock) throw new Error(`no lock file in ${sessions}: ${readdirSync(sessions).join(', ')}`);
  return (JSON.parse(readFileSync(join(sessions, lock), 'utf8')) as { pid: number }).pid;
}

describe.skipIf(skip !== undefined)(`kill -9 mid-notes, then resume${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  it('brings back the notes typed up to the last autosave', async () => {
    const home = terminals.home();
    const practice = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 100, rows: 30, env: { NO_COLOR: '1' } });
    const first = await practice.waitFor('Clarify requirements');
    // The screen may open with the notes of step 1 already taking keys; if not, start typing.
    if (!/Notes \(typing/.test(first)) {
      practice.keys('e');
      await practice.waitFor(/Notes \(typing/);
    }
    practice.type(NOTE);
    await practice.waitFor(NOTE);
    // Autosave writes within a second of the first unsaved key; give it that and a margin.
    await sleep(1500);
    process.kill(lockOwnerPid(home), 'SIGKILL');
    await practice.waitFor(/\[exited 137\]/);

    // The killed process's lock is still on disk; resume must take it over.
    expect(readdirSync(join(home, 'sessions')).some((n) => n.endsWith('.lock'))).toBe(true);
    expect(loadSession(undefined, { HLD_HOME: home }).notes['clarify-requirements']).toContain(NOTE);

    const resumed = terminals.start(['node', BIN, 'resume'], { columns: 100, rows: 30, env: { NO_COLOR: '1' } });
    const screen = await resumed.waitFor(NOTE);
    expect(screen).toContain('Clarify requirements');
    resumed.keys('Escape');
    await sleep(100);
    resumed.keys('q');
    const end = await resumed.waitFor(/\[exited \d+\]/);
    expect(end).toMatch(/Saved session \S+url-shortener/);
    expect(end).toContain('[exited 0]');
    // Closed cleanly: the lock is released and the notes are still there.
    expect(readdirSync(join(home, 'sessions')).filter((n) => n.endsWith('.lock'))).toEqual([]);
    expect(loadSession(undefined, { HLD_HOME: home }).notes['clarify-requirements']).toContain(NOTE);
  });

  it('closing the terminal right after typing keeps the notes (SIGHUP flush)', async () => {
    const home = terminals.home();
    const practice = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 100, rows: 30, env: { NO_COLOR: '1' } });
    const first = await practice.waitFor('Clarify requirements');
    if (!/Notes \(typing/.test(first)) {
      practice.keys('e');
      await practice.waitFor(/Notes \(typing/);
    }
    practice.type('closed the window too soon');
    await practice.waitFor('closed the window too soon');
    // Kill tmux at once: the app gets SIGHUP, most likely before its autosave timer fires.
    practice.kill();
    const sessions = join(home, 'sessions');
    for (let waited = 0; readdirSync(sessions).some((n) => n.endsWith('.lock')) && waited < 5000; waited += 50) await sleep(50);
    expect(readdirSync(sessions).filter((n) => n.endsWith('.lock'))).toEqual([]);
    expect(loadSession(undefined, { HLD_HOME: home }).notes['clarify-requirements']).toContain('closed the window too soon');
  });
});
