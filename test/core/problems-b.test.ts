import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/core/data-file.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { keyPointSummary } from '../../src/core/mock/key-points.js';
import { COMPONENT_KINDS, problemSchema, STANDARD_ESTIMATES } from '../../src/core/problem/schema.js';

const IDS = ['uber', 'netflix', 'instagram'] as const;

describe.each(IDS)('problems/%s.yaml', (id) => {
  const problem = readDataFile(`problems/${id}.yaml`, problemSchema);

  it('validates against the problem schema and matches its file name', () => {
    expect(problem.id).toBe(id);
  });

  it('has substance in every section', () => {
    expect(problem.requirements.functional.length).toBeGreaterThanOrEqual(5);
    expect(problem.requirements.non_functional.length).toBeGreaterThanOrEqual(4);
    expect(problem.requirements.out_of_scope.length).toBeGreaterThanOrEqual(3);
    expect(problem.apis.length).toBeGreaterThanOrEqual(6);
    expect(problem.key_points.length).toBeGreaterThanOrEqual(8);
    expect(problem.failure_modes.length).toBeGreaterThanOrEqual(5);
    expect(problem.trade_offs.length).toBeGreaterThanOrEqual(4);
    for (const a of problem.assumptions) expect(a.source.length, a.key).toBeGreaterThan(10);
  });

  it('uses only known component kinds and connects every component', () => {
    const connected = new Set(problem.architecture.connections.flatMap((c) => [c.from, c.to]));
    for (const c of problem.architecture.components) {
      expect(COMPONENT_KINDS).toContain(c.kind);
      expect(connected.has(c.id), `${c.id} has no connection`).toBe(true);
    }
  });

  it('has key-point terms that catch the point restated but not generic boilerplate', () => {
    for (const point of problem.key_points) {
      expect(keyPointSummary({ key_points: [point] }, point.point).covered, point.id).toBe(1);
    }
    const boilerplate =
      'A load balancer in front of stateless app servers, a cache, a database with replicas, push notifications, monitoring and a queue.';
    expect(keyPointSummary(problem, boilerplate).covered).toBe(0);
  });

  it('feeds every assumption into at least one formula', () => {
    const formulas = [...problem.estimates.map((e) => e.formula), ...problem.costs.map((c) => c.formula)].join(' ');
    const names = new Set(formulas.match(/[a-z][a-z0-9_]*/g) ?? []);
    for (const a of problem.assumptions) expect(names.has(a.key), `${a.key} is never used`).toBe(true);
  });

  it('evaluates its defaults to finite, positive standard estimates and cost lines', () => {
    const report = runEstimate(problem);
    for (const key of STANDARD_ESTIMATES) {
      const value = report.get(key)?.value;
      expect(Number.isFinite(value), key).toBe(true);
      expect(value, key).toBeGreaterThan(0);
    }
    for (const line of report.costs) expect(line.value, line.key).toBeGreaterThanOrEqual(0);
  });
});

/** [key, lowest sane default, highest sane default] in the estimate's declared unit. */
const MAGNITUDES: Record<(typeof IDS)[number], [string, number, number][]> = {
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
    ['storage_per_title', 1e9, 1e11],
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

describe.each(IDS)('%s defaults land in a sane range', (id) => {
  const report = runEstimate(readDataFile(`problems/${id}.yaml`, problemSchema));

  it.each(MAGNITUDES[id])('%s is between %d and %d', (key, low, high) => {
    const value = report.get(key)?.value ?? Number.NaN;
    expect(value).toBeGreaterThanOrEqual(low);
    expect(value).toBeLessThanOrEqual(high);
  });

  it('keeps peak above average and storage_total = storage_per_day over the retention', () => {
    const get = (key: string) => report.get(key)?.value ?? Number.NaN;
    expect(get('peak_qps')).toBeGreaterThan(get('read_qps') + get('write_qps'));
    // storage_per_day is in B/day and retention in years (365-day years by default).
    expect(get('storage_total') / (get('storage_per_day') * 365 * get('retention'))).toBeCloseTo(1, 6);
  });
});
