import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { closeProblem, createSessionStore, memorySessionStore, newSession, type SessionStore } from '../../../src/core/session/session-store.js';
import { createSession, loadSession } from '../../../src/core/session/store.js';
import { tempHome } from './helpers.js';

const fresh = () => newSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, new Date('2026-11-21T09:00:00Z'));

describe('one store per open session', () => {
  it('every writer changes the current value, so an edit and a tick never overwrite each other', () => {
    const store = memorySessionStore(fresh());
    const stale = store.session;
    store.update((s) => ({ ...s, notes: { a: 'typed' } }));
    store.update((s) => ({ ...s, time_spent: { a: 5 } }), 'clock');
    expect(store.session.notes).toEqual({ a: 'typed' });
    expect(store.session.time_spent).toEqual({ a: 5 });
    // A field patch is merged into the current value too.
    store.update({ done: ['a'] });
    expect(store.session).toMatchObject({ notes: { a: 'typed' }, time_spent: { a: 5 }, done: ['a'] });
    expect(stale.notes).toEqual({});
  });

  it('checks the fields a change makes against the schema, naming the field, and refuses fields it does not know', () => {
    const store = memorySessionStore(fresh());
    expect(() => store.update((s) => ({ ...s, time_spent: { a: -1 } }), 'clock')).toThrow(/invalid session update: time_spent\.a: /);
    expect(() => store.update({ notes: { a: 5 as unknown as string } })).toThrow(/invalid session update: notes\.a: /);
    expect(() => store.update({ mock: { total_seconds: 0, elapsed_seconds: 0, paused: false, finished: false } })).toThrow(/mock\.total_seconds/);
    expect(() => store.update((s) => ({ ...s, surprise: true }) as typeof s)).toThrow(/Unrecognized key: "surprise"/);
    // Nothing refused reached the store.
    expect(store.session).toEqual(fresh());
  });

  it('publishes a new snapshot on a change and the same object otherwise (for useSyncExternalStore)', () => {
    const store = memorySessionStore(fresh());
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot()));
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.update((s) => s);
    expect(seen).toEqual([]);
    store.update({ current_step: 2 });
    expect(seen).toHaveLength(1);
    expect(store.getSnapshot()).not.toBe(first);
    unsubscribe();
    store.update({ current_step: 3 });
    expect(seen).toHaveLength(1);
  });
});

describe('saving', () => {
  let t: ReturnType<typeof tempHome>;
  let rescueDir: string;
  beforeEach(() => {
    vi.useFakeTimers();
    t = tempHome();
    rescueDir = mkdtempSync(join(tmpdir(), 'hld-rescue-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    t.cleanup();
    rmSync(rescueDir, { recursive: true, force: true });
  });

  /** A store whose writes fail while `failing` says so, like a disk that fills up and is freed. */
  function flakyStore(): { store: SessionStore; fail: (on: boolean) => void; written: () => number } {
    let failing = false;
    let writes = 0;
    const store = createSessionStore(fresh(), {
      file: '/somewhere/session.yaml',
      write: () => {
        if (failing) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        writes++;
      },
      rescueFolders: [rescueDir],
    });
    return { store, fail: (on) => (failing = on), written: () => writes };
  }

  it('says pending after an edit and saved once it is written, within a second', () => {
    const { store, written } = flakyStore();
    store.update({ notes: { a: 'x' } });
    expect(store.getSnapshot().save).toEqual({ kind: 'pending' });
    vi.advanceTimersByTime(1000);
    expect(written()).toBe(1);
    expect(store.getSnapshot().save).toEqual({ kind: 'saved' });
  });

  it('a clock tick alone waits for the next edit or a few seconds', () => {
    const { store, written } = flakyStore();
    store.update({ time_spent: { a: 1 } }, 'clock');
    vi.advanceTimersByTime(2000);
    expect(written()).toBe(0);
    store.update({ notes: { a: 'x' } });
    vi.advanceTimersByTime(1000);
    expect(written()).toBe(1);
    store.update({ time_spent: { a: 2 } }, 'clock');
    vi.advanceTimersByTime(10_000);
    expect(written()).toBe(2);
  });

  it('says why a save failed, keeps retrying without a new edit, and says saved once a retry works', () => {
    const { store, fail, written } = flakyStore();
    fail(true);
    store.update({ notes: { a: 'x' } });
    vi.advanceTimersByTime(1000);
    expect(store.getSnapshot().save).toEqual({ kind: 'failed', error: 'the disk is full (ENOSPC)', failures: 1 });
    // Another edit does not hide the failure: that edit is not on disk either.
    store.update({ notes: { a: 'xy' } });
    expect(store.getSnapshot().save).toMatchObject({ kind: 'failed' });
    vi.advanceTimersByTime(5000);
    expect(store.getSnapshot().save).toMatchObject({ kind: 'failed', failures: expect.any(Number) });
    fail(false);
    vi.advanceTimersByTime(3000);
    expect(written()).toBe(1);
    expect(store.getSnapshot().save).toEqual({ kind: 'saved' });
  });

  it('a final save that fails writes a rescue copy holding the whole session, and names it', () => {
    const { store, fail } = flakyStore();
    fail(true);
    store.update({ notes: { 'clarify-requirements': 'my notes, nowhere else' } });
    const report = store.close();
    expect(report).toMatchObject({ saved: false, error: 'the disk is full (ENOSPC)', rescue: { file: expect.stringContaining(rescueDir) } });
    if (report.saved || !('file' in report.rescue)) throw new Error('expected a rescue copy');
    const copy = parse(readFileSync(report.rescue.file, 'utf8')) as { id: string; notes: Record<string, string> };
    expect(copy.id).toBe(store.id);
    expect(copy.notes).toEqual({ 'clarify-requirements': 'my notes, nowhere else' });
    const message = closeProblem(store, report)!;
    expect(message).toContain(report.rescue.file);
    expect(message).toMatch(/could not save session .*: the disk is full \(ENOSPC\); your work is kept in .*hld resume /);
    // Closing twice reports the first close.
    expect(store.close()).toBe(report);
    expect(() => store.update({ current_step: 1 })).toThrow(/closed/);
  });

  it('with nowhere to write a copy, the message carries the session itself', () => {
    const store = createSessionStore(fresh(), {
      write: () => {
        throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      },
      rescueFolders: [join(rescueDir, 'missing')],
    });
    store.update({ notes: { a: 'last copy' } });
    const message = closeProblem(store, store.close())!;
    expect(message).toMatch(/: the sessions folder is gone \(ENOENT\), and no folder took a copy/);
    expect(message).toContain('a: last copy');
  });

  it('a sessions folder removed while typing: the save fails, the close keeps a copy, nothing is lost', () => {
    const store = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    rmSync(t.sessions, { recursive: true, force: true });
    store.update({ notes: { 'clarify-requirements': 'typed after the folder went' } });
    vi.advanceTimersByTime(1000);
    expect(store.getSnapshot().save).toMatchObject({ kind: 'failed', error: 'the sessions folder is gone (ENOENT)' });
    const report = store.close();
    expect(report.saved).toBe(false);
    const rescued = !report.saved && 'file' in report.rescue ? report.rescue.file : '';
    expect(readFileSync(rescued, 'utf8')).toContain('typed after the folder went');
    rmSync(rescued, { force: true });
  });

  it('a folder put back in time: the retry saves to it', async () => {
    const store = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    const lock = readFileSync(`${store.file}.lock`, 'utf8');
    rmSync(t.sessions, { recursive: true, force: true });
    store.update({ notes: { a: 'kept' } });
    vi.advanceTimersByTime(1000);
    expect(store.getSnapshot().save.kind).toBe('failed');
    // The user recreates the folder (the lock went with it; put it back so close can release it).
    mkdirSync(t.sessions);
    writeFileSync(`${store.file}.lock`, lock);
    vi.advanceTimersByTime(3000);
    expect(store.getSnapshot().save).toEqual({ kind: 'saved' });
    expect(store.close()).toEqual({ saved: true });
    expect((await loadSession(store.id, t.env)).notes).toEqual({ a: 'kept' });
    expect(existsSync(`${store.file}.lock`)).toBe(false);
  });
});

describe('a mock that is over is sealed as judged', () => {
  const over = () =>
    memorySessionStore({
      ...newSession({ problem: 'url-shortener', framework: 'hld14', mode: 'mock', mockMinutes: 5 }),
      notes: { 'clarify-requirements': 'Reads dominate.' },
    });

  it('refuses any change to what the judgement reads once the clock is over; the review, the step shown and the clock itself still change', () => {
    const store = over();
    store.update((s) => ({ ...s, notes: { ...s.notes, 'capacity-estimation': 'written under the clock' }, mock: { ...s.mock!, finished: true } }));
    for (const change of [
      { notes: { 'clarify-requirements': 'added later' } },
      { overrides: { dau: '1e9' } },
      { architecture: { ...store.session.architecture, removed_components: ['cache'] } },
      { hints_shown: { 'clarify-requirements': 1 } },
      { time_spent: { 'clarify-requirements': 999 } },
      { done: ['clarify-requirements'] },
    ]) {
      expect(() => store.update(change)).toThrow(new RegExp(`mock ${store.id} is over and judged.*hld mock --resume ${store.id}.*hld practice url-shortener`));
    }
    expect(store.session.notes).toEqual({ 'clarify-requirements': 'Reads dominate.', 'capacity-estimation': 'written under the clock' });
    store.update({ current_step: 3 });
    store.update({ review: { verdicts: { k1: 'accept' }, reviewed_at: new Date().toISOString() } });
    expect(store.session.current_step).toBe(3);
  });

  it('a mock with time left, and a practice session, are written to as before', () => {
    const store = over();
    store.update({ notes: { 'clarify-requirements': 'more' } });
    const practice = memorySessionStore(newSession({ problem: 'url-shortener', framework: 'hld14', mode: 'practice' }));
    practice.update({ notes: { 'clarify-requirements': 'more' } });
    expect([store.session.notes, practice.session.notes]).toEqual([{ 'clarify-requirements': 'more' }, { 'clarify-requirements': 'more' }]);
  });
});
