import { describe, expect, test } from 'vitest';
import { createSession, listSessions } from '../../src/core/session/store.js';
import { BIN, e2eSkipReason, useTerminals } from './tmux.js';

const skip = e2eSkipReason();

/** `hld delete` asks at a terminal with a plain line prompt: only a typed yes deletes. */
describe.skipIf(skip !== undefined)(`hld delete in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();
  const env = () => ({ HLD_HOME: terminals.home() });

  test('anything but yes keeps the session; yes deletes it', async () => {
    const store = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, env());
    const id = store.id;
    store.close();
    const keep = terminals.start(['node', BIN, 'delete', id], { columns: 80, rows: 24 });
    await keep.waitFor('Type yes to delete it');
    keep.type('nope');
    keep.keys('Enter');
    expect(await keep.waitFor('[exited 0]')).toContain('Kept it.');
    expect((await listSessions(env())).sessions.map((s) => s.id)).toEqual([id]);

    const remove = terminals.start(['node', BIN, 'delete', id], { columns: 80, rows: 24 });
    await remove.waitFor('Type yes to delete it');
    remove.type('yes');
    remove.keys('Enter');
    await remove.waitFor('[exited 0]');
    expect((await listSessions(env())).sessions).toEqual([]);
  });
});
