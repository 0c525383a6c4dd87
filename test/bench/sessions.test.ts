import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listedSessions, notesText, writeHistory, writeNotesSession } from '../../scripts/bench/sessions.js';
import { loadSession } from '../../src/core/session/store.js';
import { templatesDir } from '../../src/core/paths.js';

describe('the saved sessions the benchmark writes', () => {
  let home = '';
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'hld-bench-test-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('are files the store lists and reads back, with notes, done steps and a range of dates', async () => {
    const { ids, richest } = writeHistory(home, 25, templatesDir());
    expect(new Set(ids).size).toBe(25);
    expect(await listedSessions(home)).toBe(25);
    expect(readdirSync(join(home, 'sessions')).filter((n) => n.endsWith('.yaml'))).toHaveLength(25);
    const session = await loadSession(richest, { HLD_HOME: home });
    expect(Object.values(session.notes).join('').length).toBeGreaterThan(200);
    expect(ids[0]!.slice(0, 8)).not.toBe(ids[24]!.slice(0, 8));
  });

  it('hold exactly the notes size asked for, in the step the screen opens on', async () => {
    for (const chars of [0, 1, 10_000]) expect(notesText(chars)).toHaveLength(chars);
    const id = writeNotesSession(home, 10_000, templatesDir());
    const session = await loadSession(id, { HLD_HOME: home });
    expect(session.current_step).toBe(0);
    expect(Object.values(session.notes)).toEqual([notesText(10_000)]);
    expect(notesText(10_000).endsWith('\n')).toBe(true);
  });
});
