import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BIN, ROOT, startTerminal, tmuxMissing, type Terminal } from './tmux.js';

const missing = tmuxMissing();
const built = existsSync(join(ROOT, 'dist', 'hld.js'));

describe.skipIf(missing !== undefined || !built)(`bare hld in a real terminal${missing ? ` (skipped: ${missing})` : built ? '' : ' (skipped: run npm run build first)'}`, () => {
  let home: string;
  let term: Terminal | undefined;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'hld-e2e-home-'));
  });
  afterEach(() => {
    term?.kill();
    term = undefined;
    rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  test('pick a problem and RESHADED on the home screen, practise, quit, then see the session to resume', async () => {
    term = startTerminal(['node', BIN], { columns: 80, rows: 24, env: { HLD_HOME: home } });
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
    expect(after).toMatch(/Saved session (\S+)/);
    const files = readdirSync(join(home, 'sessions')).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(1);
    term.kill();

    term = startTerminal(['node', BIN], { columns: 80, rows: 24, env: { HLD_HOME: home } });
    await term.waitFor(/· reshaded · step 1 · 0 done/);
    term.keys('Tab');
    await term.waitFor('Resume a session (↑↓, Enter)');
    term.keys('Enter');
    await term.waitFor('from the home screen');
    term.keys('C-c');
    await term.waitFor('[exited 0]');
  });
});
