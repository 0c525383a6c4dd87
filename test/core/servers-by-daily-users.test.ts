import { describe, expect, test } from 'vitest';
import { conventionsFromFlags } from '../../src/cli/convention-flags.js';
import { conventionsSchema } from '../../src/core/conventions-schema.js';
import { conventionFlagsText, DEFAULT_CONVENTIONS, describeConventions } from '../../src/core/conventions.js';
import { UsageError } from '../../src/core/errors.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { renderEstimateMarkdown } from '../../src/core/report/estimate-markdown.js';
import { estimateToJson } from '../../src/core/report/estimate-json.js';

/**
 * Issue 10's leftover: Educative's course counts servers as DAU / 8,000. A
 * user chooses that rule (`--servers dau`); the figure and the course it comes
 * from are a row of data/limits.yaml, so the output names the course and the
 * user can move the figure with --set like any other limit.
 */

const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'];
const BY_USERS = { ...DEFAULT_CONVENTIONS, servers: 'dau' as const };

describe('--servers dau counts servers as the course states it', () => {
  test.each(PROBLEMS)('%s: servers = ceil(dau / 8 K), with the working and the course named', (id) => {
    const report = runEstimate(loadProblemFile(`problems/${id}.yaml`), { conventions: BY_USERS });
    const dau = report.get('dau')!.value;
    const servers = report.get('servers')!;
    expect(servers.value).toBe(Math.ceil(dau / 8000));
    expect('formula' in servers && servers.formula).toBe('ceil(dau / limit_daily_users_per_server)');
    expect('showWork' in servers && servers.showWork).toMatch(/= ceil\(.+ \/ 8 K\) = /);
    const limit = report.limits.find((l) => l.key === 'limit_daily_users_per_server')!;
    expect(limit.display).toBe('8 K');
    expect(limit.source).toMatch(/^Educative, Grokking Modern System Design/);
    expect(limit.source).toContain('DAU / 8,000');
    expect(limit.source).not.toMatch(/\.ya?ml|\.txt|seeds|reference\//);
    expect(report.conventionLines.join('\n')).toContain('servers = daily active users / daily users one server serves');
    // The cost of compute follows the servers counted.
    const compute = report.costs.find((c) => c.key === 'cost_compute')!;
    expect(compute.showWork).toContain(servers.display);
  });

  test('the default counts servers from peak load as before, and lists no such limit', () => {
    const report = runEstimate(loadProblemFile('problems/url-shortener.yaml'), {});
    expect('formula' in report.get('servers')! && (report.get('servers') as { formula: string }).formula).toBe('ceil(peak_qps / server_capacity_qps)');
    expect(report.limits.some((l) => l.key === 'limit_daily_users_per_server')).toBe(false);
    expect(report.conventionLines.join('\n')).toContain('servers sized by peak requests a second');
  });

  test('the figure is the user\'s to change: --set limit_daily_users_per_server=10K', () => {
    const report = runEstimate(loadProblemFile('problems/twitter.yaml'), { conventions: BY_USERS, overrides: { limit_daily_users_per_server: '10K', dau: '250M' } });
    expect(report.get('servers')!.value).toBe(25_000);
    expect(report.limits.find((l) => l.key === 'limit_daily_users_per_server')!.changed).toBe(true);
  });

  test('markdown and JSON carry the rule and its source', () => {
    const report = runEstimate(loadProblemFile('problems/whatsapp.yaml'), { conventions: BY_USERS });
    const markdown = renderEstimateMarkdown(report);
    expect(markdown).toContain('servers = daily active users / daily users one server serves');
    expect(markdown).toContain('Educative, Grokking Modern System Design Interview');
    const json = JSON.stringify(estimateToJson(report));
    expect(json).toContain('ceil(dau / limit_daily_users_per_server)');
    expect(json).toContain('Educative, Grokking Modern System Design Interview');
  });
});

describe('the servers convention as a flag and in a session', () => {
  test('--servers dau and load are read; anything else is one line with what is accepted', () => {
    expect(conventionsFromFlags({ servers: 'dau' }).servers).toBe('dau');
    expect(conventionsFromFlags({ servers: ' LOAD ' }).servers).toBe('load');
    expect(() => conventionsFromFlags({ servers: 'daus' })).toThrow(UsageError);
    expect(() => conventionsFromFlags({ servers: 'daus' })).toThrow("--servers 'daus' is not accepted; use one of: load, dau; did you mean 'dau'?");
  });

  test('replay flags carry it, and a session saved before it existed reads as load', () => {
    expect(conventionFlagsText(BY_USERS)).toBe(' --servers dau');
    const old = conventionsSchema.parse({ secondsPerDay: 86_400, month: '30d', year: '365d', storage: 'decimal', bandwidth: 'bytes' });
    expect(old.servers).toBe('load');
    expect(describeConventions(old).at(-1)).toContain('peak requests');
  });
});
