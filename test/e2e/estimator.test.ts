import { describe, expect, test } from 'vitest';
import { BIN, e2eSkipReason, useTerminals } from './tmux.js';

const skip = e2eSkipReason();

/** The screen row that shows `label` (the first one). */
const rowOf = (screen: string, label: string): string => screen.split('\n').find((line) => line.includes(label)) ?? '';

describe.skipIf(skip !== undefined)(`the live estimator in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  test('at 80x24: an assumption highlights what it drives, an estimate its inputs and theirs', async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitFor('Notes (typing; Esc to stop)');
    for (let i = 0; i < 4; i++) term.keys('C-n');
    await term.waitFor('step 5/14');
    term.keys('BTab');
    await term.waitFor(/> Monthly active users/);
    // The whole screen for the estimator: assumptions on the left, the estimates beside them.
    term.keys('z');
    const wide = await term.waitFor('whole screen (z: back');
    // (the right column scrolls to the first row the chosen assumption drives)
    expect(rowOf(wide, 'Assumptions (editable)').trimEnd().length).toBeGreaterThan(45);
    // Monthly users drive daily users (left) and the per-user rates (right), nothing else.
    expect(rowOf(wide, 'Daily active users')).toMatch(/^▸ Daily active users/);
    expect(rowOf(wide, 'Links created per').indexOf('▸ Links created per')).toBeGreaterThan(38);
    expect(wide).toMatch(/▸ drives 3: Daily active users/);
    expect(wide.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(23);
    // Both columns are cut to the screen and say so: the assumptions below, the estimates above and below.
    expect(wide).toMatch(/^ {2}↓ \d+ more {2,}↓ \d+ more$/m);
    expect(rowOf(wide, 'Assumptions (editable)')).toMatch(/Assumptions \(editable\) +↑ \d+ more$/);

    // New short links a month drives the write path (▸); the share of users who return does not.
    term.keys('Down', 'Down', 'Down');
    const links = await term.waitFor(/> New short links created/);
    expect(rowOf(links, 'New links per second')).toMatch(/▸ New links per second/);
    expect(rowOf(links, 'Storage added per day')).toMatch(/▸ Storage added per day/);
    expect(rowOf(links, 'Monthly active users')).toMatch(/^ {2}Monthly active users/);
    expect(links).toMatch(/▸ drives \d+: New links per second/);

    // Redirects per second: made of new links per second and redirects per link (◂), and the links a month under them (·).
    for (let i = 0; i < 17; i++) term.keys('Down');
    const redirects = await term.waitFor(/> Redirects per second/);
    expect(rowOf(redirects, 'Redirects per link')).toMatch(/^◂ Redirects per link/);
    expect(rowOf(redirects, 'New short links created')).toMatch(/^· New short links created/);
    expect(rowOf(redirects, 'New links per second')).toMatch(/◂ New links per second/);
    expect(rowOf(redirects, 'Bytes sent per redirect')).toMatch(/^ {2}Bytes sent per redirect/);
    expect(redirects).toContain('= 193/s x 100 = 19.3 K/s');

    term.keys('q');
    await term.waitFor('[exited 0]');
  });

  test('at 80x24 beside short notes the estimator takes the rows the notes leave, and gives them back as notes grow', async () => {
    const term = terminals.start(['node', BIN, 'practice', 'twitter'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitFor('Notes (typing; Esc to stop)');
    for (let i = 0; i < 4; i++) term.keys('C-n');
    const empty = (await term.waitFor('step 5/14')).split('\n');
    const title = empty.findIndex((l) => l.includes('Live estimator ('));
    const notes = empty.findIndex((l) => l.includes('Notes (typing'));
    const footer = empty.findIndex((l) => l.startsWith('Esc stop typing'));
    // Before: 10 estimator rows above 8 notes rows, 7 of them empty; now the notes keep 2 (one to type into).
    expect(notes - title - 1).toBe(16);
    expect(footer - notes - 1).toBe(2);
    expect(empty.slice(title, notes).join('\n')).toMatch(/Average followers per user/);
    expect(footer).toBeLessThan(23);
    term.type('Reads dominate');
    term.keys('Enter');
    term.type('DAU 200M');
    const typed = (await term.waitFor('DAU 200M')).split('\n');
    expect(typed.findIndex((l) => l.includes('Notes (typing')) - typed.findIndex((l) => l.includes('Live estimator (')) - 1).toBe(15);
    expect(typed.findIndex((l) => l.startsWith('Esc stop typing'))).toBe(footer);
    term.keys('Escape');
    await term.waitFor('Notes (e to write)');
    term.keys('q');
    await term.waitFor('[exited 0]');
  });
});
