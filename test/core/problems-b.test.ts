import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/core/data-file.js';
import { COMPONENT_KINDS, problemSchema } from '../../src/core/problem/schema.js';

const IDS = ['uber', 'netflix'] as const;

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
});
