import type { Conventions } from '../conventions.js';
import { secondsIn } from './units.js';

/**
 * A length of time in the unit a person reads it in: a 30-day TTL is
 * `30 days`, not `2,590,000 s`; a 45-minute view is `45 minutes`. One rule for
 * every value shown (table, working, markdown, export, estimator screen), so
 * the same time never appears in two units.
 */

/** The time words a value may be declared in, with their singular and plural. */
export const TIME_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  s: ['s', 's'],
  ms: ['ms', 'ms'],
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** Seconds in one of the time words, under the conventions (a day may be 10^5 s). */
export function secondsInWord(word: string, c: Conventions): number {
  switch (word) {
    case 'ms':
      return 1e-3;
    case 'minute':
      return 60;
    case 'hour':
      return 3600;
    case 'day':
    case 'week':
    case 'month':
    case 'year':
      return secondsIn(word, c);
    default:
      return 1;
  }
}

/** Units a shown time may take, largest first; days are as far as a value declared in seconds goes (months vary by convention). */
const READ_IN = ['day', 'hour', 'minute', 's'] as const;
const LONGER = ['year', 'month', 'week'] as const;

const isWhole = (n: number): boolean => Math.abs(n - Math.round(n)) <= 1e-9 * Math.max(1, Math.abs(n));

/**
 * The word a time of `seconds` is shown in. The largest unit it is at least
 * one of, unless a smaller unit says it as a whole number under a thousand and
 * the larger one needs a fraction (90 s stays `90 s` rather than
 * `1.5 minutes`; 5,400 s is `90 minutes`). A time declared in weeks, months or
 * years of at least one such unit keeps it (`5 years`). Under a second, ms.
 */
export function durationWord(seconds: number, declared: string, c: Conventions): string {
  const size = Math.abs(seconds);
  if (size === 0) return declared;
  if (size < 0.9995) return 'ms';
  const candidates: string[] = [...LONGER.filter((w) => w === declared), ...READ_IN];
  // 0.9995: a value that prints as 1 of a unit (3,599.5 s) is shown in that unit, never as `60 minutes`.
  const fits = candidates.filter((w) => size >= secondsInWord(w, c) * 0.9995);
  const largest = fits[0] ?? 's';
  if (isWhole(size / secondsInWord(largest, c))) return largest;
  const wholeSmaller = fits.slice(1).find((w) => {
    const n = size / secondsInWord(w, c);
    return isWhole(n) && n < 1000;
  });
  return wholeSmaller ?? largest;
}

/** `30 days`, `1 hour`: singular only when the number shown is 1. */
export function durationText(amount: number, word: string, formatNumber: (n: number) => string): string {
  const [one, many] = TIME_WORDS[word] ?? [word, word];
  const shown = formatNumber(amount);
  return `${shown} ${shown === '1' ? one : many}`;
}
