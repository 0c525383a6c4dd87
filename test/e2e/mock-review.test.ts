import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { loadProblem } from '../../src/core/problem/load.js';
import { BIN, e2eSkipReason, sessionFiles, useTerminals, type Terminal } from './tmux.js';

const skip = e2eSkipReason();

/** What only the reference design would put on screen: its components as the editor and the hints draw them, and its key points. */
function referenceMarks(problemId: string): string[] {
  const problem = loadProblem(problemId);
  return [
    ...problem.architecture.components.map((c) => `[${c.label.slice(0, 24)}`),
    ...problem.key_points.map((k) => k.point.slice(0, 28)),
    ...problem.apis.map((a) => a.path),
  ];
}

/** Every frame a test looks at, so each can be scanned afterwards. */
function recorder(term: Terminal) {
  const frames: string[] = [];
  return {
    frames,
    async waitFor(text: string | RegExp, timeoutMs?: number): Promise<string> {
      const screen = await term.waitFor(text, timeoutMs);
      frames.push(screen);
      return screen;
    },
    snap(): string {
      const screen = term.screen();
      frames.push(screen);
      return screen;
    },
  };
}

const cli = (env: Record<string, string>, ...args: string[]) => execFileSync('node', [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe.skipIf(skip !== undefined)(`a mock's honesty, in a real terminal${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const terminals = useTerminals();

  /** A url-shortener mock with one line of notes, ended early (Ctrl+X twice), its review left for later, its report closed: its id, suggested score and last line. */
  async function mockEndedEarly(env: Record<string, string>, minutes: string) {
    const term = terminals.start(['node', BIN, 'mock', 'url-shortener', '--minutes', minutes], { columns: 80, rows: 24, env });
    await term.waitFor('Notes (typing; Esc to stop)');
    term.type('Redirects far outnumber new links, so the service is read-heavy.');
    await term.waitFor('read-heavy.');
    term.keys('C-x');
    term.keys('C-x');
    await term.waitFor('Review of your mock', 20_000);
    term.keys('q');
    const report = await term.waitFor(/Mock report · (\d+)\/100 suggested · not reviewed/);
    const suggested = Number(/Mock report · (\d+)\/100 suggested/.exec(report)![1]);
    term.keys('q');
    const ended = (await term.waitFor('[exited 0]')).replace(/\n/g, '');
    const id = /Mock (\S+): \d+\/100 suggested/.exec(ended)![1]!;
    return { id, suggested, ended };
  }

  test(
    'the reference never shows before the report; hints stop short of it; an overrule changes the reviewed score; both scores in the history and hld report',
    { timeout: 120_000 },
    async () => {
      const env = { HLD_HOME: terminals.home(), NO_COLOR: '1' };
      const term = terminals.start(['node', BIN, 'mock', 'twitter'], { columns: 80, rows: 24, env });
      const screen = recorder(term);
      await screen.waitFor('Notes (typing; Esc to stop)');
      term.type('Reads far outnumber writes, with dozens of timeline loads for every tweet posted, so the design favours the read path.');
      await screen.waitFor('favours the read');

      // Hints on the first step: questions, then a nudge, then no more (the reference waits for the report).
      term.keys('Escape');
      await screen.waitFor('Notes (e to write)');
      term.keys('h');
      await screen.waitFor('1. Questions to ask yourself');
      term.keys('h');
      await screen.waitFor('2. A nudge');
      term.keys('h');
      await screen.waitFor('the reference design waits for the report');

      // The capacity step: the scale is given, the answers are not.
      for (let i = 0; i < 4; i++) term.keys('n');
      await screen.waitFor('5. Capacity estimation');
      term.keys('Tab');
      // Down past the traffic assumptions to the row that stands for the answers (the conventions follow it).
      const given = loadProblem('twitter').assumptions.filter((a) => a.group === 'traffic').length;
      for (let i = 0; i < given; i++) term.keys('Down');
      const estimator = await screen.waitFor('> Estimates and costs: yours to wo');
      expect(estimator).toContain('Write your numbers in your notes; the report sets the');
      term.keys('Enter');
      await screen.waitFor('In a mock you work out the estimates in your notes; the report checks them.');
      term.keys('BTab');

      // The architecture step starts empty; the candidate draws their own.
      for (let i = 0; i < 3; i++) term.keys('n');
      await screen.waitFor('8. High-level architecture');
      await screen.waitFor('none yet: a adds one');
      term.keys('Tab');
      await screen.waitFor(/Architecture \(g: guide\)/);
      term.keys('a');
      await screen.waitFor('New component');
      term.type('Edge proxy : load balancer');
      term.keys('Enter');
      await screen.waitFor('[Edge proxy] load balancer');
      term.keys('a');
      term.type('Posts DB : database');
      term.keys('Enter');
      await screen.waitFor('[Posts DB] database');
      term.keys('c');
      term.type('edge proxy -> posts db');
      term.keys('Enter');
      await screen.waitFor('[Edge proxy] --> [Posts DB]');
      term.keys('h', 'h', 'h');
      await screen.waitFor('the reference design waits for the report');

      // End early: judging, then the review.
      term.keys('C-x');
      await screen.waitFor('Ctrl+X again');
      term.keys('C-x');
      const intro = await screen.waitFor('Review of your mock', 20_000);
      expect(intro).toContain('You ended the mock early');

      // Before the review shows any verdict: nothing of the reference was on any screen.
      const marks = referenceMarks('twitter');
      for (const frame of screen.frames) expect(marks.filter((m) => frame.includes(m)), frame).toEqual([]);
      expect(screen.frames.length).toBeGreaterThan(15);

      term.keys('Enter');
      const first = await screen.waitFor(/Key point 1 of \d+ · suggested (\d+)\/100/);
      const suggested = Number(/suggested (\d+)\/100/.exec(first)![1]);
      term.keys('o');
      const overruled = await screen.waitFor(/Key point 2 of \d+ · suggested \d+\/100 · with your review \d+\/100/);
      const reviewed = Number(/with your review (\d+)\/100/.exec(overruled)![1]);
      expect(reviewed).not.toBe(suggested);
      term.keys('s');
      const done = await screen.waitFor(`Suggested ${suggested}/100 · reviewed ${reviewed}/100`);
      expect(done).toContain('You overruled 1:');
      term.keys('Enter');
      const report = await screen.waitFor('Mock report');
      expect(report).toContain(`Mock report · ${suggested}/100 suggested · ${reviewed}/100 reviewed`);
      expect(report.replace(/\s+/g, ' ')).toContain(`Score ${suggested}/100 suggested, reviewed ${reviewed}/100`);
      // The reference appears in the report, beside the candidate's own design.
      term.keys('End');
      await screen.waitFor('Time per step');
      for (let i = 0; i < 40 && !term.screen().includes('Your architecture beside the reference'); i++) {
        term.keys('PageUp');
        await new Promise((r) => setTimeout(r, 80));
      }
      await screen.waitFor('Your architecture beside the reference');
      term.keys('q');
      const exited = (await term.waitFor('[exited 0]')).replace(/\n/g, '');
      expect(exited).toContain(`${suggested}/100 suggested, ${reviewed}/100 after your review; both recorded in your history`);

      // The history and hld report show both scores.
      const history = cli(env, 'history');
      expect(history).toMatch(new RegExp(`twitter\\s+${suggested}\\s+${reviewed}\\s+mock hld14 45 min, ended early after`));
      const json = JSON.parse(cli(env, 'history', '--json')) as { entries: { score: number; reviewed_score: number; ended_early: boolean }[] };
      expect(json.entries).toEqual([expect.objectContaining({ score: suggested, reviewed_score: reviewed, ended_early: true })]);
      const [file] = sessionFiles(terminals.home(), '.yaml');
      const id = file!.replace(/\.yaml$/, '');
      const text = cli(env, 'report', id);
      expect(text).toContain(`Score ${suggested}/100 suggested, reviewed ${reviewed}/100`);
      expect(text).toMatch(/Missed \(\d+\): .*Home timeline cache \(Redis lists\)/);
      // The comparison matches by what a box is: an edge proxy drawn as a load balancer is the reference's load balancer.
      expect(text).toContain('Shared (1): your "Edge proxy" = "Load balancer"');
      expect(text).toContain('Added (1): Posts DB');
      expect(JSON.parse(cli(env, 'report', id, '--json'))).toMatchObject({ score: suggested, reviewed_score: reviewed });
    },
  );

  test('a mock left for later (q) keeps its report and design doc sealed until it ends', { timeout: 90_000 }, async () => {
    const env = { HLD_HOME: terminals.home(), NO_COLOR: '1' };
    let term = terminals.start(['node', BIN, 'mock', 'twitter'], { columns: 80, rows: 24, env });
    await term.waitFor('Notes (typing; Esc to stop)');
    term.type('Reads far outnumber writes, so the design favours the timeline read path.');
    await term.waitFor('read path.');
    term.keys('Escape');
    await term.waitFor('Notes (e to write)');
    term.keys('q');
    const left = (await term.waitFor('[exited 0]')).replace(/\n/g, '');
    const id = /Mock (\S+) stopped with/.exec(left)![1]!;

    // From the command line, mid-mock: one line each, nothing of the reference.
    const marks = referenceMarks('twitter');
    for (const args of [['report'], ['report', id, '--json'], ['export', id, '-o', '-']]) {
      const run = spawnSync('node', [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^hld ${args[0]}: mock ${id} is still running \\(4[45]:\\d\\d left\\).*Finish it with: hld mock --resume ${id}`));
      expect(marks.filter((m) => run.stderr.includes(m))).toEqual([]);
    }

    // Finished, the report is there.
    term = terminals.start(['node', BIN, 'mock', '--resume', id], { columns: 80, rows: 24, env });
    await term.waitFor('timeline read path.');
    term.keys('C-x');
    await term.waitFor('Ctrl+X again');
    term.keys('C-x');
    await term.waitFor('Review of your mock', 20_000);
    term.keys('q');
    await term.waitFor('Mock report');
    term.keys('q');
    await term.waitFor('[exited 0]');
    expect(cli(env, 'report', id)).toContain('Your architecture beside the reference');
  });

  test('a review left for later is offered again by hld mock --resume; once saved, the report opens straight away', { timeout: 90_000 }, async () => {
    const env = { HLD_HOME: terminals.home(), NO_COLOR: '1' };
    const { id, ended: later } = await mockEndedEarly(env, '1');
    expect(later).toContain(`Review its verdicts with: hld mock --resume ${id}`);
    expect(cli(env, 'history')).toMatch(/url-shortener\s+\d+\s+-\s+mock hld14 1 min, ended early/);

    let term = terminals.start(['node', BIN, 'mock', '--resume', id], { columns: 80, rows: 24, env });
    await term.waitFor('Review of your mock', 20_000);
    term.keys('s');
    const done = await term.waitFor(/Suggested (\d+)\/100 · reviewed (\d+)\/100/);
    const [, suggested, reviewed] = /Suggested (\d+)\/100 · reviewed (\d+)\/100/.exec(done)!;
    expect(reviewed).toBe(suggested);
    term.keys('Enter');
    await term.waitFor(`Mock report · ${suggested}/100 suggested · ${reviewed}/100 reviewed`);
    term.keys('q');
    await term.waitFor('[exited 0]');
    expect(cli(env, 'history')).toMatch(new RegExp(`url-shortener\\s+${suggested}\\s+${reviewed}\\s+mock`));

    // Reviewed: hld mock --resume shows the report again, with no review first.
    term = terminals.start(['node', BIN, 'mock', '--resume', id], { columns: 80, rows: 24, env });
    const again = await term.waitFor('Mock report', 20_000);
    expect(again).toContain(`${reviewed}/100 reviewed`);
    term.keys('q');
    await term.waitFor('[exited 0]');
    expect(JSON.parse(cli(env, 'history', '--json')).entries).toHaveLength(1);
  });
  test('a finished mock is sealed as judged: hld resume opens it read-only, --plain refuses, and the report, hld report, the history and the export agree', { timeout: 120_000 }, async () => {
    const env = { HLD_HOME: terminals.home(), NO_COLOR: '1' };
    const { id, suggested } = await mockEndedEarly(env, '5');

    // Reopened: read-only, saying so and where to go; typing changes nothing.
    let term = terminals.start(['node', BIN, 'resume', id], { columns: 80, rows: 24, env });
    const opened = await term.waitFor('MOCK OVER · read-only');
    expect(opened).toContain('Notes (read-only · again: hld practice url-shortener)');
    expect(opened).toContain(`Mock over: read-only. Report: hld mock --resume ${id}`);
    term.type('Shard by hash of the short code; cache hot links in Redis; 10K writes per second.');
    await term.waitFor('Mock over: read-only');
    expect(term.screen()).not.toContain('Shard by hash');
    term.keys('Escape');
    term.keys('q');
    const closed = (await term.waitFor('[exited 0]')).replace(/\s+/g, '');
    expect(closed).toContain(`Mock ${id} is over (read-only). See its report and review it with: hld mock --resume ${id}`.replace(/\s+/g, ''));

    // --plain refuses in one line.
    const plain = spawnSync('node', [BIN, 'resume', id, '--plain'], { env: { ...process.env, ...env }, input: 'more notes\n.\nquit\n', encoding: 'utf8' });
    expect(plain.status).toBe(2);
    expect(plain.stderr.trim().split('\n')).toEqual([
      `hld resume --plain: mock ${id} is over and judged, so its answer can no longer change; see its report (and review it) with: hld mock --resume ${id}, or practise the problem again with: hld practice url-shortener`,
    ]);

    // Judged again, the same score everywhere.
    term = terminals.start(['node', BIN, 'mock', '--resume', id], { columns: 100, rows: 24, env });
    await term.waitFor('Review of your mock', 20_000);
    term.keys('q');
    await term.waitFor(`Mock report · ${suggested}/100 suggested · not reviewed`);
    term.keys('q');
    await term.waitFor('[exited 0]');
    expect(JSON.parse(cli(env, 'report', id, '--json'))).toMatchObject({ score: suggested });
    expect(cli(env, 'history')).toMatch(new RegExp(`url-shortener\\s+${suggested}\\s+-\\s+mock`));
    const doc = cli(env, 'export', id, '-o', '-');
    expect(doc).toContain(`${suggested}/100`);
    expect(doc).not.toContain('Shard by hash');

    // The home screen lists it as finished, with its score.
    term = terminals.start(['node', BIN], { columns: 120, rows: 30, env });
    await term.waitFor(`mock finished ${suggested}/100`);
    term.keys('q');
    await term.waitFor('[exited 0]');
  });
});
