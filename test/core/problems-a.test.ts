import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/core/data-file.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { problemSchema, STANDARD_ESTIMATES } from '../../src/core/problem/schema.js';
import { valueOf } from './worked-examples/report-value.js';

const IDS = ['url-shortener', 'twitter', 'whatsapp'] as const;

describe.each(IDS)('problems/%s.yaml', (id) => {
  const problem = readDataFile(`problems/${id}.yaml`, problemSchema);

  it('validates against the problem schema and is named after its file', () => {
    expect(problem.id).toBe(id);
  });

  it('says where every assumption default comes from and keeps fractions in range', () => {
    for (const a of problem.assumptions) {
      expect(a.source.length, a.key).toBeGreaterThan(10);
      if (a.key.endsWith('_fraction') || a.key.endsWith('_overhead')) expect(a.max, a.key).toBe(1);
    }
  });

  it('gives the candidate enough material in every section', () => {
    expect(problem.key_points.length).toBeGreaterThanOrEqual(8);
    expect(problem.requirements.functional.length).toBeGreaterThanOrEqual(3);
    expect(problem.requirements.non_functional.length).toBeGreaterThanOrEqual(3);
    expect(problem.deep_dives.length).toBeGreaterThanOrEqual(3);
    expect(problem.trade_offs.length).toBeGreaterThanOrEqual(3);
    expect(problem.failure_modes.length).toBeGreaterThanOrEqual(4);
    expect(problem.references.length).toBeGreaterThanOrEqual(2);
  });

  it('uses every architecture component in at least one connection', () => {
    const used = new Set(problem.architecture.connections.flatMap((c) => [c.from, c.to]));
    for (const c of problem.architecture.components) expect(used.has(c.id), c.id).toBe(true);
  });

  it('shares the common assumption keys with the other problems', () => {
    const keys = new Set(problem.assumptions.map((a) => a.key));
    for (const shared of ['mau', 'daily_active_fraction', 'peak_factor', 'retention', 'replication_factor',
      'metadata_overhead', 'index_overhead', 'cache_hot_fraction', 'server_capacity_qps']) {
      expect(keys.has(shared), shared).toBe(true);
    }
  });
});

/** Orders of magnitude the defaults must land in: [key, at least, at most] in the declared unit. */
const SANE: Record<(typeof IDS)[number], [string, number, number][]> = {
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
};

describe.each(IDS)('defaults of %s', (id) => {
  const report = runEstimate(readDataFile(`problems/${id}.yaml`, problemSchema));

  it('compute every standard estimate as a finite, positive number', () => {
    for (const key of STANDARD_ESTIMATES) {
      const value = valueOf(report, key);
      expect(Number.isFinite(value) && value > 0, `${key} = ${value}`).toBe(true);
    }
  });

  it('keep the standard relations: peak = (reads + writes) x peak factor, total = per day x retention', () => {
    const peakFactor = valueOf(report, 'peak_factor');
    expect(valueOf(report, 'peak_qps')).toBeCloseTo((valueOf(report, 'read_qps') + valueOf(report, 'write_qps')) * peakFactor, 6);
    const retentionDays = valueOf(report, 'retention') * 365; // default conventions: a 365-day year
    expect(valueOf(report, 'storage_total') / (valueOf(report, 'storage_per_day') * retentionDays)).toBeCloseTo(1, 9);
  });

  it.each(SANE[id])('puts %s between %d and %d', (key, low, high) => {
    const value = valueOf(report, key);
    expect(value).toBeGreaterThanOrEqual(low);
    expect(value).toBeLessThanOrEqual(high);
  });
});
