/**
 * Grades and the drill score. Kept apart from answer.ts and drill.ts, which
 * load mathjs and the estimate engine, so recording a result (the history,
 * the mock screen) loads neither.
 */

export type Grade = 'good' | 'close' | 'off';

export const GRADE_POINTS: Record<Grade, number> = { good: 1, close: 0.5, off: 0 };

/** A drill's score: good 1, close 1/2, off 0, as a share of 100. */
export function drillScore(grades: readonly { readonly grade: Grade }[]): number {
  if (grades.length === 0) return 0;
  return Math.round((grades.reduce((sum, g) => sum + GRADE_POINTS[g.grade], 0) / grades.length) * 100);
}
