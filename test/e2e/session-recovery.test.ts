import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { loadSession } from '../../src/core/session/store.js';
import { BIN, e2eSkipReason, lockOwnerPid, sessionFiles, useTerminals } from './tmux.js';

const skip = e2eSkipReason();
const NOTE = 'fan out reads through a redis cache';

describe.skipIf(skip !== undefined)(`kill -9 mid-notes, then resume${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  /** A practice screen with `text` typed into the notes of step 1. */
  async function practiceWithNotes(text: string) {
    const practice = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 100, rows: 30, env: { NO_COLOR: '1' } });
    await practice.waitFor('Notes (typing');
    practice.type(text);
    await practice.waitFor(text);
    return practice;
  }
  const savedNotes = async () => (await loadSession(undefined, { HLD_HOME: terminals.home() })).notes['clarify-requirements'];

  it('brings back the notes typed up to the last autosave', async () => {
    const home = terminals.home();
    const practice = await practiceWithNotes(NOTE);
    // Autosave writes within a second of the first unsaved key; give it that and a margin.
    await sleep(1500);
    process.kill(lockOwnerPid(home), 'SIGKILL');
    await practice.waitFor(/\[exited 137\]/);

    // The killed process's lock is still on disk; resume must take it over.
    expect(sessionFiles(home, '.lock')).not.toEqual([]);
    expect(await savedNotes()).toContain(NOTE);

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
    expect(sessionFiles(home, '.lock')).toEqual([]);
    expect(await savedNotes()).toContain(NOTE);
  });

  it('closing the terminal right after typing keeps the notes (SIGHUP flush)', async () => {
    const practice = await practiceWithNotes('closed the window too soon');
    // Kill tmux at once: the app gets SIGHUP, most likely before its autosave timer fires.
    practice.kill();
    for (let waited = 0; sessionFiles(terminals.home(), '.lock').length > 0 && waited < 5000; waited += 50) await sleep(50);
    expect(sessionFiles(terminals.home(), '.lock')).toEqual([]);
    expect(await savedNotes()).toContain('closed the window too soon');
  });
});
