import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HldError } from '../../../src/core/errors.js';
import { listingProblems, listSessions } from '../../../src/core/session/list.js';
import { lockFileFor, readLockOwner } from '../../../src/core/session/lock.js';
import { processStart } from '../../../src/core/session/process-identity.js';
import { MAX_SESSION_BYTES, serialiseSession, writeSessionFile } from '../../../src/core/session/session-file.js';
import { createSessionStore, newSession } from '../../../src/core/session/session-store.js';
import { createSession, loadSession, openSession, sessionsUnwritable } from '../../../src/core/session/store.js';
import { tempHome } from './helpers.js';

/**
 * Faults of issue 11 around session files and the sessions folder: whatever a
 * file holds or is, the others are listed, resumed and exported; what cannot
 * be used is named in one line; nothing hangs and nothing typed is lost.
 */

let t: ReturnType<typeof tempHome>;
beforeEach(() => {
  t = tempHome();
  mkdirSync(t.sessions, { recursive: true });
});
afterEach(() => t.cleanup());

const isRoot = process.getuid?.() === 0;
const linux = existsSync('/proc/self/stat');

function writeGood(id: string, updatedAt = '2026-11-20T10:00:00.000Z'): void {
  writeSessionFile(join(t.sessions, `${id}.yaml`), { ...newSession({ problem: 'twitter', framework: 'hld14', mode: 'practice', id }), updated_at: updatedAt });
}

const aliasBomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat('bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`))
  .join('\n');

/** The one-line contract of every message. */
function oneLine(text: string): void {
  expect(text).not.toMatch(/[\n\r\u001b]/);
  expect(text.length).toBeLessThan(600);
}

function mkfifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('a listing with hostile files beside a good session', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('lists the good one, sets aside what cannot be parsed, skips what is not a file, and never waits', async () => {
    writeGood('good-1');
    const damaged: Record<string, string | Buffer> = {
      'alias-bomb': aliasBomb,
      'deep-brackets': '['.repeat(3000),
      'deep-indent': Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
      'binary-junk': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'invalid-schema': 'version: 1\nid: invalid-schema\nproblem: x\n',
      'escape-in-key': `version: 1\nid: escape-in-key\nproblem: x\nframework: hld14\nmode: practice\ncreated_at: 2026-01-01T00:00:00Z\nupdated_at: 2026-01-01T00:00:00Z\nnotes: {"a\\e[2Jb": 5}\n`,
      'huge-1': `${'# padding\n'.repeat(Math.ceil((MAX_SESSION_BYTES + 10) / 10))}`,
      empty: '',
    };
    for (const [id, content] of Object.entries(damaged)) writeFileSync(join(t.sessions, `${id}.yaml`), content);
    mkfifo(join(t.sessions, 'a-fifo.yaml'));
    mkdirSync(join(t.sessions, 'a-folder.yaml'));
    symlinkSync('/dev/zero', join(t.sessions, 'dev-zero.yaml'));
    symlinkSync(join(t.sessions, 'nowhere'), join(t.sessions, 'dangling.yaml'));
    writeFileSync(join(t.sessions, 'Not An Id.yaml'), serialiseSession(newSession({ problem: 'x', framework: 'hld14', mode: 'practice', id: 'x-1' })));
    server = createServer();
    await new Promise<void>((done) => server!.listen(join(t.sessions, 'a-socket.yaml'), done));

    const listing = await listSessions(t.env);
    expect(listing.sessions.map((s) => s.id)).toEqual(['good-1']);
    expect(listing.damaged.map((d) => d.file.split('/').pop()).sort()).toEqual(Object.keys(damaged).map((id) => `${id}.yaml`).sort());
    for (const d of listing.damaged) expect(existsSync(d.movedTo!)).toBe(true);
    const reasons = Object.fromEntries(listing.damaged.map((d) => [d.file.split('/').pop()!.replace('.yaml', ''), d.error]));
    expect(reasons['alias-bomb']).toMatch(/not valid YAML: Excessive alias count/);
    expect(reasons['deep-brackets']).toMatch(/nests deeper than 64 levels/);
    expect(reasons['deep-indent']).toMatch(/nests deeper than 64 levels/);
    expect(reasons['huge-1']).toMatch(/larger than the 8\.0 MiB hld reads from one session file/);
    expect(reasons['escape-in-key']).toContain('\\e[2J');

    const skipped = Object.fromEntries(listing.unreadable.map((u) => [u.file.split('/').pop(), u.error]));
    expect(skipped).toEqual({
      'a-fifo.yaml': 'is a named pipe (FIFO), not a session file',
      'a-folder.yaml': 'is a folder, not a session file',
      'a-socket.yaml': 'is a socket, not a session file',
      'dev-zero.yaml': 'is a device, not a session file',
      'dangling.yaml': 'is a link to a file that does not exist',
      'Not An Id.yaml': expect.stringMatching(/^its name is not a session id .*rename it/),
    });
    // Left where they are: nothing of the user's is renamed that was not damaged.
    for (const name of Object.keys(skipped)) expect(readdirSync(t.sessions)).toContain(name);
    for (const line of listingProblems(listing)) oneLine(line);
    // The second listing has nothing more to set aside.
    expect((await listSessions(t.env)).damaged).toEqual([]);
  });

  it.skipIf(isRoot)('an unreadable file (EACCES) is reported as unreadable and left alone, not set aside', async () => {
    writeGood('good-1');
    writeGood('locked-1');
    spawnSync('chmod', ['000', join(t.sessions, 'locked-1.yaml')]);
    const listing = await listSessions(t.env);
    expect(listing.damaged).toEqual([]);
    expect(listing.unreadable).toEqual([{ file: join(t.sessions, 'locked-1.yaml'), error: 'cannot be read: permission denied (EACCES)' }]);
    spawnSync('chmod', ['600', join(t.sessions, 'locked-1.yaml')]);
  });
});

describe('finding the latest session past a damaged one', () => {
  it('loads the newest good session and tells what it set aside on the way', async () => {
    writeGood('older-1', '2026-11-20T10:00:00.000Z');
    writeFileSync(join(t.sessions, 'newer-1.yaml'), aliasBomb);
    const heard: string[] = [];
    expect((await loadSession(undefined, t.env, (line) => heard.push(line))).id).toBe('older-1');
    expect(heard).toEqual([expect.stringMatching(/^session file .*newer-1\.yaml is damaged \(not valid YAML: Excessive alias count.*\); it was moved aside to /)]);
  });

  it('a FIFO named as the session asked for is refused at once, with a line, and left in place', async () => {
    mkfifo(join(t.sessions, 'piped-1.yaml'));
    await expect(loadSession('piped-1', t.env)).rejects.toThrow(/piped-1\.yaml is a named pipe \(FIFO\), not a session file; it was left as it is$/);
    await expect(openSession('piped-1', t.env)).rejects.toThrow(HldError);
    expect(existsSync(join(t.sessions, 'piped-1.yaml'))).toBe(true);
    expect(existsSync(lockFileFor(join(t.sessions, 'piped-1.yaml')))).toBe(false);
  });
});

describe('a sessions folder that cannot be used', () => {
  it('HLD_HOME is a file: listing, creating and the home screen check each give one line naming it', async () => {
    const home = join(t.home, 'home-file');
    writeFileSync(home, 'x');
    const env = { HLD_HOME: home };
    await expect(listSessions(env)).rejects.toThrow(new RegExp(`^cannot list the sessions in .*home-file/sessions: .*home-file is a file, not a folder; move it out of the way, or set HLD_HOME`));
    expect(() => createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, env)).toThrow(
      new RegExp(`^cannot save a session in .*home-file/sessions: .*home-file is a file, not a folder`),
    );
    expect(sessionsUnwritable(env)).toMatch(/home-file is a file, not a folder/);
  });

  it('`sessions` is a file', async () => {
    rmSync(t.sessions, { recursive: true });
    writeFileSync(t.sessions, 'x');
    await expect(listSessions(t.env)).rejects.toThrow(/sessions is a file, not a folder/);
    expect(() => createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env)).toThrow(/sessions is a file, not a folder/);
    expect(sessionsUnwritable(t.env)).toMatch(/sessions is a file, not a folder/);
  });

  it('`sessions` is a link to a folder that is gone (an unmounted disk): said, not taken for "no sessions"', async () => {
    rmSync(t.sessions, { recursive: true });
    symlinkSync(join(t.home, 'unmounted', 'sessions'), t.sessions);
    await expect(listSessions(t.env)).rejects.toThrow(/sessions is a link to .*unmounted\/sessions, which does not exist/);
    expect(() => createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env)).toThrow(/is a link to .*unmounted\/sessions, which does not exist/);
    expect(sessionsUnwritable(t.env)).toMatch(/which does not exist/);
  });

  it('a home that does not exist yet is fine: no sessions, and a new one can be saved', async () => {
    const env = { HLD_HOME: join(t.home, 'not', 'yet') };
    expect((await listSessions(env)).sessions).toEqual([]);
    expect(sessionsUnwritable(env)).toBeUndefined();
  });
});

describe('a failed final save is what the user hears', () => {
  it('a lock release that fails too does not replace the report of the failed save', () => {
    const session = newSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' });
    const store = createSessionStore(session, {
      file: join(t.sessions, 'x.yaml'),
      write: () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      },
      release: () => {
        throw Object.assign(new Error('EROFS: read-only file system, unlink'), { code: 'EROFS' });
      },
      rescueFolders: [t.home],
    });
    store.update({ notes: { a: 'typed' } });
    const report = store.close();
    expect(report).toMatchObject({ saved: false, error: 'the disk is read-only (EROFS)' });
    expect(readFileSync((report as { rescue: { file: string } }).rescue.file, 'utf8')).toContain('typed');
  });
});

describe.skipIf(!linux)('a stale lock whose pid now belongs to another program', () => {
  let other: ReturnType<typeof spawn>;
  beforeEach(() => {
    other = spawn('sleep', ['30'], { stdio: 'ignore' });
  });
  afterEach(() => other.kill('SIGKILL'));

  function lockWith(fields: Record<string, unknown>): string {
    writeGood('locked-1');
    const file = join(t.sessions, 'locked-1.yaml');
    writeFileSync(lockFileFor(file), JSON.stringify({ pid: other.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z', ...fields }));
    return file;
  }

  it('is taken over when the lock recorded another start time for that pid', async () => {
    const file = lockWith({ start: processStart(other.pid!)! - 1 });
    const store = await openSession('locked-1', t.env);
    expect(readLockOwner(lockFileFor(file))?.pid).toBe(process.pid);
    store.close();
  });

  it('is taken over when the lock was written before a reboot', async () => {
    const file = lockWith({ boot: 'another-boot', start: processStart(other.pid!) });
    const store = await openSession('locked-1', t.env);
    expect(readLockOwner(lockFileFor(file))?.pid).toBe(process.pid);
    store.close();
  });

  it('is refused while that process is the one that took it', async () => {
    lockWith({ start: processStart(other.pid!), boot: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() });
    await expect(openSession('locked-1', t.env)).rejects.toThrow(/open in another hld \(pid \d+, since .*\); close that one first so neither/);
  });

  it('from an older hld (no start time): names the program on that pid and the way out', async () => {
    const file = lockWith({});
    await expect(openSession('locked-1', t.env)).rejects.toThrow(
      new RegExp(`pid ${other.pid}, now running 'sleep'.*If no hld has it open .*delete .*locked-1\\.yaml\\.lock and try again$`),
    );
    expect(readLockOwner(lockFileFor(file))?.pid).toBe(other.pid);
  });

  it('a new session is never stuck behind such a lock: it takes the next name', () => {
    // Lock the ids this minute and the next could give (the test may cross a minute).
    const held: string[] = [];
    for (const at of [new Date(), new Date(Date.now() + 60_000)]) {
      const pad = (n: number) => String(n).padStart(2, '0');
      const id = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}-twitter`;
      writeFileSync(lockFileFor(join(t.sessions, `${id}.yaml`)), JSON.stringify({ pid: other.pid, host: hostname(), since: 'x' }));
      held.push(id);
    }
    const store = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    expect(held).not.toContain(store.id);
    expect(store.id).toMatch(/-twitter-2$/);
    store.close();
  });
});
