import { describe, expect, test } from 'vitest';
import { HomeApp } from '../../src/ui/home/home-app.js';
import { homeReducer, initialHomeState, type HomeChoice, type HomeData } from '../../src/ui/home/state.js';
import { parseKey } from '../../src/ui/keys/parse-key.js';
import { inAct, renderApp, resizeApp, sendKeys, unmountApp, unmountedAfterEach, waitForText } from './ink-helpers.js';
import { loadAllProblems } from '../../src/core/problem/load.js';
import { listFrameworks } from '../../src/core/template/load.js';
import { columns } from '../../src/ui/editor/graphemes.js';

const data: HomeData = {
  problems: [
    { id: 'url-shortener', title: 'Design a URL shortener', summary: 'Short codes, redirects at scale.' },
    { id: 'twitter', title: 'Design Twitter', summary: 'Timelines and fan-out.' },
  ],
  broken: [],
  frameworks: [
    { id: 'hld14', title: '14-step HLD template', summary: 'A full walk.' },
    { id: 'reshaded', title: 'RESHADED', summary: 'Eight steps.' },
  ],
  sessions: [{ id: '20261121-0900-twitter', problem: 'twitter', framework: 'reshaded', mode: 'practice', updatedAt: '2026-11-21T09:30:00Z', currentStep: 3, doneSteps: 2 }],
};

const keys = (...raw: string[]) => raw.reduce((s, r) => homeReducer(s, parseKey(r)), initialHomeState(data));

describe('home reducer', () => {
  test('pick a problem and a framework, then start', () => {
    expect(keys('\x1b[B', '\x1b[C', '\r').choice).toEqual({ kind: 'new', problem: 'twitter', framework: 'reshaded' });
    expect(keys('\x1b[B', '\x1b[B', '\x1b[B', '\x1b[D', '\x1b[D', '\r').choice).toEqual({ kind: 'new', problem: 'twitter', framework: 'hld14' });
  });
  test('Tab switches to the sessions; Enter resumes one', () => {
    expect(keys('\t', '\r').choice).toEqual({ kind: 'resume', id: '20261121-0900-twitter' });
    expect(keys('\t', '\t', '\r').choice).toMatchObject({ kind: 'new' });
  });
  test('a run typed ahead is read key by key: j then f then Enter', () => {
    expect(keys('jf\n').choice).toEqual({ kind: 'new', problem: 'twitter', framework: 'reshaded' });
  });
  test('q quits; with no sessions Tab stays on new practice', () => {
    expect(keys('q').quit).toBe(true);
    const none = homeReducer(initialHomeState({ ...data, sessions: [] }), parseKey('\t'));
    expect(none.list).toBe('new');
  });
});

describe('home screen', () => {
  const render = unmountedAfterEach();

  test('lists problems with their summary, the framework and sessions; Enter reports the choice', async () => {
    let chosen: HomeChoice | undefined;
    const app = await render(<HomeApp data={data} onDone={(c) => (chosen = c)} />);
    const frame = await waitForText(app, 'Design a URL shortener');
    expect(frame).toContain('Short codes, redirects at scale.');
    expect(frame).toContain('Framework: < 14-step HLD template >');
    expect(frame).toContain('20261121-0900-twitter · reshaded · step 4 · 2 done');
    await sendKeys(app, '\x1b[B');
    await waitForText(app, 'Timelines and fan-out.');
    await sendKeys(app, '\x1b[C');
    await waitForText(app, 'Framework: < RESHADED >');
    await sendKeys(app, '\r');
    await waitForText(app, /./);
    for (let i = 0; i < 50 && !chosen; i++) await inAct(() => new Promise((r) => setTimeout(r, 10)));
    expect(chosen).toEqual({ kind: 'new', problem: 'twitter', framework: 'reshaded' });
  });
  test('a finished mock is listed as finished, with its scores, not by the step it was on', async () => {
    const sessions: HomeData['sessions'] = [
      { id: '20261121-1000-url-shortener', problem: 'url-shortener', framework: 'hld14', mode: 'mock', updatedAt: '2026-11-21T10:45:00Z', currentStep: 8, doneSteps: 0, mockOver: true, score: 62, reviewedScore: 70 },
      { id: '20261121-0930-twitter', problem: 'twitter', framework: 'hld14', mode: 'mock', updatedAt: '2026-11-21T09:40:00Z', currentStep: 2, doneSteps: 1, mockOver: true },
      { id: '20261121-0900-twitter', problem: 'twitter', framework: 'hld14', mode: 'mock', updatedAt: '2026-11-21T09:10:00Z', currentStep: 1, doneSteps: 0 },
    ];
    const app = await render(<HomeApp data={{ ...data, sessions }} onDone={() => {}} />);
    const frame = await waitForText(app, 'Resume a session');
    expect(frame).toContain('20261121-1000-url-shortener · hld14 · mock finished 62/100, reviewed 70/100 · 11-21 10:45');
    expect(frame).toContain('20261121-0930-twitter · hld14 · mock finished · 11-21 09:40');
    expect(frame).toContain('20261121-0900-twitter · hld14 · mock · step 2 · 0 done · 11-21 09:10');
  });
});

/** The home screen for `home` in a terminal of that size, after `keys`. */
async function frameAt(home: HomeData, keys: string[], columns = 80, rows = 24): Promise<string> {
  const app = await renderApp(<HomeApp data={home} onDone={() => {}} />);
  try {
    await resizeApp(app, columns, rows);
    for (const key of keys) await sendKeys(app, key);
    // The footer's first key: on every frame, however small the terminal.
    return await waitForText(app, '↑↓ choose');
  } finally {
    await unmountApp(app);
  }
}

describe('home screen summaries at 80x24', () => {
  const real: HomeData = {
    problems: loadAllProblems().flatMap((l) => (l.problem ? [{ id: l.problem.id, title: l.problem.title, summary: l.problem.summary }] : [])),
    broken: [],
    frameworks: listFrameworks().map((f) => ({ id: f.id, title: f.title, summary: f.summary })),
    sessions: [],
  };
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const shown = (frame: string) => words(frame.split('\n').map((row) => row.trim()).join(' '));

  test('with rows to spare, url-shortener\'s summary and the RESHADED summary are shown whole', async () => {
    const urlShortener = real.problems.findIndex((p) => p.id === 'url-shortener');
    const frame = await frameAt(real, [...Array.from({ length: urlShortener }, () => '\x1b[B'), '\x1b[C']);
    const visible = shown(frame);
    for (const text of [real.problems[urlShortener]!.summary, real.frameworks[1]!.summary]) {
      const all = words(text);
      const at = visible.indexOf(all[0]!);
      expect(visible.slice(at, at + all.length), text).toEqual(all);
    }
    expect(frame.split('\n').length).toBeLessThanOrEqual(23);
  });

  test('a summary longer than the rows it can have (a user\'s own problem) ends with an ellipsis after a whole word', async () => {
    const summary = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of a problem written at length by its author.`).join(' ');
    const sessions = Array.from({ length: 12 }, (_, i) => ({ ...data.sessions[0]!, id: `20261121-09${String(i).padStart(2, '0')}-twitter` }));
    const frame = await frameAt({ ...real, problems: [{ id: 'my-own', title: 'My own problem', summary }, ...real.problems], sessions }, []);
    const rows = frame.split('\n');
    expect(rows.length).toBeLessThanOrEqual(23);
    for (const row of rows) expect(columns(row), row).toBeLessThanOrEqual(80);
    const cutRow = rows.find((row) => row.startsWith('  ') && row.trimEnd().endsWith('…'));
    expect(cutRow, frame).toBeDefined();
    // The text before the ellipsis is the summary's start, ending with a whole word.
    const before = shown(rows.slice(0, rows.indexOf(cutRow!) + 1).join('\n').slice(frame.indexOf('Sentence 1 ')).replace(/…$/, ''));
    expect(words(summary).slice(0, before.length)).toEqual(before);
  });
});

describe('home screen lists and small terminals', () => {
  const sessions = Array.from({ length: 12 }, (_, i) => ({ ...data.sessions[0]!, id: `20261121-09${String(i).padStart(2, '0')}-twitter` }));

  test('a list with more rows than it shows says which ones are shown, and follows the choice', async () => {
    const first = await frameAt({ ...data, sessions }, []);
    expect(first).toMatch(/Resume a session \(Tab\) · 1-5 of 12/);
    // Two problems fit: their heading has no count.
    expect(first).not.toMatch(/then Enter · \d/);
    const down = await frameAt({ ...data, sessions }, ['\t', ...Array.from({ length: 9 }, () => '\x1b[B')]);
    expect(down).toMatch(/Resume a session \(↑↓, Enter\) · 8-12 of 12/);
    expect(down).toMatch(/> 20261121-0909-twitter · reshaded · step 4 · 2 done · 11-21 09:30/);
  });

  test('at 80 columns every session row shows its whole id, which hld resume and hld export take; the time saved is cut first', async () => {
    const long: HomeData['sessions'] = [
      { id: '20261130-0946-url-shortener-2', problem: 'url-shortener', framework: 'hld14', mode: 'mock', updatedAt: '2026-11-30T10:45:00Z', currentStep: 8, doneSteps: 0, mockOver: true, score: 62, reviewedScore: 70 },
      { id: '20261130-0945-url-shortener', problem: 'url-shortener', framework: 'hld14', mode: 'mock', updatedAt: '2026-11-30T09:47:00Z', currentStep: 7, doneSteps: 3 },
      // An id without the problem in it (a problem renamed since): the problem is said after it.
      { id: '20261130-0900-old-name', problem: 'new-name', framework: 'hld14', mode: 'practice', updatedAt: '2026-11-30T09:10:00Z', currentStep: 0, doneSteps: 0 },
    ];
    const frame = await frameAt({ ...data, sessions: long }, ['\t']);
    const rows = frame.split('\n');
    for (const s of long) {
      const row = rows.find((r) => r.includes(s.id));
      expect(row, `${s.id} in\n${frame}`).toBeDefined();
      expect(row!.slice(2).startsWith(`${s.id} · `), row).toBe(true);
      expect(columns(row!)).toBeLessThanOrEqual(80);
    }
    expect(frame).toMatch(/^> 20261130-0946-url-shortener-2 · hld14 · mock finished 62\/100, reviewed 70\/100…$/m);
    expect(frame).toContain('  20261130-0945-url-shortener · hld14 · mock · step 8 · 3 done · 11-30 09:47');
    expect(frame).toContain('  20261130-0900-old-name · new-name · hld14 · step 1 · 0 done · 11-30 09:10');
    // A year the id does not show is written out.
    expect(frame).not.toContain('2026-11-30');
    const older = await frameAt({ ...data, sessions: [{ ...long[1]!, mode: 'practice', updatedAt: '2027-01-02T08:00:00Z' }] }, []);
    expect(older).toContain('20261130-0945-url-shortener · hld14 · step 8 · 3 done · 2027-01-02 08:00');
  });

  test('in a terminal under 12 rows the frame stays shorter than the terminal, with the title and the footer', async () => {
    for (const rows of [6, 8, 10, 11, 12]) {
      const frame = await frameAt({ ...data, sessions }, [], 80, rows);
      const lines = frame.split('\n');
      expect(lines.length, `${rows} rows:\n${frame}`).toBeLessThanOrEqual(rows - 1);
      expect(lines[0], `${rows} rows:\n${frame}`).toContain('hld-dojo');
      expect(lines.at(-1)).toContain('↑↓ choose');
    }
  });
});
