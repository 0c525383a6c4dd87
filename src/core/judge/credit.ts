import { NUMBER_TOLERANCE } from './tolerance.js';
import type { RuleVerdict } from './rules.js';

/**
 * How much of a key point a verdict is worth, as an interviewer marks it: a
 * point earned counts whole; a point named with everything it needs but not
 * why, or with a number of the right quantity that is more than 3x but within
 * 10x off, counts half; some of a point's parts stated together (at least half of them) count in
 * proportion (two parts at least, and at least half of them), up to half. Anything only listed, turned down, contradicted,
 * restated from the problem, or already used by another point counts nothing.
 */

// The report states this rule in words: PARTIAL_RULE in rule-texts.ts.

/** Beyond this factor a number is wrong, not rough. */
const ROUGH = 10;

export function creditOf(verdict: Pick<RuleVerdict, 'earned' | 'miss' | 'number' | 'found' | 'missing'>): number {
  if (verdict.earned) return 1;
  switch (verdict.miss) {
    case 'no_reason':
      return 0.5;
    case 'number_off': {
      const n = verdict.number;
      if (!n || n.note) return 0;
      const off = Math.max(n.ratio, 1 / n.ratio);
      return off > NUMBER_TOLERANCE && off <= ROUGH ? 0.5 : 0;
    }
    case 'partial': {
      // One part alone ("drivers send their location") is a mention, not a partial answer.
      const total = verdict.found.length + verdict.missing.length;
      if (verdict.found.length < 2 || verdict.found.length * 2 < total) return 0;
      return Math.round((0.5 * verdict.found.length) / total * 100) / 100;
    }
    default:
      return 0;
  }
}
