import { describe, expect, test } from 'vitest';
import { createDrill } from '../../src/core/drill/drill.js';
import { readHistory } from '../../src/core/history/store.js';
import { loadProblem } from '../../src/core/problem/load.js';
import { splitsAtWraps } from '../ui/kept-together.js';
import { BIN, e2eSkipReason, useTerminals } from './tmux.js';

const skip = e2eSkipReason();
const drill = createDrill(loadProblem('url-shortener'), { seed: 7, count: 2 });
const [q1, q2] = drill.questions;

describe.skipIf(skip !== undefined)(`hld drill in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  test('full screen: the seeded questions, a verdict with its working, the summary, recorded', async () => {
    const term = terminals.start(['node', BIN, 'drill', 'url-shortener', '--seed', '7', '--count', '2'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    const first = await term.waitFor(`Question 1 of 2: ${q1!.label}?`);
    expect(first).toContain('hld drill url-shortener --seed 7');
    term.type(q1!.display);
    await term.waitFor(`> ${q1!.display}`);
    term.keys('Enter');
    await term.waitFor('Good (within 2x)');
    term.keys('Enter');
    await term.waitFor(`Question 2 of 2: ${q2!.label}?`);
    // Eight times too much on a byte quantity, or just far off on a count: either way not good.
    term.type(String(q2!.value * 1000));
    term.keys('Enter');
    await term.waitFor('Off (more than 10x)');
    term.keys('Enter');
    await term.waitFor('Drill finished.');
    term.keys('Enter');
    const done = await term.waitFor('[exited 0]');
    expect(done).toMatch(/Drill score 50\/100, recorded/);
    const { entries } = readHistory({ HLD_HOME: terminals.home() });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'drill', problem: 'url-shortener', seed: 7, score: 50 });
  });

  test("at 80x24 the working's rows keep each number with its unit (Uber's cache memory split '(1,440' from 'minutes/day)')", async () => {
    const uber = createDrill(loadProblem('uber'), { seed: 7, count: 1 });
    expect(uber.questions[0]!.key).toBe('cache_memory');
    const term = terminals.start(['node', BIN, 'drill', 'uber', '--seed', '7', '--count', '1'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitFor('Question 1 of 1: Cache memory?');
    term.type('1');
    await term.waitFor('> 1');
    term.keys('Enter');
    const verdict = await term.waitFor('Working, from the givens up:');
    const rows = verdict.split('\n').map((row) => row.trimEnd());
    expect(rows.some((row) => row.includes('(1,440 minutes/day)'))).toBe(true);
    expect(splitsAtWraps(rows, (row) => row.startsWith('    '))).toEqual([]);
    term.keys('q');
    await term.waitFor('[exited');
  });

  test('SIGTERM mid-question: the terminal is restored, nothing recorded, exit 143', async () => {
    const term = terminals.start(['node', BIN, 'drill', 'url-shortener', '--seed', '7', '--count', '2'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitFor(`Question 1 of 2: ${q1!.label}?`);
    term.type('12');
    await term.waitFor('> 12');
    term.signal('SIGTERM');
    const after = await term.waitFor('[exited 143]');
    expect(after).toContain('Drill stopped; not recorded.');
    expect(readHistory({ HLD_HOME: terminals.home() }).entries).toEqual([]);
  });

  test('--plain: each question printed once, the answer typed on the line, then the score', async () => {
    const term = terminals.start(['node', BIN, 'drill', 'url-shortener', '--seed', '7', '--count', '1', '--plain'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitFor(/^Answer: ?$/m);
    term.type('lots');
    term.keys('Enter');
    await term.waitFor('Not accepted:');
    term.type(q1!.display);
    term.keys('Enter');
    await term.waitFor('Good (within 2x)');
    const done = await term.waitFor('[exited 0]');
    expect(done).toMatch(/Drill score 100\/100, recorded/);
    expect(done).not.toMatch(/[❯✔]/u);
  });
});
