import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Output } from '../../src/cli/output.js';
import { createSession } from '../../src/core/session/store.js';
import { tempHome } from '../core/session/helpers.js';

let t: ReturnType<typeof tempHome>;
beforeEach(() => {
  t = tempHome();
});
afterEach(() => t.cleanup());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const output: Output = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) };
  const code = await runCli(args, output, t.env);
  return { code, out, err };
}

function makeSession(problem = 'url-shortener', notes: Record<string, string> = {}, done: string[] = []): string {
  const handle = createSession({ problem, framework: 'hld14', mode: 'practice' }, t.env);
  handle.update({ ...handle.session, notes, done });
  handle.close();
  return handle.session.id;
}

describe('hld sessions', () => {
  it('says how to start when there are none', async () => {
    const result = await run(['sessions']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/No saved sessions yet.*hld practice <problem>/);
  });

  it('lists id, problem, framework, mode, progress and last update; --json has the same', async () => {
    const id = makeSession('url-shortener', { 'clarify-requirements': 'x' }, ['clarify-requirements', 'flow-and-actors']);
    const result = await run(['sessions']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/ID\s+PROBLEM\s+FRAMEWORK\s+MODE\s+PROGRESS\s+LAST SAVED/);
    expect(result.out).toMatch(new RegExp(`${id}\\s+url-shortener\\s+hld14\\s+practice\\s+2/14 done\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d`));
    const json = JSON.parse((await run(['sessions', '--json'])).out);
    expect(json.sessions[0]).toMatchObject({ id, problem: 'url-shortener', framework: 'hld14', mode: 'practice', done: 2, steps: 14, noted: 1 });
    expect(json.damaged).toEqual([]);
  });

  it('names a damaged file on stderr and lists the rest', async () => {
    const id = makeSession();
    writeFileSync(join(t.sessions, 'zz.yaml'), '{{{');
    const result = await run(['sessions', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).sessions.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(result.err).toMatch(/zz\.yaml is damaged .*moved aside to .*zz\.yaml\.damaged-/);
  });
});

describe('hld export', () => {
  it('writes the latest session to a file and refuses to overwrite it without --force', async () => {
    makeSession('twitter');
    const id = makeSession('url-shortener', { 'clarify-requirements': 'Use a Redis cache.' });
    const file = join(t.home, 'doc.md');
    const first = await run(['export', '-o', file]);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Wrote the design doc of ${id} to ${file}`);
    const doc = readFileSync(file, 'utf8');
    expect(doc).toContain('Use a Redis cache.');
    expect(doc).toContain('```mermaid');

    writeFileSync(file, 'mine');
    const again = await run(['export', id, '-o', file]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/doc\.md already exists; use --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await run(['export', id, '-o', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(doc); // the same session always gives the same doc
  });

  it('refuses a folder as the file to write, with the file name to give instead, --force or not', async () => {
    const id = makeSession('url-shortener', { 'clarify-requirements': 'Use a Redis cache.' });
    for (const force of [[], ['--force']]) {
      const result = await run(['export', id, '-o', t.home, ...force]);
      expect(result.code).toBe(1);
      expect(result.err).toContain(`${t.home} is a folder; give the doc a file name, as -o ${join(t.home, 'design.md')}`);
    }
  });

  it('- writes to stdout; --template uses the user template', async () => {
    const id = makeSession('url-shortener', { 'clarify-requirements': 'The service is read-heavy.' });
    const stdout = await run(['export', id, '-o', '-']);
    expect(stdout.code).toBe(0);
    expect(stdout.out).toMatch(/^# Design a URL shortener.*\n\n> /);
    const template = join(t.home, 'mine.md');
    writeFileSync(template, '# {{title}}\n\n{{key_points}}\n');
    const custom = await run(['export', id, '-o', '-', '--template', template]);
    expect(custom.out).toMatch(/^# .*\n\nYour notes earn 1 of \d+ key points\./);
    writeFileSync(template, '{{nope}}');
    const bad = await run(['export', id, '-o', '-', '--template', template]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/mine\.md: unknown placeholder \{\{nope\}\}/);
    const missing = await run(['export', id, '-o', '-', '--template', join(t.home, 'none.md')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--template .*none\.md: no such file/);
  });

  it('--print-template prints the default template, which renders as is', async () => {
    const id = makeSession();
    const printed = await run(['export', '--print-template']);
    expect(printed.code).toBe(0);
    expect(printed.out).toMatch(/^<!--\nhld-dojo design-doc template/);
    const template = join(t.home, 'copy.md');
    writeFileSync(template, printed.out);
    const viaCopy = await run(['export', id, '-o', '-', '--template', template]);
    expect(viaCopy.out).toBe((await run(['export', id, '-o', '-'])).out);
  });

  it('an unknown id suggests the nearest', async () => {
    const id = makeSession();
    const result = await run(['export', `${id}x`, '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`did you mean '${id}'`);
  });
});

describe('hld resume without a terminal', () => {
  it('checks the id first, then points at --plain and export', async () => {
    const id = makeSession();
    const typo = await run(['resume', `${id}x`]);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain(`did you mean '${id}'`);
    const noTty = await run(['resume']);
    expect(noTty.code).toBe(2);
    expect(noTty.err).toContain(`hld resume needs an interactive terminal; continue with \`hld resume ${id} --plain\`, or read the session with \`hld export ${id} -o -\``);
    // Nothing was locked on the way.
    expect(existsSync(join(t.sessions, `${id}.yaml.lock`))).toBe(false);
  });

  it('with no sessions says how to start one', async () => {
    const result = await run(['resume']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no saved sessions .*hld practice <problem>/);
  });
});

describe('hld delete', () => {
  it('without a terminal and without --yes, refuses and names --yes', async () => {
    const id = makeSession();
    const result = await run(['delete', id]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/add --yes/);
    expect(existsSync(join(t.sessions, `${id}.yaml`))).toBe(true);
  });

  it('--yes deletes; an open session is refused', async () => {
    const id = makeSession();
    const open = createSession({ problem: 'uber', framework: 'hld14', mode: 'practice' }, t.env);
    const refused = await run(['delete', open.session.id, '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already open/);
    open.close();
    const result = await run(['delete', id, '--yes']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Deleted session ${id}.`);
    expect(existsSync(join(t.sessions, `${id}.yaml`))).toBe(false);
  });

  it('needs an id', async () => {
    const result = await run(['delete']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/missing <id>/);
  });
});

describe('hld report', () => {
  it('prints the latest session report with the score by dimension and every key point', async () => {
    makeSession('url-shortener', {
      'clarify-requirements': 'Clicks far outnumber creations, about a hundred redirects for every new link.',
      'capacity-estimation': 'Redirects come to about 19K per second on average.',
    });
    const result = await run(['report']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Practice: Design a URL shortener .* Score \d+\/100 suggested, not reviewed yet/);
    expect(result.out).toContain('Score by dimension');
    expect(result.out).toMatch(/\+ Traffic is heavily read-dominated[\s\S]*evidence \(Clarify requirements\): "Clicks far outnumber creations/);
    expect(result.out).toMatch(/you wrote 19K per second; at your assumptions redirects per second is 19\.3 K\/s \(within 3x\)/);
  });

  it('--json has score, reviewed_score, every dimension and every key point with verdict and evidence', async () => {
    const id = makeSession('twitter', { 'data-model': 'We do not need Snowflake IDs.' });
    const result = await run(['report', id, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json).toMatchObject({ session: id, problem: 'twitter', reviewed_score: null, ended_early: false });
    expect(json.score).toBeGreaterThanOrEqual(0);
    expect(json.dimensions.map((d: { id: string }) => d.id)).toEqual(['requirements', 'estimation', 'api_data', 'architecture', 'deep_dives', 'failures', 'pacing']);
    const sortable = json.key_points.find((p: { id: string }) => p.id === 'sortable_ids');
    expect(sortable).toMatchObject({ verdict: 'missed', reason: 'only in a sentence that turns it down', evidence: { step: 'data-model', sentences: ['We do not need Snowflake IDs.'] } });
  });

  it('names an unknown session and suggests the nearest', async () => {
    const id = makeSession();
    const result = await run(['report', `${id}x`]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no session .*did you mean/i);
  });

  it('only reads: a damaged session file is reported and left where it is, and the latest readable session is reported', async () => {
    const id = makeSession('url-shortener', { 'clarify-requirements': 'Redirects far outnumber new links.' });
    const file = join(t.sessions, '20991231-2359-broken.yaml');
    writeFileSync(file, 'id: 20991231-2359-broken\nproblem: [unclosed\n');
    const damaged = await run(['report', '20991231-2359-broken']);
    expect(damaged.code).not.toBe(0);
    expect(damaged.err).toMatch(/session file .*20991231-2359-broken\.yaml is damaged .*hld report only reads, so it is left as it is/);
    expect(existsSync(file)).toBe(true);
    const latest = await run(['report', '--json']);
    expect(latest.code).toBe(0);
    expect(JSON.parse(latest.out).session).toBe(id);
    expect(existsSync(file)).toBe(true);
  });
});

describe('a mock that is still running keeps the reference sealed', () => {
  function makeMock(finished: boolean): string {
    const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'mock', mockMinutes: 45 }, t.env);
    const clock = handle.session.mock!;
    handle.update({
      ...handle.session,
      notes: { 'clarify-requirements': 'Reads far outnumber writes.' },
      mock: { ...clock, elapsed_seconds: 61, finished },
    });
    handle.close();
    return handle.session.id;
  }

  it('hld report and hld export refuse it, say why and how to finish it; nothing of the reference is printed or written', async () => {
    const id = makeMock(false);
    const file = join(t.home, 'doc.md');
    for (const args of [['report'], ['report', id, '--json'], ['export', id, '-o', '-'], ['export', id, '-o', file]]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.out).toBe('');
      expect(result.err).toBe(
        `hld ${args[0]}: mock ${id} is still running (43:59 left), and ${args[0] === 'report' ? 'its report' : 'its design doc'} holds the reference design; it opens when the mock ends. Finish it with: hld mock --resume ${id} (Ctrl+X twice ends it early)\n`,
      );
    }
    expect(existsSync(file)).toBe(false);
    // Without a terminal, resume does not point at the export that would show it.
    for (const args of [['resume', id], ['mock', '--resume', id]]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.err).toContain(`mock ${id} is still running, and only its screen keeps the reference hidden`);
      expect(result.err).not.toContain('hld export');
    }
  });

  it('once the mock is over, both work', async () => {
    const id = makeMock(true);
    const report = await run(['report', id]);
    expect(report.code).toBe(0);
    expect(report.out).toMatch(/^Mock: Design Twitter/);
    expect(report.out).toContain('Your architecture beside the reference');
    expect((await run(['export', id, '-o', '-'])).code).toBe(0);
    expect((await run(['resume', id])).err).toContain(`hld export ${id} -o -`);
  });
});
