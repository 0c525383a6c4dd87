import type { KeyPoint, Problem } from './problem/schema.js';

/**
 * Which of a problem's key points the user's notes cover. A point counts as
 * covered when any of its terms appears in the notes as a whole word or
 * phrase, ignoring case: `cache` matches "Cache" and "caches" but not
 * "cachet"; `rate limit` matches "rate   limits". Shared by the mock report
 * and the export.
 */

export interface KeyPointResult {
  readonly id: string;
  readonly point: string;
  readonly why: string;
  readonly covered: boolean;
  /** The terms found in the notes, as written in the problem file. */
  readonly matched: readonly string[];
}

export interface KeyPointCoverage {
  readonly points: readonly KeyPointResult[];
  readonly covered: number;
  readonly total: number;
  /** covered / total, 0 when there are no points. */
  readonly fraction: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const termPatterns = new Map<string, RegExp>();

/** A term as a whole-word, case-insensitive pattern; a word-ending term may take a plural s/es. */
export function termPattern(term: string): RegExp {
  const cached = termPatterns.get(term);
  if (cached) return cached;
  const words = term.trim().toLowerCase().split(/\s+/).map(escape).join('\\s+');
  const plural = /\p{L}$/u.test(term.trim()) ? '(?:s|es)?' : '';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}${plural}(?![\\p{L}\\p{N}])`, 'iu');
  termPatterns.set(term, pattern);
  return pattern;
}

export function mentionsTerm(text: string, term: string): boolean {
  return term.trim().length > 0 && termPattern(term).test(text);
}

export function coverKeyPoint(point: KeyPoint, notesText: string): KeyPointResult {
  const matched = point.terms.filter((term) => mentionsTerm(notesText, term));
  return { id: point.id, point: point.point, why: point.why, covered: matched.length > 0, matched };
}

export function keyPointCoverage(problem: Pick<Problem, 'key_points'>, notesText: string): KeyPointCoverage {
  const points = problem.key_points.map((point) => coverKeyPoint(point, notesText));
  const covered = points.filter((p) => p.covered).length;
  return { points, covered, total: points.length, fraction: points.length === 0 ? 0 : covered / points.length };
}
