import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/core/data-file.js';
import { problemSchema } from '../../src/core/problem/schema.js';

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
