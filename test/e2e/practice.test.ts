import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BIN, e2eSkipReason, lockOwnerPid, savedSessionText, sessionFiles, useTerminals } from './tmux.js';

const skip = e2eSkipReason();

describe.skipIf(skip !== undefined)(`hld practice in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  test('notes in two steps, an assumption changed, an estimate follows, hints escalate to the reference, all saved', { timeout: 40_000 }, async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 80, rows: 24 });
    const first = await term.waitFor('Notes (typing; Esc to stop)');
    expect(first).toContain('step 1/14');
    // The frame stays shorter than the terminal (no scrolling, no flicker).
    expect(first.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(23);

    term.type('Shorten links and redirect; reads dominate 100:1');
    await term.waitFor('reads dominate 100:1');
    term.keys('C-n');
    await term.waitFor('step 2/14');
    term.type('Actors: creators, visitors, analytics job');
    await term.waitFor('analytics job');

    // To the capacity step, then into the estimator (Shift+Tab from the notes).
    term.keys('C-n');
    await term.waitFor('step 3/14');
    term.keys('C-n');
    await term.waitFor('step 4/14');
    term.keys('C-n');
    await term.waitFor('step 5/14');
    term.keys('BTab');
    await term.waitFor(/> Monthly active users/);

    // The write QPS estimate with the default 500 M new links a month.
    for (let i = 0; i < 20; i++) term.keys('Down');
    await term.waitFor('= 193/s');

    for (let i = 0; i < 17; i++) term.keys('Up');
    await term.waitFor(/> New short links created/);
    term.keys('Enter');
    await term.waitFor('Enter keeps it');
    for (let i = 0; i < 8; i++) term.keys('BSpace');
    term.type('1B');
    await term.waitFor('= 1 bn/month');
    term.keys('Enter');
    await term.waitFor(/1 bn\/month \*/);

    for (let i = 0; i < 17; i++) term.keys('Down');
    await term.waitFor('= 386/s');

    // Hints escalate: questions, a nudge, then the reference only after y; each turns the panel to the guide,
    // and the session keeps them for the next sitting.
    term.keys('h');
    await term.waitFor('1. Questions to ask yourself');
    term.keys('h');
    await term.waitFor('2. A nudge');
    term.keys('h');
    const asked = await term.waitFor('y shows the reference design (the answer, -3 in the report) · n not now');
    expect(asked).not.toContain('Assumptions (defaults)');
    term.keys('y');
    await term.waitFor('3. The reference design: Assumptions');
    term.keys('q');
    const after = await term.waitFor('[exited 0]');
    expect(after).toMatch(/Saved session \S+-url-shortener/);

    expect(sessionFiles(terminals.home(), '.yaml')).toHaveLength(1);
    const session = parse(savedSessionText(terminals.home())) as {
      notes: Record<string, string>;
      overrides: Record<string, string>;
      current_step: number;
      hints_shown: Record<string, number>;
    };
    expect(session.notes['clarify-requirements']).toBe('Shorten links and redirect; reads dominate 100:1');
    expect(session.notes['flow-and-actors']).toBe('Actors: creators, visitors, analytics job');
    expect(session.overrides).toEqual({ new_urls_per_month: '1B' });
    expect(session.current_step).toBe(4);
    expect(session.hints_shown).toEqual({ 'capacity-estimation': 3 });
  });

  test('on the architecture step a adds a component without Tab: from the step list and the guide; in the notes it is a letter', { timeout: 60_000 }, async () => {
    const sizes = [
      [80, 24],
      [120, 40],
    ] as const;
    for (const [run, [columns, rows]] of sizes.entries()) {
      const term = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns, rows });
      await term.waitFor('Notes (typing; Esc to stop)');
      for (let i = 0; i < 7; i++) term.keys('C-n');
      await term.waitFor('step 8/14');
      // Typing notes: a is a letter, and the editor says how to reach it.
      const typing = await term.waitFor('none yet: Esc, then a adds one (name : kind)');
      expect(typing).toContain('none yet: Esc, then c connects two (from -> to : label)');
      term.type('a cache in front');
      await term.waitFor('a cache in front');
      expect(term.screen()).not.toContain('New component');
      // Out of the notes (the step list has the focus): the footer offers a, and a opens the field.
      term.keys('Escape');
      const browsing = await term.waitFor('none yet: a adds one (name : kind)');
      expect(browsing).toMatch(/a add box · c connect/);
      term.keys('a');
      await term.waitFor('New component (name[: kind]):');
      term.type('API : service');
      term.keys('Enter');
      // The editor now has the focus: what was added is chosen, and x would remove it.
      const added = await term.waitFor('> [API] service');
      expect(added).toMatch(/a add box · c connect · x remove/);
      // With the guide shown instead (g), c brings the editor back with its field open.
      term.keys('BTab', 'g');
      await term.waitFor('Guide (g: architecture)');
      term.keys('c');
      await term.waitFor('Connect (from -> to[: label]):');
      term.keys('Escape');
      await term.waitFor('Architecture (g: guide)');
      term.keys('q');
      await term.waitFor('[exited 0]');
      // One session per run, each with the notes and the component.
      const saved = sessionFiles(terminals.home(), '.yaml').map((name) => readFileSync(join(terminals.home(), 'sessions', name), 'utf8'));
      expect(saved.filter((text) => text.includes('a cache in front') && text.includes('label: API')).length).toBe(run + 1);
    }
  });

  test('at 80x24 an architecture list longer than its pane says how many rows are above and below', { timeout: 40_000 }, async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitFor('Notes (typing; Esc to stop)');
    for (let i = 0; i < 7; i++) term.keys('C-n');
    await term.waitFor('step 8/14');
    term.keys('Escape');
    await term.waitFor('none yet: a adds one (name : kind)');
    for (let i = 1; i <= 10; i++) {
      term.keys('a');
      await term.waitFor('New component (name[: kind]):');
      term.type(`part${i} : service`);
      term.keys('Enter');
      await term.waitFor(`> [part${i}] service`);
    }
    // The last added is chosen at the bottom; the rows above it are counted in place of the first.
    const bottom = await term.waitFor(/ {2}↑ \d+ more$/m);
    expect(bottom).not.toMatch(/↓ \d+ more/);
    for (let i = 0; i < 9; i++) term.keys('Up');
    const top = await term.waitFor('> [part1] service');
    expect(top).toMatch(/ {2}↓ \d+ more$/m);
    expect(top).not.toMatch(/↑ \d+ more/);
    term.keys('q');
    await term.waitFor('[exited 0]');
  });

  test('convention flags are stored with the session, and the live estimator computes under them', async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener', '--day', '1e5', '--month', '2.5Ms'], { columns: 80, rows: 24 });
    await term.waitFor('Notes (typing; Esc to stop)');
    for (let i = 0; i < 4; i++) term.keys('C-n');
    await term.waitFor('step 5/14');
    term.keys('BTab');
    await term.waitFor(/> Monthly active users/);
    for (let i = 0; i < 20; i++) term.keys('Down');
    // 500 M a month over the quick-math 2.5 M s month: 200 new links and 20 K redirects a second (with 86,400 x 30 s, 193/s).
    await term.waitFor(/= 500 M \/ 2\.5 M s = 200\/s|= 200\/s x 100 = 20 K\/s/);
    term.keys('q');
    await term.waitFor('[exited 0]');
    const session = parse(savedSessionText(terminals.home())) as { conventions?: Record<string, unknown> };
    expect(session.conventions).toEqual({ secondsPerDay: 100_000, month: '2.5Ms', year: '365d', storage: 'decimal', bandwidth: 'bytes', servers: 'load' });
  });

  test('Ctrl-C saves and gives the terminal back; a resize is followed', async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener', '--framework', 'reshaded'], { columns: 100, rows: 30, env: { NO_COLOR: '1' } });
    await term.waitFor('step 1/8');
    term.type('kept after ctrl-c');
    await term.waitFor('kept after ctrl-c');
    term.resize(80, 24);
    await term.waitFor(/^Esc stop typing.*F1 help\s*$/m);
    term.keys('C-c');
    const after = await term.waitFor('[exited 0]');
    expect(after).not.toContain('Steps (');
    expect(savedSessionText(terminals.home())).toContain('kept after ctrl-c');
  });

  test('the clocks tick in place: the frame stays where it is, one header at the top, Chinese and emoji notes wrapped in the pane', async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitFor('Notes (typing; Esc to stop)');
    const chinese = '我们需要一个高可用的短链接服务，每天处理一亿次重定向请求，延迟低于五十毫秒。';
    term.type(`${chinese} \u{1F44D}\u{1F3FD}\u{1F1FA}\u{1F1F8} done`);
    await term.waitFor(/done\s*$/m);
    term.keys('BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace');
    const screen = await term.waitFor(/step 1\/14 · 0:0[3-9]/, 15_000);
    const rows = screen.split('\n');
    // The header (with its clock) is the first row and only there; the step line below has the step's time.
    expect(rows[0]).toMatch(/^ Design a URL shortener.*step 1\/14 · 0:0\d\s*$/);
    expect(rows.filter((row) => row.includes('step 1/14'))).toHaveLength(1);
    expect(rows[1]).toMatch(/1\. Clarify requirements · 0:0\d of \d+ min/);
    // Backspace took the flags and the thumb whole (" done" and the flag pair went, the thumb stays).
    const notes = rows.slice(rows.findIndex((row) => row.includes('Notes (typing')) + 1).join('');
    expect(notes.replace(/[\s│]/g, '')).toContain(`${chinese}\u{1F44D}\u{1F3FD}`);
    expect(notes).not.toContain('\uFFFD');
    term.keys('Escape', 'q');
    await term.waitFor('[exited 0]');
    expect(parse(savedSessionText(terminals.home())).notes['clarify-requirements']).toBe(`${chinese} \u{1F44D}\u{1F3FD}`);
  });

  test('--plain walks the same session with numbered prompts printed once; notes over several lines end with a full stop', async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener', '--plain'], { columns: 80, rows: 40 });
    await term.waitFor(/What next\?\n1\. notes: write notes for this step\n/);
    await term.waitFor(/^Choice: ?$/m);
    term.type('notes');
    term.keys('Enter');
    await term.waitFor('holding only a full stop (.)');
    term.type('typed in plain mode');
    term.keys('Enter');
    term.type('a second line');
    term.keys('Enter');
    term.type('.');
    term.keys('Enter');
    await term.waitFor('Notes saved: 2 lines.');
    term.type('nonsense');
    term.keys('Enter');
    await term.waitFor(/Not accepted: type a number from 1 to \d+ or a name/);
    term.type('quit');
    term.keys('Enter');
    await term.waitFor('[exited 0]');
    const after = term.joinedScreen();
    // Printed once, never redrawn: the first menu is still there above everything typed since.
    expect(after.indexOf('1. notes: write notes for this step')).toBeLessThan(after.indexOf('Choice: notes'));
    expect(after).toMatch(/Saved session \S+\. Continue it with: hld resume \S+ --plain/);
    expect(after).not.toMatch(/[❯✔]/u);
    const session = parse(savedSessionText(terminals.home())) as { notes: Record<string, string> };
    expect(session.notes['clarify-requirements']).toBe('typed in plain mode\na second line');
  });

  test('--plain: Ctrl+C at a prompt saves the session and says how to continue it (exit 130)', async () => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener', '--plain'], { columns: 80, rows: 40 });
    await term.waitFor(/^Choice: ?$/m);
    term.type('done');
    term.keys('Enter');
    await term.waitFor('Marked done.');
    term.keys('C-c');
    await term.waitFor('[exited 130]');
    const after = term.joinedScreen();
    expect(after).toMatch(/^Choice: \^C$/m);
    expect(after).toMatch(/Saved session \S+\. Continue it with: hld resume \S+ --plain/);
    expect(parse(savedSessionText(terminals.home())).done).toEqual(['clarify-requirements']);
  });

  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s restores the terminal, saves, releases the session and exits %d', async (signal, code) => {
    const term = terminals.start(['node', BIN, 'practice', 'url-shortener'], { columns: 80, rows: 24 });
    await term.waitFor('Notes (typing');
    term.type(`ended by ${signal}`);
    await term.waitFor(`ended by ${signal}`);
    process.kill(lockOwnerPid(terminals.home()), signal);
    const after = await term.waitFor(`[exited ${code}]`);
    expect(after).not.toContain('Steps (');
    expect(sessionFiles(terminals.home(), '.lock')).toEqual([]);
    expect(savedSessionText(terminals.home())).toContain(`ended by ${signal}`);
  });
});
