import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runFlow } from '../../src/cli/flow.js';
import type { Output } from '../../src/cli/output.js';
import { readHistory } from '../../src/core/history/store.js';
import { loadProblem } from '../../src/core/problem/load.js';
import type { SessionStore } from '../../src/core/session/session-store.js';
import { createSession, loadSession } from '../../src/core/session/store.js';
import { loadFramework } from '../../src/core/template/load.js';
import type { PracticeOutcome } from '../../src/ui/practice/show-practice.js';
import type { ReviewResult } from '../../src/ui/review/show-review.js';
import { applyReview, type SessionReport } from '../../src/core/judge/report.js';
import { tempHome } from '../core/session/helpers.js';

/**
 * The order of the screens without a terminal: each screen (a leaf) is
 * replaced by a script that does what a user would and resolves as the real
 * one does. What is checked is the flow's part: which screen comes next,
 * the session opened and closed, the mock recorded, what is said.
 */
const screens = vi.hoisted(() => ({
  shown: [] as string[],
  home: undefined as unknown,
  practice: (_store: SessionStore): PracticeOutcome => ({ kind: 'quit' }),
  review: (_report: SessionReport): ReviewResult => ({ kind: 'later' }),
  /** The text of the last report shown. */
  reportText: '',
}));

vi.mock('../../src/ui/home/show-home.js', () => ({
  showHome: async () => {
    screens.shown.push('home');
    return screens.home;
  },
}));
vi.mock('../../src/ui/practice/show-practice.js', () => ({
  showPractice: async ({ store }: { store: SessionStore }) => {
    screens.shown.push(`practice:${store.session.mode}`);
    return screens.practice(store);
  },
}));
vi.mock('../../src/ui/mock/show-judging.js', () => ({
  showJudging: async (_title: string, work: () => Promise<unknown>) => {
    screens.shown.push('judging');
    return { value: await work() };
  },
}));
vi.mock('../../src/ui/review/show-review.js', () => ({
  showReview: async (report: SessionReport) => {
    screens.shown.push('review');
    return screens.review(report);
  },
}));
vi.mock('../../src/ui/mock/show-report.js', () => ({
  showReport: async (title: string, text: string) => {
    screens.shown.push(`report:${title}`);
    screens.reportText = text;
  },
}));

let t: ReturnType<typeof tempHome>;
let said: { out: string[]; err: string[] };
let output: Output;
beforeEach(() => {
  t = tempHome();
  screens.shown = [];
  screens.home = undefined;
  screens.practice = () => ({ kind: 'quit' });
  screens.review = () => ({ kind: 'later' });
  screens.reportText = '';
  said = { out: [], err: [] };
  output = { out: (text) => void said.out.push(text), err: (text) => void said.err.push(text) };
});
afterEach(() => {
  vi.unstubAllEnvs();
  t.cleanup();
});

const problem = () => loadProblem('url-shortener');
const framework = () => loadFramework('hld14');
/** A practice screen that types into the notes, then closes as `outcome`. */
const typing = (text: string, outcome: PracticeOutcome) => (store: SessionStore) => {
  store.update((s) => ({ ...s, notes: { ...s.notes, 'clarify-requirements': text } }));
  return outcome;
};

describe('the flow', () => {
  it('practice: the screen, then the session closed and "saved"', async () => {
    screens.practice = typing('kept', { kind: 'quit' });
    expect(await runFlow({ kind: 'practice', problem: problem(), framework: framework() }, { env: t.env, output })).toBe(0);
    expect(screens.shown).toEqual(['practice:practice']);
    const [id] = readdirSync(t.sessions).map((f) => f.replace(/\.yaml$/, ''));
    expect(said.out).toEqual([`Saved session ${id}. Continue it with: hld resume ${id}`]);
    expect((await loadSession(id, t.env)).notes).toEqual({ 'clarify-requirements': 'kept' });
    expect(readdirSync(t.sessions).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });

  it('home: nothing chosen ends quietly; a choice goes on to the practice screen', async () => {
    expect(await runFlow({ kind: 'home' }, { env: t.env, output })).toBe(0);
    expect(screens.shown).toEqual(['home']);
    expect(said).toEqual({ out: [], err: [] });

    screens.home = { kind: 'new', problem: 'twitter', framework: 'reshaded' };
    await runFlow({ kind: 'home' }, { env: t.env, output });
    expect(screens.shown).toEqual(['home', 'home', 'practice:practice']);
    expect(said.out[0]).toMatch(/^Saved session \S+-twitter\./);
  });

  /** A mock screen whose time runs out in this sitting. */
  const timeUp = (store: SessionStore): PracticeOutcome => {
    store.update((s) => ({ ...s, notes: { ...s.notes, 'clarify-requirements': 'Redirects far outnumber new links, so the service is read-heavy.' }, mock: { ...s.mock!, elapsed_seconds: 60, finished: true } }));
    return { kind: 'time-up' };
  };

  it('a mock left early is saved for later; time up goes on to judging, the review and the report, recorded once', async () => {
    screens.practice = typing('cache the redirects', { kind: 'quit' });
    await runFlow({ kind: 'mock', problem: problem(), framework: framework(), minutes: 1 }, { env: t.env, output });
    expect(said.out[0]).toMatch(/^Mock (\S+) stopped with 1:00 left\. Continue it with: hld mock --resume \1$/);
    const id = /^Mock (\S+)/.exec(said.out[0]!)![1]!;

    screens.practice = timeUp;
    await runFlow({ kind: 'resume', id, only: 'mock' }, { env: t.env, output });
    expect(screens.shown).toEqual(['practice:mock', 'practice:mock', 'judging', 'review', expect.stringMatching(/^report:Mock report · \d+\/100 suggested · not reviewed · /)]);
    expect(said.out[1]).toMatch(new RegExp(`^Mock ${id}: \\d+/100 suggested, recorded in your history \\(hld history\\)\\. Review its verdicts with: hld mock --resume ${id}\\.`));
    expect(readHistory(t.env).entries).toHaveLength(1);
    expect((await loadSession(id, t.env)).review).toBeUndefined();

    // Over already: `hld mock --resume` judges it again, offers the review it still lacks, shows the report (not recorded twice); `hld resume` opens the notes.
    screens.shown = [];
    await runFlow({ kind: 'resume', id, only: 'mock' }, { env: t.env, output });
    expect(screens.shown).toEqual(['judging', 'review', expect.stringMatching(/^report:/)]);
    expect(readHistory(t.env).entries).toHaveLength(1);
    // `hld resume` opens it read-only: the store refuses a change to its answer, and the last line says where its report is.
    screens.practice = (store) => {
      expect(() => store.update((s) => ({ ...s, notes: { ...s.notes, 'clarify-requirements': 'added after the mock' } }))).toThrow(/is over and judged/);
      return { kind: 'quit' };
    };
    await runFlow({ kind: 'resume', id }, { env: t.env, output });
    expect(screens.shown.at(-1)).toBe('practice:mock');
    expect(said.out.at(-1)).toBe(`Mock ${id} is over (read-only). See its report and review it with: hld mock --resume ${id}`);
    expect((await loadSession(id, t.env)).notes['clarify-requirements']).not.toContain('added after the mock');
    // --plain refuses to add to it, in one line naming the report and a fresh practice.
    await expect(runFlow({ kind: 'resume', id, plain: true }, { env: t.env, output })).rejects.toThrow(
      new RegExp(`^hld resume --plain: mock ${id} is over and judged, so its answer can no longer change; see its report \\(and review it\\) with: hld mock --resume ${id}, or practise the problem again with: hld practice url-shortener$`),
    );
  });

  it('the review: choices saved in the session, both scores in the history, the report and the last line; not offered again', async () => {
    screens.practice = timeUp;
    let judged: SessionReport | undefined;
    let choices: Record<string, 'accept' | 'overrule'> = {};
    screens.review = (report) => {
      judged = report;
      // Overrule the first verdict, accept the rest.
      choices = Object.fromEntries(report.keyPoints.map((p, i) => [p.id, i === 0 ? 'overrule' : 'accept']));
      return { kind: 'reviewed', choices };
    };
    await runFlow({ kind: 'mock', problem: problem(), framework: framework(), minutes: 1 }, { env: t.env, output });
    const id = judged!.sessionId;
    const reviewed = applyReview(judged!, choices).reviewedScore!;
    expect(reviewed).not.toBe(judged!.score);

    expect((await loadSession(id, t.env)).review?.verdicts).toEqual(choices);
    const [entry] = readHistory(t.env).entries;
    expect(entry).toMatchObject({ kind: 'mock', session: id, score: judged!.score, reviewed_score: reviewed, ended_early: false });
    expect(screens.shown.at(-1)).toBe(`report:Mock report · ${judged!.score}/100 suggested · ${reviewed}/100 reviewed · ${problem().title}`);
    expect(screens.reportText).toContain(`Score ${judged!.score}/100 suggested, reviewed ${reviewed}/100`);
    expect(said.out.at(-1)).toBe(`Mock ${id}: ${judged!.score}/100 suggested, ${reviewed}/100 after your review; both recorded in your history (hld history). Export it with: hld export ${id}`);

    // Reviewed once: the report opens again without the review, with both scores.
    screens.shown = [];
    await runFlow({ kind: 'resume', id, only: 'mock' }, { env: t.env, output });
    expect(screens.shown).toEqual(['judging', `report:Mock report · ${judged!.score}/100 suggested · ${reviewed}/100 reviewed · ${problem().title}`]);
    expect(readHistory(t.env).entries).toHaveLength(1);
  });

  it('a signal during the review saves no review and says how to come back to it', async () => {
    screens.practice = timeUp;
    screens.review = () => ({ kind: 'signal', signal: 'SIGTERM' });
    await runFlow({ kind: 'mock', problem: problem(), framework: framework(), minutes: 1 }, { env: t.env, output });
    const [id] = readdirSync(t.sessions).map((f) => f.replace(/\.yaml$/, ''));
    expect(screens.shown.at(-1)).toBe('review');
    expect(said.out).toEqual([`Mock ${id} is over. See its report (and review it) with: hld mock --resume ${id}`]);
    expect((await loadSession(id, t.env)).review).toBeUndefined();
  });

  it('a practice session is refused as a mock, and no lock is left behind', async () => {
    const store = createSession({ problem: 'url-shortener', framework: 'hld14', mode: 'practice' }, t.env);
    store.close();
    await expect(runFlow({ kind: 'resume', id: store.id, only: 'mock' }, { env: t.env, output })).rejects.toThrow(/is a practice session, not a mock/);
    expect(screens.shown).toEqual([]);
    expect(readdirSync(t.sessions).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });

  it('a session that cannot be saved at the end: no "saved", the rescue copy named on stderr, exit 1', async () => {
    screens.practice = (store: SessionStore): PracticeOutcome => {
      rmSync(t.sessions, { recursive: true, force: true });
      store.update((s) => ({ ...s, notes: { 'clarify-requirements': 'only in the rescue copy' } }));
      return { kind: 'quit' };
    };
    // The rescue copy goes to the temporary folder: this test's own.
    vi.stubEnv('TMPDIR', t.home);
    expect(await runFlow({ kind: 'practice', problem: problem(), framework: framework() }, { env: t.env, output })).toBe(1);
    expect(said.out).toEqual([]);
    expect(said.err).toHaveLength(1);
    const copy = /your work is kept in (\S+\.yaml)\./.exec(said.err[0]!)?.[1];
    expect(said.err[0]).toMatch(/^hld: could not save session \S+ to \S+: the sessions folder is gone \(ENOENT\); your work is kept in /);
    expect(copy!.startsWith(t.home)).toBe(true);
    expect(readFileSync(copy!, 'utf8')).toContain('only in the rescue copy');
  });
});
