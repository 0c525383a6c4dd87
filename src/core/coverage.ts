import type { KeyPoint, Problem } from './problem/schema.js';
import type { Session } from './session/schema.js';

/**
 * Which of a problem's key points the user's notes mention. Deliberately
 * simple and predictable: a point is covered when one of its terms appears in
 * the notes, case-insensitively, starting at a word boundary (so "cache" also
 * finds "caches" but "rate" does not find "separate"). Hyphens, underscores
 * and slashes count as spaces, so "fan-out", "fan out" and "fan_out" agree.
 * Shared by the export and the mock debrief.
 */

export interface CoveredPoint {
  readonly point: KeyPoint;
  /** The point's terms found in the notes, in the order the problem lists them. */
  readonly matched: string[];
}

export interface KeyPointCoverage {
  readonly covered: CoveredPoint[];
  readonly missed: KeyPoint[];
}

export function normaliseForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whether `term` occurs in already-normalised `text`, starting at a word boundary. */
export function containsTerm(normalisedText: string, term: string): boolean {
  const needle = normaliseForMatching(term);
  if (needle.length === 0) return false;
  for (let at = normalisedText.indexOf(needle); at !== -1; at = normalisedText.indexOf(needle, at + 1)) {
    // Only a term that starts with a letter or digit needs a boundary before it ("100:1" after "x" is fine).
    if (!isWordChar(needle[0]) || !isWordChar(normalisedText[at - 1])) return true;
  }
  return false;
}

/**
 * Everything the user wrote that coverage is judged on: all notes plus the
 * labels of components they added, so the mock report and the export agree.
 */
export function sessionNotesText(session: Pick<Session, 'notes' | 'architecture'>): string {
  const added = session.architecture.added_components.map((c) => c.label);
  return [...Object.values(session.notes), ...added].join('\n');
}

export function keyPointCoverage(problem: Pick<Problem, 'key_points'>, notesText: string): KeyPointCoverage {
  const text = normaliseForMatching(notesText);
  const covered: CoveredPoint[] = [];
  const missed: KeyPoint[] = [];
  for (const point of problem.key_points) {
    const matched = point.terms.filter((term) => containsTerm(text, term));
    if (matched.length > 0) covered.push({ point, matched });
    else missed.push(point);
  }
  return { covered, missed };
}
