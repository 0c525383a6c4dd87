import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BIN, e2eSkipReason, sessionFiles, useTerminals } from './tmux.js';

const skip = e2eSkipReason();

describe.skipIf(skip !== undefined)(`a save that fails, in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  test('the sessions folder removed while typing: the screen says so, and quitting keeps a rescue copy with the notes', async () => {
    const home = terminals.home();
    // The rescue copy goes to the temporary folder first; this test's own, so it can be read and goes with the test.
    const rescueDir = join(home, 'tmp');
    mkdirSync(rescueDir);
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 80, rows: 24, env: { NO_COLOR: '1', TMPDIR: rescueDir } });
    await term.waitFor('Notes (typing');
    term.type('Reads dominate 100:1');
    await term.waitFor('Reads dominate 100:1');
    // Saved within a second; then the folder goes, lock and all.
    await sleep(1500);
    expect(sessionFiles(home, '.yaml')).toHaveLength(1);
    rmSync(join(home, 'sessions'), { recursive: true, force: true });

    term.type(', then cache the hot 20%');
    await term.waitFor('cache the hot 20%');
    const failing = await term.waitFor('NOT SAVED', 5000);
    expect(failing).toMatch(/^NOT SAVED: the sessions folder is gone \(ENOENT\) · retrying · quit keeps a copy\s*$/m);
    // Typing goes on, and the warning stays.
    term.type(' (LRU)');
    expect(await term.waitFor('20% (LRU)')).toContain('NOT SAVED');

    term.keys('Escape');
    await term.waitFor('Notes (e to write)');
    term.keys('q');
    await term.waitFor('[exited 1]');
    const said = term.joinedScreen();
    expect(said).not.toContain('Saved session');
    const named = /^hld: could not save session (\S+) to (\S+): the sessions folder is gone \(ENOENT\); your work is kept in (\S+\.yaml)\. To continue it, move that file to \2 and run: hld resume \1$/m.exec(said);
    expect(named, said).not.toBeNull();
    const [, id, , copy] = named!;
    expect(copy!.startsWith(rescueDir)).toBe(true);
    const rescued = parse(readFileSync(copy!, 'utf8')) as { id: string; notes: Record<string, string> };
    expect(rescued.id).toBe(id);
    expect(rescued.notes['clarify-requirements']).toBe('Reads dominate 100:1, then cache the hot 20% (LRU)');
    // The folder was not made again behind the user's back.
    expect(existsSync(join(home, 'sessions'))).toBe(false);
  });
});
