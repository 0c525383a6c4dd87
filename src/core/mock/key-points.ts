import { keyPointCoverage } from '../coverage.js';
import type { Problem } from '../problem/schema.js';

/**
 * The problem's key points in file order, each marked covered or missed by
 * the notes (matching is the shared one in src/core/coverage.ts), with the
 * reason a missed point matters.
 */
export interface KeyPointResult {
  readonly id: string;
  readonly point: string;
  readonly why: string;
  readonly covered: boolean;
  readonly matched: readonly string[];
}

export interface KeyPointSummary {
  readonly points: readonly KeyPointResult[];
  readonly covered: number;
  readonly total: number;
}

export function keyPointSummary(problem: Pick<Problem, 'key_points'>, notesText: string): KeyPointSummary {
  const coverage = keyPointCoverage(problem, notesText);
  const matchedById = new Map(coverage.covered.map((c) => [c.point.id, c.matched]));
  const points = problem.key_points.map((p) => {
    const matched = matchedById.get(p.id) ?? [];
    return { id: p.id, point: p.point, why: p.why, covered: matched.length > 0, matched };
  });
  return { points, covered: coverage.covered.length, total: points.length };
}
