import { wordKey } from './words.js';

/**
 * Whether a passage says the same thing as a reference line (a requirement,
 * an entity name) by the words they share: enough of the line's distinctive
 * words, in their comparison form. Used where the reference is a sentence or
 * a label rather than a curated rule.
 */

const STOP_WORDS = new Set(
  'a an the and or of to in on for with by from at as is are be can may must not no its it their they them this that these those each every any all per into out up over under than then when while which who what how via e.g eg i.e ie etc one two get gets use uses using used own new same only also more most less least both such some other within without about after before again most'.split(' '),
);

/** Words too common in designs to show that a particular item was meant. */
const GENERIC = new Set(['service', 'store', 'database', 'server', 'worker', 'job', 'app', 'system', 'data', 'user', 'provider', 'request', 'api'].map(wordKey));

/** The distinctive words of a line, in comparison form; generic ones only when nothing else is left. */
export function distinctiveWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const all = [...new Set(words.filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP_WORDS.has(w)).map(wordKey))];
  const specific = all.filter((w) => !GENERIC.has(w));
  return specific.length > 0 ? specific : all;
}

/**
 * How many of a line's distinctive words must appear: about a third, at
 * least one, at most three ("Drivers send their location" states "the driver
 * app reports its location every few seconds" by two words of eleven).
 */
export function wordsNeeded(count: number): number {
  return Math.min(3, Math.max(1, Math.ceil(count / 3)));
}

/**
 * Whether `have` (word keys of a passage) covers `line`. A line with an aside
 * in brackets counts when either the whole line or the line without the aside
 * is covered, so "(e.g. /spring-sale)" neither hides a mention nor is required.
 */
export function covers(have: ReadonlySet<string>, line: string): boolean {
  const variants = [line, line.replace(/\([^)]*\)/g, ' ')];
  return variants.some((v) => {
    const want = distinctiveWords(v);
    if (want.length === 0) return false;
    return want.filter((w) => have.has(w)).length >= wordsNeeded(want.length);
  });
}
