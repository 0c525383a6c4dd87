import type { Problem } from '../problem/schema.js';
import { distinctiveWords } from './overlap.js';
import type { Passage } from './passages.js';

/**
 * Sentences that restate the problem's own requirements or prompt: nearly
 * all their distinctive words come from one requirement line (or the
 * prompt). Stating the requirements is the requirements step's job, so such a
 * sentence can earn requirement points, but pasting "playback adapts quality
 * to the network (adaptive bitrate)" is not a design decision and earns no
 * architecture or deep-dive point.
 */

/** Share of a sentence's distinctive words that must come from one line. */
const RESTATED_SHARE = 0.75;
/** Shorter sentences are too short to tell a restatement from a coincidence. */
const MIN_WORDS = 4;

export function restatedPassages(problem: Pick<Problem, 'requirements' | 'prompt'>, passages: readonly Passage[]): Set<Passage> {
  const lines = [...problem.requirements.functional, ...problem.requirements.non_functional, ...problem.requirements.out_of_scope, ...problem.prompt.split(/(?<=[.?!])\s+/)].map(
    (line) => new Set(distinctiveWords(line)),
  );
  const restated = new Set<Passage>();
  for (const passage of passages) {
    const words = distinctiveWords(passage.text);
    if (words.length < MIN_WORDS) continue;
    if (lines.some((line) => words.filter((w) => line.has(w)).length >= RESTATED_SHARE * words.length)) restated.add(passage);
  }
  return restated;
}
