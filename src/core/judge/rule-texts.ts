import type { Padding } from './padding.js';

/**
 * The rules a report states under its verdicts, apart from the judging code
 * they describe (credit.ts, padding.ts, blocks.ts): showing a kept report
 * (`hld export`, `hld report`) loads these words, not the judge, whose
 * modules build their word tables when they are loaded.
 */

/** How credit.ts counts a verdict, in the candidate's words. */
export const PARTIAL_RULE =
  'Partial credit: a point named without its reason, or with its number more than 3x but within 10x off, counts half; two or more of a point\'s parts said together count in proportion, up to half; a list, a rejection, a contradiction or a restated requirement counts nothing.';

/** What padding took off (padding.ts), or '' when nothing was. */
export const paddingRule = (p: Padding): string =>
  p.factor < 1
    ? `${Math.round(p.share * 100)}% of the terms you wrote outside the requirements were only listed ("we use A, B, C and D"), so what you named and drew counts ${Math.round(p.factor * 100)}%`
    : '';

/**
 * Judging is bounded (blocks.ts): a step's notes are judged up to
 * STEP_TEXT_LIMIT characters and the whole session up to SESSION_TEXT_LIMIT.
 */
export const STEP_TEXT_LIMIT = 6_000;
export const SESSION_TEXT_LIMIT = 24_000;
