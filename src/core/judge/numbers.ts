import type { Conventions } from '../conventions.js';
import { parseAnswer } from '../drill/answer.js';
import { unitShape } from '../units/format.js';

/**
 * Numbers with units in free text ("3,500 writes/s", "~30 TB a day",
 * "$12K per month", "100M DAU"), rewritten into the value syntax the
 * estimator already reads, so checking one against the engine reuses the
 * drill's answer parser instead of a second set of unit rules.
 */

export interface NumberMention {
  /** As written in the notes. */
  readonly text: string;
  /** In the value syntax: `3500/s`, `30 TB/day`, `$12K/month`. */
  readonly value: string;
  /** It carries a unit: bytes, bits, a "per" time, or a dollar sign. */
  readonly hasUnit: boolean;
  /** The word after a bare number ("servers" in "40 servers"), if any. */
  readonly noun?: string;
}

const SCALE_WORDS: Record<string, string> = {
  thousand: 'K',
  million: 'M',
  mil: 'M',
  mn: 'M',
  billion: 'B',
  bn: 'B',
  Bn: 'B',
  trillion: 'T',
  K: 'K',
  k: 'K',
  M: 'M',
  B: 'B',
  T: 'T',
};

const TIME_WORDS: Record<string, string> = {
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'minute',
  mins: 'minute',
  minute: 'minute',
  minutes: 'minute',
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  d: 'day',
  day: 'day',
  days: 'day',
  wk: 'week',
  week: 'week',
  weeks: 'week',
  mo: 'month',
  month: 'month',
  months: 'month',
  y: 'year',
  yr: 'year',
  yrs: 'year',
  year: 'year',
  years: 'year',
};

const TIME = Object.keys(TIME_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const BYTES = String.raw`[KMGTPE]iB|[kKMGTPE]B|bytes?|B`;
const BITS = String.raw`[KkMGT]bps|bps|[KkMGT]bits?\/s|[KkMGT]b\/s`;
const RATE_WORDS = String.raw`QPS|RPS|TPS|WPS|qps|rps|tps|wps|req\/s|reqs\/s|ops\/s`;

const MENTION = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}.^:])`,
    String.raw`(?<dollar>\$\s?)?`,
    String.raw`(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`,
    String.raw`(?![\d:%^])`,
    String.raw`(?:(?<attached>K|k|M|B|bn|Bn|T)(?![\p{L}\p{N}])|\s(?<spaced>K|M|bn|Bn|T|thousand|million|billion|trillion|mil|mn)(?![\p{L}\p{N}]))?`,
    String.raw`(?:\s?(?<unit>${BITS}|${BYTES})(?![\p{L}\p{N}]))?`,
    String.raw`(?:(?<nouns>(?:\s+[\p{L}][\p{L}-]*){0,3}?)(?:\s*(?:\/|\bper\b|\ba\b|\ban\b|\beach\b)\s*(?<per>${TIME})(?![\p{L}\p{N}])|\s*(?<rate>${RATE_WORDS})(?![\p{L}\p{N}])))?`,
    String.raw`(?:\s+(?<noun>[\p{L}][\p{L}-]*))?`,
  ].join(''),
  'gu',
);

const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, i + 1] as const)
    .concat([['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['a hundred', 100], ['hundred', 100]]),
);
const SPELLED = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\s+(thousand|million|billion|trillion)\\b`, 'gi');

/** Every number with its unit in `text`, left to right; "six million" counts as 6 million. */
export function numberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const digits = text.replace(SPELLED, (_, n: string, scale: string) => `${NUMBER_WORDS[n.toLowerCase()]} ${scale.toLowerCase()}`);
  for (const match of digits.matchAll(MENTION)) {
    const g = match.groups!;
    const scale = SCALE_WORDS[g['attached'] ?? g['spaced'] ?? ''] ?? '';
    let unit = g['unit'] ?? '';
    if (/^bytes?$/.test(unit)) unit = 'B';
    const per = g['per'] ? TIME_WORDS[g['per']] : g['rate'] ? 's' : undefined;
    const dollar = g['dollar'] !== undefined;
    const number = g['number']!.replace(/,/g, '');
    const value = `${dollar ? '$' : ''}${number}${scale}${unit ? ` ${unit}` : ''}${per ? `/${per}` : ''}`;
    const hasUnit = dollar || unit !== '' || per !== undefined;
    const noun = hasUnit ? undefined : g['noun'];
    // The word after a number with a unit is not part of it: "30 TB/day of tweets".
    const text = (hasUnit && g['noun'] ? match[0].slice(0, match[0].length - g['noun'].length) : match[0]).trim();
    mentions.push({ text, value, hasUnit, ...(noun ? { noun } : {}) });
  }
  return mentions;
}

/**
 * A mention read as a number of `unit`, or undefined when it cannot be one:
 * a rate needs a "per" time, a size needs bytes, money needs a dollar sign; a
 * plain count may stand bare when a word follows it ("40 servers").
 */
export function mentionAs(mention: NumberMention, unit: string, conventions: Conventions): number | undefined {
  const shape = unitShape(unit).kind;
  if (shape === 'count') {
    // "200M people a day" is a count of daily users, not a rate.
    if (mention.hasUnit && /^[\d.]+[KMBT]?\/day$/.test(mention.value)) {
      const daily = parseAnswer(mention.value.replace('/day', ''), unit, conventions);
      return daily.ok ? daily.value : undefined;
    }
    if (mention.hasUnit) return undefined;
    if (!mention.noun) return undefined;
  } else if (!mention.hasUnit) {
    return undefined;
  }
  const parsed = parseAnswer(mention.value, unit, conventions);
  return parsed.ok ? parsed.value : undefined;
}
