import { describe, expect, test } from 'vitest';
import { BIN, e2eSkipReason, sessionFiles, useTerminals } from './tmux.js';

const skip = e2eSkipReason();

describe.skipIf(skip !== undefined)(`bare hld in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  test('pick a problem and RESHADED on the home screen, practise, quit, then see the session to resume', async () => {
    let term = terminals.start(['node', BIN], { columns: 80, rows: 24 });
    await term.waitFor('Pick a problem');
    await term.waitFor('No saved sessions yet.');
    term.keys('Right');
    await term.waitFor(/Framework: < RESHADED/);
    term.keys('Enter');
    await term.waitFor('step 1/8');
    term.type('from the home screen');
    await term.waitFor('from the home screen');
    term.keys('Escape');
    await term.waitFor('Notes (e to write)');
    term.keys('q');
    const after = await term.waitFor('[exited 0]');
    const id = /Saved session ([a-z0-9-]+)/.exec(after)![1]!;
    expect(sessionFiles(terminals.home(), '.yaml')).toHaveLength(1);

    term = terminals.start(['node', BIN], { columns: 80, rows: 24 });
    // The row starts with the whole id, to type after hld resume or hld export.
    const home = await term.waitFor(/· reshaded · step 1 · 0 done/);
    expect(home).toContain(`> ${id} · reshaded · step 1 · 0 done · `);
    term.keys('Tab');
    await term.waitFor('Resume a session (↑↓, Enter)');
    term.keys('Enter');
    await term.waitFor('from the home screen');
    term.keys('C-c');
    await term.waitFor('[exited 0]');
  });
});
