import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../../src/core/session/load.js';
import { parsedCopiesDir } from '../../../src/core/session/parsed-copy.js';
import { createSession, deleteSession } from '../../../src/core/session/store.js';
import { tempHome } from './helpers.js';

/**
 * A session read once is kept parsed (issue 12: export near bare node), and
 * the copy is used only while the file's text is exactly what it was made
 * from. The tests prove which one a read used by changing the copy: a copy
 * that is used shows its change.
 */

let t: ReturnType<typeof tempHome>;
beforeEach(() => {
  t = tempHome();
});
afterEach(() => t.cleanup());

function savedSession(notes: Record<string, string> = { 'clarify-requirements': 'Shorten and redirect.' }): string {
  const store = createSession({ problem: 'url-shortener', framework: 'hld14', mode: 'practice' }, t.env);
  store.update({ notes });
  const id = store.session.id;
  store.close();
  return id;
}

const copyFile = (id: string) => join(parsedCopiesDir(t.env), `${id}.json`);

/** Rewrite the kept copy's session the way `edit` says, keeping its digest right, so only its key decides. */
function tamperWithCopy(id: string, edit: (session: Record<string, unknown>) => void): void {
  const kept = JSON.parse(readFileSync(copyFile(id), 'utf8')) as { session: Record<string, unknown>; digest: string };
  edit(kept.session);
  kept.digest = createHash('sha256').update(JSON.stringify(kept.session)).digest('hex');
  writeFileSync(copyFile(id), JSON.stringify(kept));
}

describe('a parsed copy of a session read before', () => {
  it('is kept by the first read and gives the same session as parsing the file', async () => {
    const id = savedSession();
    const parsed = await loadSession(id, t.env);
    expect(existsSync(copyFile(id))).toBe(true);
    expect(await loadSession(id, t.env)).toEqual(parsed);
  });

  it('is used while the file is unchanged', async () => {
    const id = savedSession();
    await loadSession(id, t.env);
    tamperWithCopy(id, (s) => void (s['current_step'] = 9));
    expect((await loadSession(id, t.env)).current_step).toBe(9);
  });

  it('is not used once the file changed, by hld or by hand, and is made again from the new text', async () => {
    const id = savedSession();
    await loadSession(id, t.env);
    tamperWithCopy(id, (s) => void (s['current_step'] = 9));
    const file = join(t.sessions, `${id}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('current_step: 0', 'current_step: 3'));
    expect((await loadSession(id, t.env)).current_step).toBe(3);
    expect(JSON.parse(readFileSync(copyFile(id), 'utf8')).session.current_step).toBe(3);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['edited without its digest', (text: string) => text.replace('"current_step":0', '"current_step":9')],
    ['not JSON', () => 'junk'],
    ['of another format', (text: string) => text.replace('"format":1', '"format":99')],
  ])('is ignored when %s, and the file is parsed', async (_what, damage) => {
    const id = savedSession();
    await loadSession(id, t.env);
    writeFileSync(copyFile(id), damage(readFileSync(copyFile(id), 'utf8')));
    expect((await loadSession(id, t.env)).current_step).toBe(0);
  });

  it('of one session is never taken for another', async () => {
    const a = savedSession({ 'clarify-requirements': 'Same notes.' });
    await loadSession(a, t.env);
    tamperWithCopy(a, (s) => void (s['id'] = 'someone-else'));
    expect((await loadSession(a, t.env)).id).toBe(a);
  });

  it('goes when its session is deleted', async () => {
    const id = savedSession();
    await loadSession(id, t.env);
    await deleteSession(id, t.env);
    expect(existsSync(copyFile(id))).toBe(false);
  });

  it('that cannot be written costs nothing but the parse: the session is still read', async () => {
    const id = savedSession();
    // A file where the folder should be: the copy cannot be kept.
    writeFileSync(parsedCopiesDir(t.env), 'in the way');
    expect((await loadSession(id, t.env)).id).toBe(id);
    expect((await loadSession(id, t.env)).id).toBe(id);
  });
});
