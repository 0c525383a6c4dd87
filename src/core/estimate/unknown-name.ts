import { quoted } from '../shown-value.js';
import { didYouMean } from '../suggest.js';

/** Count words, for a plural typed as a book writes it (`500 millions`). */
const COUNT_WORDS = ['thousand', 'million', 'billion', 'trillion'];

/**
 * What follows "refers to an unknown name 'x'" in a typed value: the nearest
 * known name; or, for a word written after a number as books write it
 * (`500M users`, `2 tweets/day`), which is never an assumption, the nearest
 * unit or count word, else the value without the word; else nothing.
 */
export function unknownNameHint(name: string, input: string, keys: Iterable<string>, units: readonly string[]): string {
  // `2x` or `3 x` as books write a factor: `x` multiplies only between two numbers, and is no unit (never 'B' or 's').
  const factor = name === 'x' ? /^(.*\d)\s*x$/.exec(input.trim()) : null;
  if (factor) return `; 'x' multiplies two numbers (30 x 86400), and a factor is the number alone: ${quoted(factor[1]!)}`;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = new RegExp(`^(.*\\d.*?)\\s+${escaped}(\\s*/.*)?$`).exec(input.trim());
  if (!after) return didYouMean(name, [...keys, ...units, ...COUNT_WORDS]);
  const near = didYouMean(name, [...units, ...COUNT_WORDS]);
  if (near) return near;
  return `; a value is the number alone, without what it counts: ${quoted(`${after[1]!}${(after[2] ?? '').trim()}`)}`;
}
