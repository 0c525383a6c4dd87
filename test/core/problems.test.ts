import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/core/data-file.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { compileGroups } from '../../src/core/judge/concepts.js';
import { loadLanguage } from '../../src/core/judge/nlp.js';
import { sampleFailures } from '../../src/core/judge/samples.js';
import { COMPONENT_KINDS, problemSchema, STANDARD_ESTIMATES } from '../../src/core/problem/schema.js';

/** The same checks for every shipped problem; a new problems/*.yaml is covered the day it lands. */
const IDS = readdirSync('problems')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

it('ships the six problems', () => {
  expect(IDS).toEqual(expect.arrayContaining(['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram']));
});

describe.each(IDS)('problems/%s.yaml', (id) => {
  const problem = readDataFile(`problems/${id}.yaml`, problemSchema);
  const report = runEstimate(problem);
  const value = (key: string) => report.get(key)?.value ?? Number.NaN;

  it('validates against the problem schema and matches its file name', () => {
    expect(problem.id).toBe(id);
  });

  it('gives the candidate enough material in every section', () => {
    expect(problem.requirements.functional.length).toBeGreaterThanOrEqual(3);
    expect(problem.requirements.non_functional.length).toBeGreaterThanOrEqual(3);
    expect(problem.apis.length).toBeGreaterThanOrEqual(3);
    expect(problem.key_points.length).toBeGreaterThanOrEqual(8);
    expect(problem.deep_dives.length).toBeGreaterThanOrEqual(3);
    expect(problem.trade_offs.length).toBeGreaterThanOrEqual(3);
    expect(problem.failure_modes.length).toBeGreaterThanOrEqual(4);
    expect(problem.references.length).toBeGreaterThanOrEqual(2);
  });

  it('says where every assumption default comes from and keeps fractions in range', () => {
    for (const a of problem.assumptions) {
      expect(a.source.length, a.key).toBeGreaterThan(10);
      if (a.key.endsWith('_fraction') || a.key.endsWith('_overhead')) expect(a.max, a.key).toBe(1);
    }
  });

  it('shares the common assumption keys with the other problems', () => {
    const keys = new Set(problem.assumptions.map((a) => a.key));
    for (const shared of ['mau', 'daily_active_fraction', 'peak_factor', 'retention', 'replication_factor', 'metadata_overhead', 'index_overhead', 'cache_hot_fraction', 'server_capacity_qps']) {
      expect(keys.has(shared), shared).toBe(true);
    }
  });

  it('feeds every assumption into at least one formula, directly or through another assumption', () => {
    const formulas = [...problem.estimates.map((e) => e.formula), ...problem.costs.map((c) => c.formula)].join(' ');
    const used = new Set(formulas.match(/[a-z][a-z0-9_]*/g) ?? []);
    // An assumption whose default is an expression (dau = mau * daily_active_fraction) passes its inputs on.
    const defaults = new Map(problem.assumptions.map((a) => [a.key, String(a.value)]));
    const pending = [...used];
    while (pending.length) {
      for (const name of defaults.get(pending.pop()!)?.match(/[a-z][a-z0-9_]*/g) ?? []) {
        if (!used.has(name)) {
          used.add(name);
          pending.push(name);
        }
      }
    }
    for (const a of problem.assumptions) expect(used.has(a.key), `${a.key} is never used`).toBe(true);
  });

  it('has dau as an assumption that defaults to mau x daily share, and the standard outputs total_qps and storage_per_month', () => {
    expect(problem.assumptions.find((a) => a.key === 'dau')?.value).toBe('mau * daily_active_fraction');
    expect(problem.estimates.some((e) => e.key === 'dau')).toBe(false);
    expect(value('total_qps')).toBeCloseTo(value('read_qps') + value('write_qps'), 6);
    expect(value('storage_per_month')).toBeCloseTo(value('storage_per_day') * 30, 0);
  });

  it('uses only known component kinds and connects every component', () => {
    const connected = new Set(problem.architecture.connections.flatMap((c) => [c.from, c.to]));
    for (const c of problem.architecture.components) {
      expect(COMPONENT_KINDS).toContain(c.kind);
      expect(connected.has(c.id), `${c.id} has no connection`).toBe(true);
    }
  });

  it('has key points whose own sample sentences judge as the point says (valid earn it, invalid do not)', async () => {
    for (const point of problem.key_points) expect(compileGroups(problem, point).length, point.id).toBeGreaterThan(0);
    const failures = sampleFailures(problem, await loadLanguage(), report);
    expect(failures.map((f) => `${f.point}: expected ${f.expected}: ${f.sample} (${f.verdict.miss ?? 'earned'})`)).toEqual([]);
  });

  it('has key points in every dimension an interviewer scores, with hints that do not give the point away', () => {
    const dimensions = new Set(problem.key_points.map((p) => p.dimension));
    for (const d of ['estimation', 'api_data', 'architecture', 'deep_dives', 'failures'] as const) expect(dimensions.has(d), d).toBe(true);
    for (const point of problem.key_points) {
      for (const hint of [point.hint.ask, point.hint.nudge]) expect(hint.toLowerCase(), point.id).not.toContain(point.point.toLowerCase().slice(0, 40));
    }
  });

  it('describes the problem in its summary, not the solution', () => {
    const summary = problem.summary.toLowerCase();
    for (const giveaway of ['fan-out on write', 'precompute', 'geohash', 'quadtree', 'key generation', 'kafka', 'redis', 'cassandra', 'pull ', 'push ', 'cdn'])
      expect(summary, giveaway).not.toContain(giveaway);
  });

  it('evaluates its defaults to finite, positive standard estimates and non-negative cost lines', () => {
    for (const key of STANDARD_ESTIMATES) {
      expect(Number.isFinite(value(key)) && value(key) > 0, `${key} = ${value(key)}`).toBe(true);
    }
    for (const line of report.costs) expect(line.value, line.key).toBeGreaterThanOrEqual(0);
  });

  it('keeps the standard relations: peak = (reads + writes) x peak factor, total = per day x retention', () => {
    expect(value('peak_qps')).toBeGreaterThanOrEqual((value('read_qps') + value('write_qps')) * 0.999);
    // storage_per_day is in B/day and retention in years: 365-day years under the default conventions.
    expect(value('storage_total') / (value('storage_per_day') * 365 * value('retention'))).toBeCloseTo(1, 6);
  });
});

/** Orders of magnitude the defaults must land in: [key, at least, at most] in the declared unit. */
const SANE: Record<string, [string, number, number][]> = {
  'url-shortener': [
    ['write_qps', 50, 2_000],
    ['read_qps', 5_000, 200_000],
    ['storage_total', 1e12, 1e15],
    ['cache_memory', 10e9, 1e12],
    ['servers', 2, 100],
    ['short_code_length', 6, 8],
    ['cost_total', 1e3, 1e6],
  ],
  twitter: [
    ['dau', 1e8, 1e9],
    ['read_qps', 1e3, 1e6],
    ['fanout_deliveries_per_second', 1e4, 1e7],
    ['egress_bandwidth', 1e9, 1e11],
    ['storage_total', 1e15, 1e18],
    ['timeline_cache_memory', 1e12, 1e14],
    ['servers', 10, 10_000],
    ['cost_total', 1e5, 1e8],
  ],
  whatsapp: [
    ['write_qps', 5e5, 5e6],
    ['concurrent_connections', 1e8, 2e9],
    ['servers', 1_000, 100_000],
    ['ingress_bandwidth', 1e9, 1e11],
    ['storage_total', 1e15, 1e17],
    ['heartbeats_per_second', 1e6, 1e8],
    ['cost_total', 1e5, 1e8],
  ],
  uber: [
    ['dau', 1e6, 1e8],
    ['concurrent_drivers', 1e5, 1e7],
    ['location_updates_per_second', 1e4, 1e7],
    ['geo_index_memory', 1e6, 1e11],
    ['peak_qps', 1e4, 1e7],
    ['storage_total', 1e12, 1e17],
    ['servers', 10, 1e5],
    ['cost_total', 1e4, 1e8],
  ],
  netflix: [
    ['dau', 1e7, 1e9],
    ['concurrent_streams', 1e6, 1e8],
    // Tens of terabits a second is the right order for a service of this size.
    ['egress_bandwidth', 1e12 / 8, 1e15 / 8],
    ['video_size', 1e9, 1e11],
    ['segment_requests_per_second', 1e5, 1e7],
    ['cdn_cost_per_day', 1e5, 1e8],
    ['servers', 100, 1e5],
  ],
  instagram: [
    ['dau', 1e8, 2e9],
    ['photo_uploads_per_second', 100, 1e5],
    ['read_qps', 1e4, 1e7],
    ['feed_cache_memory', 1e11, 1e14],
    ['fanout_writes_per_second', 1e4, 1e8],
    ['storage_per_day', 1e12, 1e15],
    ['servers', 10, 1e5],
  ],
};

describe.each(Object.keys(SANE))('defaults of %s', (id) => {
  const report = runEstimate(readDataFile(`problems/${id}.yaml`, problemSchema));

  it.each(SANE[id]!)('puts %s between %d and %d', (key, low, high) => {
    const value = report.get(key)?.value ?? Number.NaN;
    expect(value).toBeGreaterThanOrEqual(low);
    expect(value).toBeLessThanOrEqual(high);
  });
});
