import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { listSessions } from '../../../src/core/session/list.js';
import { INDEX_NAME, RACY_WINDOW_MS } from '../../../src/core/session/session-index.js';
import { writeSessionFile } from '../../../src/core/session/session-file.js';
import { newSession } from '../../../src/core/session/session-store.js';
import { createSession } from '../../../src/core/session/store.js';
import { bundleChild } from './bundle-child.js';
import { tempHome } from './helpers.js';

/**
 * The index is a cache of each session's summary; the folder is the record.
 * Files written in a test are seconds old at most, so listings here judge
 * "too recent to cache" from a clock moved past the window (`later`).
 */

let t: ReturnType<typeof tempHome>;
beforeEach(() => {
  t = tempHome();
});
afterEach(() => t.cleanup());

const later = () => ({ now: Date.now() + RACY_WINDOW_MS + 1_000 });
const indexFile = () => join(t.sessions, INDEX_NAME);
/** Rows as the index writes them: name, inode, size, mtime, ctime, problem, framework, mode, created, updated, step, done, noted, mock over. */
const readIndexJson = () => JSON.parse(readFileSync(indexFile(), 'utf8')) as { version: number; entries: unknown[][] };
const PROBLEM = 5;
const NOTED_STEPS = 12;

/** A session written straight to disk, as another hld, an older one or a hand edit would leave it. */
function writeOnDisk(id: string, notes: Record<string, string> = {}, updatedAt = '2026-11-20T10:00:00.000Z'): string {
  mkdirSync(t.sessions, { recursive: true });
  const session = { ...newSession({ problem: 'twitter', framework: 'hld14', mode: 'practice', id }), notes, updated_at: updatedAt };
  const file = join(t.sessions, `${id}.yaml`);
  writeSessionFile(file, session);
  return file;
}

const ids = async (options = later()) => (await listSessions(t.env, options)).sessions.map((s) => s.id);

describe('the sessions index', () => {
  it('is written by a listing and used by the next one while the files are unchanged', async () => {
    writeOnDisk('a-1');
    writeOnDisk('b-2');
    expect(await ids()).toEqual(['b-2', 'a-1']);
    const index = readIndexJson();
    expect(index.entries.map((e) => e[0]).sort()).toEqual(['a-1.yaml', 'b-2.yaml']);
    // Proof that the summary comes from the index: change it there, and the listing shows the change.
    for (const entry of index.entries) entry[PROBLEM] = 'from-the-index';
    writeFileSync(indexFile(), JSON.stringify(index));
    expect((await listSessions(t.env, later())).sessions.map((s) => s.problem)).toEqual(['from-the-index', 'from-the-index']);
  });

  it('reads a file afresh when it changed, even in place with the same size', async () => {
    const file = writeOnDisk('a-1');
    await ids();
    // Same length, same inode (written in place, not by rename), so only the times differ.
    writeFileSync(file, readFileSync(file, 'utf8').replace('current_step: 0', 'current_step: 5'));
    // Within one tick of the file-system clock the times could match too (which is why recent files are
    // not cached); here the listing's clock is moved on, so give the edit a distinct time as a later edit would have.
    utimesSync(file, new Date('2026-01-01'), new Date('2026-01-01'));
    expect((await listSessions(t.env, later())).sessions[0]!.currentStep).toBe(5);
  });

  it('lists a session written by another process and drops a deleted one', async () => {
    writeOnDisk('a-1');
    await ids();
    writeOnDisk('c-3', {}, '2026-11-21T10:00:00.000Z');
    rmSync(join(t.sessions, 'a-1.yaml'));
    expect(await ids()).toEqual(['c-3']);
    expect(readIndexJson().entries.map((e) => e[0])).toEqual(['c-3.yaml']);
  });

  it('does not cache a file changed within the last seconds (coarse file-system clocks)', async () => {
    writeOnDisk('a-1');
    await listSessions(t.env);
    expect(existsSync(indexFile()) ? readIndexJson().entries : []).toEqual([]);
  });

  it.each([
    ['junk', 'not json at all {'],
    ['another version', JSON.stringify({ version: 99, entries: [] })],
    ['entries of an older shape', JSON.stringify({ version: 2, entries: [['a-1.yaml', [1, 2, 3, 4], { id: 'a-1', problem: 'p', framework: 'f', mode: 'practice', createdAt: 'x', updatedAt: 'y', currentStep: 0, doneSteps: 0, notedSteps: 0, mockOver: false }]] })],
    ['entries of the wrong shape', JSON.stringify({ version: 3, entries: [['a-1.yaml', 1, 2, 3, 4, 'p', 'f', 'exam', 'x', 'y', 0, 0, 0, false], ['a-1.yaml', 1, 2], 'x', null, [1, 2, 3]] })],
    ['an entry for a file that is gone', JSON.stringify({ version: 3, entries: [['gone.yaml', 1, 2, 3, 4, 'p', 'f', 'practice', 'x', 'y', 0, 0, 0, false]] })],
    ['binary', '\u0000\u0001\uffff'.repeat(1000)],
  ])('is rebuilt when it holds %s', async (_what, content) => {
    writeOnDisk('a-1');
    mkdirSync(t.sessions, { recursive: true });
    writeFileSync(indexFile(), content);
    expect(await ids()).toEqual(['a-1']);
    expect(readIndexJson().entries.map((e) => e[0])).toEqual(['a-1.yaml']);
  });

  it('is rebuilt when a stamp matches nothing, and never trusted over the file', async () => {
    writeOnDisk('a-1', { x: 'typed' });
    await ids();
    const index = readIndexJson();
    index.entries[0]!.splice(1, 4, 1, 2, 3, 4);
    index.entries[0]![NOTED_STEPS] = 7;
    writeFileSync(indexFile(), JSON.stringify(index));
    expect((await listSessions(t.env, later())).sessions[0]!.notedSteps).toBe(1);
  });

  it('cannot be a trap: a folder or a named pipe in its place is passed over, never waited on', async () => {
    writeOnDisk('a-1');
    mkdirSync(indexFile());
    expect(await ids()).toEqual(['a-1']);
    rmSync(indexFile(), { recursive: true });
    const fifo = spawn('mkfifo', [indexFile()]);
    await new Promise((done) => fifo.on('exit', done));
    expect(await ids()).toEqual(['a-1']);
  });

  it('survives two hld processes listing while sessions come and go: always whole, never losing a session', async () => {
    for (let i = 0; i < 30; i++) writeOnDisk(`s-${i}`);
    const child = bundleChild(new URL('./index-race-child.ts', import.meta.url));
    onTestFinished(() => rmSync(child.dir, { recursive: true, force: true }));
    const runs = [0, 1, 2].map(
      () =>
        new Promise<string>((resolve) => {
          const p = spawn(process.execPath, [child.script, t.home], { stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          p.stdout.on('data', (d) => (out += d));
          p.stderr.on('data', (d) => (out += d));
          p.on('exit', () => resolve(out));
        }),
    );
    // Meanwhile sessions come and go, as other hld processes save and delete them.
    for (let i = 30; i < 60; i++) writeOnDisk(`s-${i}`);
    for (let i = 0; i < 10; i++) rmSync(join(t.sessions, `s-${i}.yaml`));
    const outputs = await Promise.all(runs);
    for (const out of outputs) expect(out).toMatch(/^listed \d+ times\n$/);
    expect((await ids()).length).toBe(50);
    expect(readIndexJson().entries).toHaveLength(50);
  }, 60_000);

});

describe('the store and the index together', () => {
  it('a session created and saved by the store is listed with its latest summary', async () => {
    const store = createSession({ problem: 'uber', framework: 'hld14', mode: 'practice' }, t.env);
    await ids();
    store.update({ notes: { a: 'one', b: 'two' } });
    store.close();
    expect((await listSessions(t.env, later())).sessions[0]).toMatchObject({ id: store.id, notedSteps: 2 });
  });
});
