import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { conventionsFromFlags } from '../../src/cli/convention-flags.js';
import { conventionsSchema } from '../../src/core/conventions-schema.js';
import { conventionFlagsText, DEFAULT_CONVENTIONS, describeConventions } from '../../src/core/conventions.js';
import { UsageError } from '../../src/core/errors.js';
import { limitTableSchema, userLimitTableSchema } from '../../src/core/limits/schema.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { renderEstimateMarkdown } from '../../src/core/report/estimate-markdown.js';
import { estimateToJson } from '../../src/core/report/estimate-json.js';
import { renderEstimateText } from '../../src/core/report/estimate-text.js';

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

/**
 * Under --servers dau only the total changed: Twitter's API servers (29) and
 * fan-out workers (19) were shown above a `servers` of 25 K they no longer add
 * up to. The problem's own count from peak load is kept, just above, as
 * servers_by_load (what the parts add up to); `servers` says it is the
 * course's rule, and the cost lines use it.
 */
describe('under --servers dau the count from peak load is shown beside the course\'s', () => {
  const labelOf = (report: ReturnType<typeof runEstimate>, key: string) => report.estimates.find((e) => e.key === key)?.label;

  test.each(PROBLEMS)('%s: servers_by_load is the default count, just above servers, and costs use servers', (id) => {
    const byLoad = runEstimate(loadProblemFile(`problems/${id}.yaml`), {});
    const report = runEstimate(loadProblemFile(`problems/${id}.yaml`), { conventions: BY_USERS });
    const keys = report.estimates.map((e) => e.key);
    expect(keys.indexOf('servers_by_load')).toBe(keys.indexOf('servers') - 1);
    expect(report.get('servers_by_load')!.value).toBe(byLoad.get('servers')!.value);
    expect(labelOf(report, 'servers_by_load')).toBe(`${labelOf(byLoad, 'servers')} from peak load (not costed)`);
    expect(labelOf(report, 'servers')).toBe("Servers by daily users (a course's rule of thumb)");
    for (const cost of report.costs) expect(cost.formula, cost.key).not.toContain('servers_by_load');
    expect(report.conventionLines.join('\n')).toContain('the cost lines use it, and the count from peak load is servers_by_load, shown beside it');
    // Under the default nothing is added.
    expect(byLoad.get('servers_by_load')).toBeUndefined();
  });

  test.each([
    ['twitter', ['api_servers', 'fanout_workers']],
    ['instagram', ['api_servers', 'fanout_workers']],
    ['whatsapp', ['chat_servers', 'router_servers']],
  ] as const)('%s: the sub-fleets add up to the line shown beside the total', (id, parts) => {
    const report = runEstimate(loadProblemFile(`problems/${id}.yaml`), { conventions: BY_USERS });
    const sum = parts.reduce((total, key) => total + report.get(key)!.value, 0);
    expect(report.get('servers_by_load')!.value).toBe(sum);
    expect(report.get('servers')!.value).toBe(Math.ceil(report.get('dau')!.value / 8000));
  });

  test('table, markdown and JSON show the same two lines', () => {
    const report = runEstimate(loadProblemFile('problems/twitter.yaml'), { conventions: BY_USERS });
    const text = renderEstimateText(report);
    expect(text).toMatch(/^ {2}servers_by_load +48 {2}= 29 \[timeline and tweet API servers\] \+ 19 \[fan-out workers\] = 48$/m);
    expect(text).toMatch(/^ {2}servers +25 K {2}= ceil\(200 M \/ 8 K\) = 25 K$/m);
    const markdown = renderEstimateMarkdown(report);
    expect(markdown).toContain('| Servers (API plus fan-out workers) from peak load (not costed) `servers_by_load` | 48 |');
    expect(markdown).toContain("| Servers by daily users (a course's rule of thumb) `servers` | 25\u00a0K |");
    const json = estimateToJson(report) as { estimates: { key: string; value: number; label: string }[] };
    expect(json.estimates.find((e) => e.key === 'servers_by_load')).toMatchObject({ value: 48, label: 'Servers (API plus fan-out workers) from peak load (not costed)' });
    expect(json.estimates.find((e) => e.key === 'servers')).toMatchObject({ value: 25_000, label: "Servers by daily users (a course's rule of thumb)" });
  });
});

/**
 * Under --servers dau the compute line kept the problem's label (Twitter's
 * 'API servers and fan-out workers') while it priced the 25 K servers of the
 * course's rule. It takes the servers line's label, wherever a label shows;
 * the problem's own label stays in its help, and the default is unchanged.
 */
describe('under --servers dau the compute line is labelled as the servers it prices', () => {
  const DAU_LABEL = "Servers by daily users (a course's rule of thumb)";
  const costOf = (report: ReturnType<typeof runEstimate>, key: string) => report.costs.find((c) => c.key === key)!;

  test.each(PROBLEMS)('%s: cost_compute takes the servers label, prices servers, and keeps the problem\'s label in its help', (id) => {
    const problem = loadProblemFile(`problems/${id}.yaml`);
    const ownLabel = problem.costs.find((c) => c.line === 'compute')!.label;
    const byLoad = runEstimate(problem, {});
    const report = runEstimate(problem, { conventions: BY_USERS });
    const compute = costOf(report, 'cost_compute');
    expect(compute.label).toBe(report.estimates.find((e) => e.key === 'servers')!.label);
    expect(compute.label).toBe(DAU_LABEL);
    expect(compute.value).toBe(report.get('servers')!.value * report.prices.find((p) => p.key === 'price_server')!.value);
    expect(compute.help).toContain(ownLabel);
    expect(compute.help).toContain('--servers dau');
    expect(report.total.showWork).toContain("[servers by daily users (a course's rule of thumb)]");
    expect(report.total.showWork).not.toContain(`[${ownLabel}]`);
    // The other cost lines and the default keep the problem's labels.
    expect(costOf(byLoad, 'cost_compute').label).toBe(ownLabel);
    for (const cost of report.costs.filter((c) => c.key !== 'cost_compute')) expect(cost.label, cost.key).toBe(costOf(byLoad, cost.key).label);
  });

  test('table, markdown and JSON show the label', () => {
    const report = runEstimate(loadProblemFile('problems/twitter.yaml'), { conventions: BY_USERS });
    expect(renderEstimateText(report)).not.toContain('API servers and fan-out workers');
    const markdown = renderEstimateMarkdown(report);
    expect(markdown).toContain(`| ${DAU_LABEL} \`cost_compute\` | $1.73\u00a0M/month |`);
    expect(markdown).not.toContain('[API servers and fan-out workers]');
    const json = estimateToJson(report) as { costs: { key: string; label: string }[] };
    expect(json.costs.find((c) => c.key === 'cost_compute')!.label).toBe(DAU_LABEL);
  });
});

/**
 * The course dates neither its pages nor the 8 K, and its row took the limits
 * table's date (the day the table was checked), which read as the course's.
 * The row says `as_of: undated`; every output shows it as undated.
 */
describe('an undated source shows as undated, not as the table\'s date', () => {
  const report = runEstimate(loadProblemFile('problems/twitter.yaml'), { conventions: BY_USERS });
  const row = report.limits.find((l) => l.key === 'limit_daily_users_per_server')!;

  test('the report, the table, markdown and JSON', () => {
    expect(row.asOf).toBeNull();
    expect(report.limitsAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const line = renderEstimateText(report).split('\n').find((l) => l.includes('limit_daily_users_per_server  '))!;
    expect(line).toMatch(/8,000 daily users \(undated\)$/);
    expect(line).not.toContain(report.limitsAsOf);
    const markdownRow = renderEstimateMarkdown(report).split('\n').find((l) => l.includes('`limit_daily_users_per_server` |'))!;
    expect(markdownRow).toMatch(/\| undated \|$/);
    const json = estimateToJson(report) as { limits: { key: string; as_of: string | null }[] };
    expect(json.limits.find((l) => l.key === 'limit_daily_users_per_server')!.as_of).toBeNull();
    // Dated rows keep their own dates.
    expect(json.limits.find((l) => l.key === 'limit_rdbms_primary_writes')!.as_of).toBe('2020');
  });

  test('every shipped limit row gives its own date or says undated, so none takes the table\'s', () => {
    const table = limitTableSchema.parse(parse(readFileSync('data/limits.yaml', 'utf8')));
    for (const limit of table.limits) expect(limit.as_of, limit.key).toMatch(/^(\d{4}(-\d{2}){0,2}|undated)$/);
  });

  test('a limits file may say undated; any other word is refused', () => {
    const row = { key: 'x', label: 'X', one: 'x', value: '1', unit: '1', source: 'a course', caveat: 'c' };
    expect(userLimitTableSchema.parse({ limits: [{ ...row, as_of: 'undated' }] }).limits[0]!.as_of).toBe('undated');
    for (const date of ['2025', '2025-06', '2025-06-30']) expect(userLimitTableSchema.parse({ limits: [{ ...row, as_of: date }] }).limits[0]!.as_of).toBe(date);
    const refused = userLimitTableSchema.safeParse({ limits: [{ ...row, as_of: 'someday' }] });
    expect(refused.error?.issues[0]?.message).toBe('a date written YYYY, YYYY-MM or YYYY-MM-DD, or undated when the source gives none');
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
