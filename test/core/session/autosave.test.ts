import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, createAutosaver } from '../../../src/core/session/autosave.js';
import { loadSession, createSession } from '../../../src/core/session/store.js';
import { tempHome } from './helpers.js';

describe('autosave timing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once for a burst of edits, no later than a second after the first', () => {
    const save = vi.fn();
    const saver = createAutosaver(save);
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(1000);
    saver.touch();
    // Keystrokes every 100 ms keep coming; a debounce would never fire.
    for (let i = 0; i < 7; i++) {
      vi.advanceTimersByTime(100);
      saver.touch();
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000 - 700);
    expect(save).toHaveBeenCalledTimes(1);
    // The next burst gets its own save, again within the second.
    saver.touch();
    vi.advanceTimersByTime(999);
    expect(save).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('writes at most about once per second under continuous typing', () => {
    const save = vi.fn();
    const saver = createAutosaver(save);
    for (let ms = 0; ms < 10_000; ms += 50) {
      saver.touch();
      vi.advanceTimersByTime(50);
    }
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(10);
    expect(save.mock.calls.length).toBeLessThanOrEqual(Math.ceil(10_000 / AUTOSAVE_DELAY_MS));
  });

  it('flush saves at once and cancels the timer; nothing to save means no write', () => {
    const save = vi.fn();
    const saver = createAutosaver(save);
    saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.touch();
    saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('a failed save stays pending and is retried', () => {
    let fail = true;
    const save = vi.fn(() => {
      if (fail) throw new Error('disk full');
    });
    const saver = createAutosaver(save);
    saver.touch();
    vi.advanceTimersByTime(1000);
    expect(saver.dirty).toBe(true);
    fail = false;
    saver.flush();
    expect(saver.dirty).toBe(false);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('a session handle has the edit on disk within a second', async () => {
    const t = tempHome();
    try {
      const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
      handle.update({ ...handle.session, notes: { 'clarify-requirements': 'fan-out on write' } });
      expect(readFileSync(handle.file, 'utf8')).not.toContain('fan-out on write');
      vi.advanceTimersByTime(1000);
      expect((await loadSession(handle.session.id, t.env)).notes).toEqual({ 'clarify-requirements': 'fan-out on write' });
      handle.close();
    } finally {
      t.cleanup();
    }
  });
});
