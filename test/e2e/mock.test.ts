import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { loadSession } from '../../src/core/session/store.js';
import { BIN, e2eSkipReason, sessionFiles, useTerminals } from './tmux.js';

const skip = e2eSkipReason();

/** Seconds left on the countdown in the header, e.g. `0:42 left` -> 42. */
function secondsLeft(screen: string): number {
  const match = /(\d+):(\d\d) left/.exec(screen) ?? /PAUSED (\d+):(\d\d)/.exec(screen);
  if (!match) throw new Error(`no countdown on the screen:\n${screen}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

describe.skipIf(skip !== undefined)(`hld mock --minutes 1 in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  test('countdown, over-budget warning, pause, leave and resume where it stopped, then the review and the report at time up', { timeout: 150_000 }, async () => {
    const env = { HLD_HOME: terminals.home(), NO_COLOR: '1' };
    let term = terminals.start(['node', BIN, 'mock', 'url-shortener', '--minutes', '1'], { columns: 80, rows: 24, env });
    const first = await term.waitFor(/\d:\d\d left · step/);
    expect(first).toContain('step 1/14');
    expect(first.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(23);

    await term.waitFor('Notes (typing');
    term.type('Read-heavy, Redis cache, KGS with base62 codes');
    await term.waitFor('base62 codes');

    // The first step's share of one minute is 5 or 6 seconds; past it the header warns, and typing goes on.
    await term.waitFor(/step OVER \+\d:\d\d/, 15_000);
    term.type(' 301');
    await term.waitFor('codes 301');

    term.keys('C-t');
    const paused = await term.waitFor('PAUSED');
    const atPause = secondsLeft(paused);
    await new Promise((r) => setTimeout(r, 2500));
    expect(secondsLeft(term.screen())).toBe(atPause);
    term.keys('C-t');
    await term.waitForGone('PAUSED');

    // Leave for later: the clock stops with the screen.
    term.keys('Escape');
    await term.waitFor('Notes (e to write)');
    term.keys('q');
    const left = await term.waitFor('[exited 0]');
    expect(left).toMatch(/stopped with 0:\d\d left/);
    const [file] = sessionFiles(terminals.home(), '.yaml');
    const id = file!.replace(/\.yaml$/, '');
    const saved = await loadSession(id, env);
    expect(saved.mock!.finished).toBe(false);
    const elapsed = saved.mock!.elapsed_seconds;
    // Past the first step's budget (4 of 45 minutes scaled to one: 5 or 6 s), which the OVER flag showed.
    expect(elapsed).toBeGreaterThanOrEqual(5);
    expect(saved.notes['clarify-requirements']).toContain('codes 301');
    term.kill();

    // A wall-clock pause between sittings does not count.
    await new Promise((r) => setTimeout(r, 3000));
    term = terminals.start(['node', BIN, 'mock', '--resume'], { columns: 80, rows: 24, env });
    const resumed = await term.waitFor(/\d:\d\d left/);
    expect(secondsLeft(resumed)).toBeLessThanOrEqual(60 - elapsed);
    expect(secondsLeft(resumed)).toBeGreaterThanOrEqual(60 - elapsed - 6);
    expect(resumed).toContain('codes 301');

    // Time up: the notes are judged, the review opens on its own (s accepts every verdict), then the report.
    await term.waitFor('Review of your mock', 70_000);
    term.keys('s');
    await term.waitFor(/All \d+ key points reviewed/);
    term.keys('Enter');
    const report = await term.waitFor('Mock report');
    expect(report).toMatch(/1:00 of 1:00/);
    expect(report).toContain('Score by dimension');
    term.keys('End');
    // The last section: time per step (4 of 45 minutes scaled to 1 minute is 5 or 6 s after rounding).
    const end = await term.waitFor('Time per step');
    expect(end).toMatch(/Clarify requirements\s+1:00\s+0:0[5-6]/);
    term.keys('q');
    const done = await term.waitFor('[exited 0]');
    expect(done.replace(/\n/g, '')).toMatch(/(\d+)\/100 suggested, \1\/100 after your review; both recorded in your history/);

    const history = JSON.parse(execFileSync('node', [BIN, 'history', '--json'], { env: { ...process.env, ...env }, encoding: 'utf8' })) as {
      entries: { kind: string; session: string; key_points_covered: number; score: number; reviewed_score: number }[];
    };
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]!.kind).toBe('mock');
    expect(history.entries[0]!.session).toBe(id);
    expect(history.entries[0]!.key_points_covered).toBeGreaterThanOrEqual(0);
    // Every verdict accepted: the reviewed score is the suggested one.
    expect(history.entries[0]!.reviewed_score).toBe(history.entries[0]!.score);
    expect((await loadSession(id, env)).notes['clarify-requirements']).toContain('codes 301');
  });
});
