import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HldError, UsageError } from '../../../src/core/errors.js';
import { createSession, deleteSession, listSessions, loadSession, openSession } from '../../../src/core/session/store.js';
import { serialiseSession } from '../../../src/core/session/session-file.js';
import { tempHome } from './helpers.js';

let t: ReturnType<typeof tempHome>;
beforeEach(() => {
  t = tempHome();
});
afterEach(() => t.cleanup());

describe('session round trip', () => {
  it('saves every field and reads it back the same', async () => {
    const handle = createSession({ problem: 'url-shortener', framework: 'hld14', mode: 'practice' }, t.env);
    const id = handle.session.id;
    expect(id).toMatch(/^\d{8}-\d{4}-url-shortener$/);
    handle.update({
      ...handle.session,
      current_step: 3,
      notes: { 'clarify-requirements': 'Shorten URLs: 100M new per month.\nRedirects < 50 ms "p99" | pipes: ok', 'flow-and-actors': '' },
      done: ['clarify-requirements'],
      time_spent: { 'clarify-requirements': 312.5 },
      overrides: { mau: '500M', price_server: '80' },
      conventions: { secondsPerDay: 100_000, month: '2.5Ms', year: '12mo', storage: 'binary', bandwidth: 'bits', servers: 'dau' },
      architecture: {
        added_components: [{ id: 'audit_log', label: 'Audit log: "who"', kind: 'queue' }],
        removed_components: ['cdn'],
        added_connections: [{ from: 'app', to: 'audit_log', label: 'events' }],
        removed_connections: ['client->cdn'],
      },
    });
    const saved = handle.session;
    handle.close();

    const reopened = await openSession(id, t.env);
    expect(reopened.session).toEqual(saved);
    reopened.close();
    expect(await loadSession(undefined, t.env)).toEqual(saved);
  });

  it('keeps notes byte for byte, whatever YAML would make of them', async () => {
    const nasty = [
      '  leading spaces\n\ttab line\n',
      'trailing newlines\n\n\n',
      '---\n...\n# not a comment\nkey: value\n- item',
      'yes',
      'null',
      '0x1F',
      '"quoted" \'single\' `back`',
      'emoji 🚀 and ünïcödé and 中文',
      'carriage\r\nreturn',
      '',
      ' ',
      '|\n>\n&anchor *alias !tag %directive @at',
      'a'.repeat(5000),
    ];
    const handle = createSession({ problem: 'url-shortener', framework: 'hld14', mode: 'practice' }, t.env);
    const notes = Object.fromEntries(nasty.map((text, i) => [`step-${i}`, text]));
    handle.update({ ...handle.session, notes, overrides: { 'key with: colon': '1e9 / (30 day)' } });
    handle.close();
    const back = await loadSession(handle.session.id, t.env);
    expect(back.notes).toEqual(notes);
    expect(back.overrides).toEqual({ 'key with: colon': '1e9 / (30 day)' });
  });

  it('keeps a mock clock for mock sessions', () => {
    const handle = createSession({ problem: 'twitter', framework: 'reshaded', mode: 'mock', mockMinutes: 45 }, t.env);
    expect(handle.session.mock).toEqual({ total_seconds: 2700, elapsed_seconds: 0, paused: false, finished: false });
    handle.close();
  });

  it('gives two sessions started in the same minute different ids', async () => {
    const a = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    const b = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    expect(a.session.id).not.toBe(b.session.id);
    a.close();
    b.close();
    expect((await listSessions(t.env)).sessions).toHaveLength(2);
  });

  it('lists the latest first with progress counts', async () => {
    const a = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    a.close();
    const b = createSession({ problem: 'uber', framework: 'hld14', mode: 'practice' }, t.env);
    b.update({ ...b.session, done: ['x', 'y'], notes: { x: 'text', y: '  ', z: 'more' } });
    b.close();
    const { sessions } = await listSessions(t.env);
    expect(sessions.map((s) => s.problem)).toEqual(['uber', 'twitter']);
    expect(sessions[0]).toMatchObject({ doneSteps: 2, notedSteps: 2, framework: 'hld14', mode: 'practice' });
    expect((await openSession(undefined, t.env)).session.problem).toBe('uber');
  });

  it('rejects an update that breaks the schema or changes the id, keeping the last good value', () => {
    const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    const before = handle.session;
    expect(() => handle.update({ ...before, current_step: -1 })).toThrow(/current_step/);
    expect(() => handle.update({ ...before, id: 'other' })).toThrow(/id cannot change/);
    expect(handle.session).toBe(before);
    handle.close();
    expect(() => handle.update(before)).toThrow(/closed/);
  });
});

describe('finding sessions', () => {
  it('says how to start when there are none', async () => {
    await expect(openSession(undefined, t.env)).rejects.toThrow(/no saved sessions .*hld practice/);
  });

  it('suggests the nearest id for a typo and refuses path-like ids', async () => {
    const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    const id = handle.session.id;
    handle.close();
    const typo = `${id.slice(0, -1)}x`;
    await expect(openSession(typo, t.env)).rejects.toThrow(UsageError);
    await expect(openSession(typo, t.env)).rejects.toThrow(new RegExp(`did you mean '${id}'`));
    await expect(openSession('../../etc/passwd', t.env)).rejects.toThrow(/not a session id/);
    expect((await openSession(`${id}.yaml`, t.env)).session.id).toBe(id);
  });

  it('deletes a closed session but not an open one', async () => {
    const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, t.env);
    const id = handle.session.id;
    await expect(deleteSession(id, t.env)).rejects.toThrow(/open in this hld process/);
    handle.close();
    await deleteSession(id, t.env);
    expect((await listSessions(t.env)).sessions).toEqual([]);
    expect(readdirSync(t.sessions)).toEqual([]);
  });
});

describe('damaged and foreign files', () => {
  function writeGood(): string {
    const handle = createSession({ problem: 'uber', framework: 'hld14', mode: 'practice' }, t.env);
    handle.update({ ...handle.session, notes: { a: 'kept' } });
    handle.close();
    return handle.session.id;
  }

  it('sets a corrupt file aside with a clear message and still lists the others', async () => {
    const good = writeGood();
    writeFileSync(join(t.sessions, 'broken.yaml'), 'version: 1\nid: [unclosed\n');
    writeFileSync(join(t.sessions, 'invalid.yaml'), 'version: 1\nid: invalid\nproblem: x\n');
    const listing = await listSessions(t.env);
    expect(listing.sessions.map((s) => s.id)).toEqual([good]);
    expect(listing.damaged.map((d) => d.file.split('/').pop())).toEqual(['broken.yaml', 'invalid.yaml']);
    expect(listing.damaged[0]!.error).toMatch(/not valid YAML/);
    expect(listing.damaged[1]!.error).toMatch(/framework/);
    for (const d of listing.damaged) {
      expect(existsSync(d.file)).toBe(false);
      expect(d.movedTo).toMatch(/\.yaml\.damaged-/);
      expect(existsSync(d.movedTo!)).toBe(true);
    }
    // Never deleted: the corrupt text is still there to rescue by hand.
    expect(readFileSync(listing.damaged[0]!.movedTo!, 'utf8')).toContain('[unclosed');
    expect((await listSessions(t.env)).damaged).toEqual([]);
    expect((await openSession(good, t.env)).session.notes).toEqual({ a: 'kept' });
  });

  it('opening a damaged file names it and where it went', async () => {
    writeGood();
    writeFileSync(join(t.sessions, 'bad-one.yaml'), '::: not yaml :::\n\t- x');
    let error: unknown;
    try {
      (await openSession('bad-one', t.env)).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HldError);
    expect((error as Error).message).toMatch(/bad-one\.yaml is damaged .*moved aside to .*bad-one\.yaml\.damaged-/);
    expect(readdirSync(t.sessions).filter((n) => n.startsWith('bad-one'))).toHaveLength(1);
    expect(existsSync(join(t.sessions, 'bad-one.yaml.lock'))).toBe(false);
  });

  it('sets aside a file whose id does not match its name', async () => {
    const id = writeGood();
    writeFileSync(join(t.sessions, 'copy.yaml'), readFileSync(join(t.sessions, `${id}.yaml`)));
    const listing = await listSessions(t.env);
    expect(listing.damaged[0]?.error).toMatch(/does not match the file name/);
  });

  it('leaves a file from a newer hld in place and says to upgrade', async () => {
    const id = writeGood();
    const session = await loadSession(id, t.env);
    const future = serialiseSession(session).replace('version: 1', 'version: 99');
    writeFileSync(join(t.sessions, 'future.yaml'), future.replace(`id: ${id}`, 'id: future'));
    const listing = await listSessions(t.env);
    expect(listing.damaged).toEqual([]);
    expect(listing.unreadable[0]?.error).toMatch(/newer hld .*version 99.*upgrade/);
    await expect(openSession('future', t.env)).rejects.toThrow(/newer hld/);
    expect(existsSync(join(t.sessions, 'future.yaml'))).toBe(true);
  });

  it('ignores temporary files left by an interrupted save, and opening the session clears those of dead processes', async () => {
    const id = writeGood();
    const dead = join(t.sessions, `.${id}.yaml.tmp-999999999-abcd`);
    const live = join(t.sessions, `.${id}.yaml.tmp-${process.pid}-abcd`);
    writeFileSync(dead, 'half a fi');
    writeFileSync(live, 'being written');
    const listing = await listSessions(t.env);
    expect(listing.sessions).toHaveLength(1);
    expect(listing.damaged).toEqual([]);
    (await openSession(id, t.env)).close();
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
