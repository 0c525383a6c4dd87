import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDrill } from '../../src/core/drill/drill.js';
import { readHistory } from '../../src/core/history/store.js';
import { loadProblem } from '../../src/core/problem/load.js';
import { listSessions, loadSession } from '../../src/core/session/store.js';
import { BIN, ROOT, expectOneLineError, type RunResult } from './run-binary.js';

/**
 * --plain as a script drives it: the built binary with its answers on a pipe
 * (no terminal at all), as in `printf '...' | hld practice twitter --plain`.
 */

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'hld-plain-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** The binary with `answers` piped to it, one per line, through a shell pipe as a user would. */
function piped(args: string[], answers: readonly string[]): RunResult {
  const input = answers.map((a) => `${a}\n`).join('');
  const result = spawnSync('sh', ['-c', `cat | "${process.execPath}" "${BIN}" "$@"`, 'sh', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: '', HLD_HOME: home },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const env = () => ({ HLD_HOME: home });
const onlySession = async () => {
  const [listed] = (await listSessions(env())).sessions;
  return loadSession(listed!.id, env());
};

describe('hld practice --plain from a pipe', () => {
  test('a whole walk from a script: notes over several lines, a hint, a step done, an assumption changed, saved', async () => {
    const result = piped(
      ['practice', 'twitter', '--plain'],
      [
        'notes', 'Post, follow, read a home timeline.', '', 'Reads dominate: about 100 reads per write.', '.',
        'hint', 'done', 'next',
        'go', '5', 'set', 'dau=200M',
        'quit',
      ],
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const session = await onlySession();
    expect(session.notes['clarify-requirements']).toBe('Post, follow, read a home timeline.\n\nReads dominate: about 100 reads per write.');
    expect(session.done).toEqual(['clarify-requirements']);
    expect(session.hints_shown).toEqual({ 'clarify-requirements': 1 });
    expect(session.current_step).toBe(4);
    expect(session.overrides).toEqual({ dau: '200M' });
    const out = result.stdout;
    expect(out).toMatch(/Choice: notes\nType your notes for Clarify requirements/);
    expect(out).toContain('Notes saved: 3 lines.');
    expect(out).toContain('(changed: dau)');
    expect(out.trimEnd().split('\n').at(-1)).toBe(`Saved session ${session.id}. Continue it with: hld resume ${session.id} --plain`);
    // Nothing for a terminal: no escape codes, no redrawn menus, no pointer or tick symbols.
    expect(out).not.toMatch(/\x1b|[❯✔]/u);
  });

  test('input that ends mid-prompt: exit 1, one line naming the question, and the answers so far saved', async () => {
    const result = piped(['practice', 'twitter', '--plain'], ['done', 'notes', 'the first line of notes']);
    const line = expectOneLineError(result, 1);
    const session = await onlySession();
    expect(line).toBe(
      `hld practice --plain: the input ended at "Type your notes for Clarify requirements, as many lines as you like." before its answer; ` +
        `your answers so far are saved in session ${session.id}; continue it with: hld resume ${session.id} --plain`,
    );
    expect(session.done).toEqual(['clarify-requirements']);
    expect(session.notes['clarify-requirements']).toBe('the first line of notes');
  });

  test('an answer the menu does not know stops the script: exit 2, one line with what is accepted', () => {
    const line = expectOneLineError(piped(['practice', 'twitter', '--plain'], ['nxet', 'quit']), 2);
    expect(line).toMatch(/the answer 'nxet' to "Step 1 of 14, Clarify requirements\. What next\?" is not accepted: type a number from 1 to 7 or a name \(notes, hint, again, done, next, go, quit\); did you mean 'next'\?/);
  });

  test('hld resume --plain continues the session from a pipe', async () => {
    expect(piped(['practice', 'twitter', '--plain'], ['next', 'quit']).code).toBe(0);
    const { id } = await onlySession();
    const result = piped(['resume', id, '--plain'], ['notes', 'added later', '.', 'quit']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Step 2 of 14: Flow and actors');
    expect((await onlySession()).notes['flow-and-actors']).toBe('added later');
    // Input that ends mid-walk is told in the name of the command that was run.
    const ended = piped(['resume', id, '--plain'], ['notes', 'unfinished']);
    expect(ended.code).toBe(1);
    expect(ended.stderr).toMatch(new RegExp(`^hld resume --plain: the input ended .*saved in session ${id}`));
    expect((await onlySession()).notes['flow-and-actors']).toBe('added later\nunfinished');
  });
});

describe('hld drill --plain from a pipe', () => {
  const drill = createDrill(loadProblem('url-shortener'), { seed: 7, count: 2 });
  const [q1, q2] = drill.questions;

  test('answers on stdin, graded and recorded', () => {
    const result = piped(['drill', 'url-shortener', '--seed', '7', '--count', '2', '--plain'], [q1!.display, q2!.display]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Question 2 of 2: ${q2!.label}?`);
    expect(result.stdout).toMatch(/Drill score 100\/100, recorded/);
    expect(readHistory(env()).entries).toHaveLength(1);
  });

  test('input that ends before the last answer: exit 1, one line, nothing recorded', () => {
    const line = expectOneLineError(piped(['drill', 'url-shortener', '--seed', '7', '--count', '2', '--plain'], [q1!.display]), 1);
    expect(line).toMatch(/^hld drill --plain: the input ended at "Your estimate, with its unit .*" before its answer; the drill stopped and is not recorded\. Replay it with: hld drill url-shortener --seed 7 --plain$/);
    expect(readHistory(env()).entries).toEqual([]);
  });
});
