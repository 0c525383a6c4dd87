import { describe, expect, it } from 'vitest';
import { migrateSession, SessionVersionError } from '../../../src/core/session/migrate.js';

describe('session migrations', () => {
  it('leaves a current file alone', () => {
    expect(migrateSession({ version: 1, id: 'a' })).toEqual({ version: 1, id: 'a' });
  });

  it('walks an old file through every step', () => {
    const migrations = {
      1: (raw: Record<string, unknown>) => ({ ...raw, notes: raw['text'] ?? {} }),
      2: (raw: Record<string, unknown>) => ({ ...raw, done: [] }),
    };
    expect(migrateSession({ version: 1, text: { a: 'x' } }, migrations, 3)).toEqual({ version: 3, text: { a: 'x' }, notes: { a: 'x' }, done: [] });
  });

  it('refuses a file from a newer hld with a clear message', () => {
    expect(() => migrateSession({ version: 7 })).toThrow(/newer hld .*version 7.*reads up to 1.*upgrade/);
    try {
      migrateSession({ version: 7 });
    } catch (error) {
      expect(error).toBeInstanceOf(SessionVersionError);
      expect((error as SessionVersionError).newer).toBe(true);
    }
  });

  it('calls a missing or odd version damaged, not newer', () => {
    for (const version of [undefined, 0, 1.5, '1']) {
      try {
        migrateSession({ version });
        expect.unreachable();
      } catch (error) {
        expect((error as SessionVersionError).newer).toBe(false);
        expect((error as Error).message).toMatch(/^version: /);
      }
    }
  });
});
