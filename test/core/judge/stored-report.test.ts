import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newMockClock } from '../../../src/core/mock/clock.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import type { Session } from '../../../src/core/session/schema.js';
import { forgetStoredReport, judgedReport, reportsDir } from '../../../src/core/judge/stored-report.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { mockSession } from '../mock/session-fixture.js';

const shortener = loadProblem('url-shortener');
const hld14 = loadFramework('hld14');
const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

/** An hld home as a user has one: it exists, with its sessions folder. */
function home(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'hld-kept-'));
  homes.push(dir);
  mkdirSync(join(dir, 'sessions'));
  return { HLD_HOME: dir };
}

const answer = {
  'clarify-requirements': 'Functional: shorten a long URL and redirect to it.',
  'capacity-estimation': 'Redirects come to about 19K per second on average.',
};
const practice = (patch: Partial<Session> = {}): Session => ({ ...mockSession(45, { problem: 'url-shortener', notes: answer }), mode: 'practice', mock: undefined, ...patch }) as Session;
const finishedMock = (patch: Partial<Session> = {}): Session =>
  ({ ...mockSession(45, { problem: 'url-shortener', notes: answer, mock: { ...newMockClock(45), elapsed_seconds: 45 * 60, finished: true } }), ...patch }) as Session;
const keptFile = (env: NodeJS.ProcessEnv, session: Session) => join(reportsDir(env), `${session.id}.json`);

describe('a report is judged once and kept (issue 12: export and report without the language model)', () => {
  it('judges a session the first time, then shows the kept report, the same one', async () => {
    const env = home();
    const first = await judgedReport(practice(), shortener, hld14, { env });
    expect(first.judgedNow).toBe(true);
    expect(first.unstored).toBeUndefined();
    expect(first.report.keyPoints.find((p) => p.id === 'redirect_rate')!.earned).toBe(true);
    const again = await judgedReport(practice(), shortener, hld14, { env });
    expect(again.judgedNow).toBe(false);
    expect(again.report).toEqual(first.report);
  });

  it('judges again when the notes, the assumptions or the problem change, and when only the save time changes it does not', async () => {
    const env = home();
    await judgedReport(practice(), shortener, hld14, { env });
    expect((await judgedReport(practice({ updated_at: '2030-01-01T00:00:00.000Z' }), shortener, hld14, { env })).judgedNow).toBe(false);
    const edited = await judgedReport(practice({ notes: { ...answer, 'capacity-estimation': 'Redirects: about 2 per second.' } }), shortener, hld14, { env });
    expect(edited.judgedNow).toBe(true);
    expect(edited.report.keyPoints.find((p) => p.id === 'redirect_rate')!.earned).toBe(false);
    expect((await judgedReport(practice({ overrides: { read_write_ratio: '1000' } }), shortener, hld14, { env })).judgedNow).toBe(true);
    const reworded = { ...shortener, key_points: shortener.key_points.map((p) => ({ ...p, why: `${p.why} (reworded)` })) };
    expect((await judgedReport(practice(), reworded, hld14, { env })).judgedNow).toBe(true);
  });

  it("applies the candidate's review to the kept report, so a review saved later shows without judging again", async () => {
    const env = home();
    const { report } = await judgedReport(finishedMock(), shortener, hld14, { env });
    const missed = report.keyPoints.find((p) => !p.earned)!;
    const reviewed = await judgedReport(finishedMock({ review: { verdicts: { [missed.id]: 'overrule' }, reviewed_at: '2026-11-30T10:00:00.000Z' } }), shortener, hld14, { env });
    expect(reviewed.judgedNow).toBe(false);
    expect(reviewed.report.score).toBe(report.score);
    expect(reviewed.report.reviewedScore).toBeGreaterThan(report.score);
    expect(reviewed.report.keyPoints.find((p) => p.id === missed.id)!.reviewedEarned).toBe(true);
  });

  it('keeps a finished mock as judged when it ended, even if the problem is judged differently since', async () => {
    const env = home();
    const ended = await judgedReport(finishedMock(), shortener, hld14, { env });
    const reworded = { ...shortener, key_points: shortener.key_points.map((p) => ({ ...p, why: `${p.why} (reworded)` })) };
    const later = await judgedReport(finishedMock(), reworded, hld14, { env });
    expect(later.judgedNow).toBe(false);
    expect(later.report).toEqual(ended.report);
  });

  it('judges again, and rewrites the file, when the kept report is cut short, edited or not JSON', async () => {
    const env = home();
    const { report } = await judgedReport(practice(), shortener, hld14, { env });
    const file = keptFile(env, practice());
    const text = readFileSync(file, 'utf8');
    for (const damaged of [text.slice(0, text.length / 2), text.replace(`"score":${report.score}`, '"score":100'), 'not json', '']) {
      writeFileSync(file, damaged);
      const again = await judgedReport(practice(), shortener, hld14, { env });
      expect(again.judgedNow).toBe(true);
      expect(again.report).toEqual(report);
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('never waits on a named pipe put where the report is kept: it judges, and keeps the report in its place', async () => {
    const env = home();
    mkdirSync(reportsDir(env));
    execFileSync('mkfifo', [keptFile(env, practice())]);
    const judged = await judgedReport(practice(), shortener, hld14, { env });
    expect(judged.judgedNow).toBe(true);
    expect(judged.report.keyPoints.length).toBe(shortener.key_points.length);
    expect(statSync(keptFile(env, practice())).isFile()).toBe(true);
  });

  it('still gives the report when it cannot be kept, with one line saying so', async () => {
    const env = home();
    writeFileSync(reportsDir(env), 'a file where the folder would go');
    const judged = await judgedReport(practice(), shortener, hld14, { env });
    expect(judged.report.keyPoints.length).toBe(shortener.key_points.length);
    expect(judged.unstored).toMatch(/^could not keep the report in .*reports \(.*\); the next report judges the notes again$/);
    expect(judged.unstored).not.toContain('\n');
  });

  it('does not create an hld home that does not exist (a report of a session read from elsewhere)', async () => {
    const env = { HLD_HOME: join(tmpdir(), `hld-no-home-${process.pid}`) };
    const judged = await judgedReport(practice(), shortener, hld14, { env });
    expect(judged.unstored).toMatch(/^could not keep the report/);
    expect(existsSync(env.HLD_HOME)).toBe(false);
  });

  it('forgets the kept report of a deleted session', async () => {
    const env = home();
    await judgedReport(practice(), shortener, hld14, { env });
    expect(existsSync(keptFile(env, practice()))).toBe(true);
    forgetStoredReport(practice().id, env);
    expect(existsSync(keptFile(env, practice()))).toBe(false);
    forgetStoredReport(practice().id, env);
  });
});
