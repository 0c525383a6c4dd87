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
  /** Where it starts and ends in the text. */
  readonly index: number;
  readonly end: number;
  /** The words written with it, after the number ("writes" in "3,500 writes/s", "new links" in "500M new links a month"). */
  readonly words: readonly string[];
  /** The words straight after it, up to the first joining word: what a bare count counts ("8 redirect servers"). */
  readonly nounWords: readonly string[];
  /** Written inside brackets: an aside ("(3 shards of 64 GB)"), not the line's answer. */
  readonly aside: boolean;
  /** "2K per box", "50K/srv": a number for each of something other than a time, with that thing. */
  readonly perUnit?: string;
  /** "62^7": the base and exponent as written. */
  readonly power?: { readonly base: number; readonly exponent: number };
  /** "every 4 seconds", "5y": a length of time, in seconds (`value` is then `4 s`). */
  readonly seconds?: number;
  /** "well under 1 GB", "at least 7 characters": a bound, not an estimate: `upper` when the quantity is at most the number. */
  readonly bound?: 'upper' | 'lower';
}

const UPPER = /(?:\bunder|\bbelow|\bless than|\bfewer than|\bat most|\bup to|\bno more than|<|≤|<=)\s*[~≈]?\s*\$?\s*$/i;
const LOWER = /(?:\bover|\babove|\bmore than|\bat least|\bno less than|>|≥|>=)\s*[~≈]?\s*\$?\s*$/i;
/** Whether the words just before a number make it a bound. */
function boundOf(text: string, index: number): NumberMention['bound'] {
  const before = text.slice(Math.max(0, index - 16), index);
  return UPPER.test(before) ? 'upper' : LOWER.test(before) ? 'lower' : undefined;
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
const BITS = String.raw`[KkMGTP]bps|bps|[KkMGTP]bits?\/s|[KkMGTP]b\/s|[KkMGTP]bit`;
const RATE_WORDS = String.raw`QPS|RPS|TPS|WPS|qps|rps|tps|wps|req\/s|reqs\/s|ops\/s`;

/** The number itself: scientific ("2e4", "4*10^4", "3 x 10^10"), a power ("62^7"), or digits with separators. */
const NUMBER = String.raw`(?<sci>\d+(?:\.\d+)?[eE][+-]?\d+)|(?<mant>\d+(?:\.\d+)?)\s?[*x×]\s?10\s?\^\s?(?<exp>\d+)|10\s?\^\s?(?<exp2>\d+)|(?<base>\d+)\s?\^\s?(?<pow>\d+)|(?<plain>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

const MENTION = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}.^:*/])`,
    String.raw`(?<dollar>\$\s?)?`,
    String.raw`(?:${NUMBER})`,
    String.raw`(?![\d:%^]|\.\d)`,
    String.raw`(?:(?<attached>K|k|M|B|bn|Bn|T)(?![\p{L}\p{N}])|\s(?<spaced>K|M|bn|Bn|T|thousand|million|billion|trillion|mil|mn)(?![\p{L}\p{N}]))?`,
    String.raw`(?:\s?(?<unit>${BITS}|${BYTES})(?![\p{L}\p{N}]))?`,
    String.raw`(?:\s?(?<duration>${TIME})(?![\p{L}\p{N}/]))?`,
    String.raw`(?:(?<nouns>(?:\s+(?!(?:so|is|are|was|which|that|then|and|or|but|because|we|i|it|if|when|while)\b)[\p{L}][\p{L}-]*){0,3}?)(?:\s*(?:\/|\bper\b|\ba\b|\ban\b|\beach\b)\s*(?<per>${TIME})(?![\p{L}\p{N}])|\s*(?<rate>${RATE_WORDS})(?![\p{L}\p{N}])))?`,
    String.raw`(?:(?<unitNouns>(?:\s+[\p{L}][\p{L}-]*){0,2}?)\s*(?:\/|\bper\b|\beach\b|@)\s*(?<perUnit>[\p{L}][\p{L}-]*))?`,
    String.raw`(?:\s+(?<noun>[\p{L}][\p{L}\p{N}-]*))?`,
  ].join(''),
  'gu',
);

/** A number as the value syntax reads it: plain digits, no exponent. */
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  if (Math.abs(n) >= 1e21) return n.toExponential().replace('+', '');
  return Number.isInteger(n) ? n.toFixed(0) : String(Number(n.toPrecision(12)));
}

const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, i + 1] as const)
    .concat([['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['a hundred', 100], ['hundred', 100]]),
);
const SPELLED = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\s+(thousand|million|billion|trillion)\\b`, 'gi');

const WORD = /[\p{L}][\p{L}\p{N}'-]*/gu;
/** Function words that carry nothing about which quantity a number is. */
const LINKING = new Set(
  'of the a an in on at to for and or with w by from into about around roughly approx approximately some x is are was be so then which that this it because since but would will can could need needs should must if when while than as we i you they there here across over under up down out behind plus'.split(' '),
);

/** Up to `count` words right after `end`, stopping at a break (punctuation, an operator or another number). */
/** Joining words after which the words belong to the next statement ("20K reads/s and writes about 200/s"). */
const NEXT_STATEMENT = /\s(?:and|or|but|while|whereas|so|because|then|which|with|else|otherwise)\s/i;

function wordsAfter(text: string, end: number, count: number): string[] {
  const rest = /^[\s\p{L}\p{N}'/-]*/u.exec(text.slice(end, end + 80))?.[0] ?? '';
  const cut = rest.split(/->|\s-\s|\/|\s\d/)[0]?.split(NEXT_STATEMENT)[0] ?? '';
  return (cut.match(WORD) ?? []).filter((w) => !LINKING.has(w.toLowerCase())).slice(0, count);
}

/** The words straight after `end` up to the first joining word. */
function nounsAfter(text: string, end: number): string[] {
  const out: string[] = [];
  for (const w of /^[\s\p{L}\p{N}'-]*/u.exec(text.slice(end, end + 60))?.[0].match(WORD) ?? []) {
    if (LINKING.has(w.toLowerCase()) || out.length === 3) break;
    out.push(w);
  }
  return out;
}

/** Whether `index` sits inside brackets. */
function inBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    else if ((text[i] === ')' || text[i] === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Every number with its unit in `text`, left to right; "six million" counts as 6 million. */
export function numberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const digits = text.replace(SPELLED, (whole: string, n: string, scale: string) => {
    const replaced = `${NUMBER_WORDS[n.toLowerCase()]} ${scale.toLowerCase()}`;
    // Keep offsets: pad the shorter replacement so every later index still points at the same character.
    return replaced.length <= whole.length ? replaced.padEnd(whole.length, ' ') : replaced;
  });
  for (const match of digits.matchAll(MENTION)) {
    const g = match.groups!;
    let amount: number;
    let power: NumberMention['power'];
    if (g['sci']) amount = Number(g['sci']);
    else if (g['mant']) amount = Number(g['mant']) * 10 ** Number(g['exp']);
    else if (g['exp2']) amount = 10 ** Number(g['exp2']);
    else if (g['base']) {
      power = { base: Number(g['base']), exponent: Number(g['pow']) };
      amount = power.base ** power.exponent;
    } else amount = Number(g['plain']!.replace(/,/g, ''));
    if (!Number.isFinite(amount)) continue;
    const scale = SCALE_WORDS[g['attached'] ?? g['spaced'] ?? ''] ?? '';
    let unit = g['unit'] ?? '';
    if (/^bytes?$/.test(unit)) unit = 'B';
    const per = g['per'] ? TIME_WORDS[g['per']] : g['rate'] ? 's' : undefined;
    const duration = g['duration'] && !per && !unit ? TIME_WORDS[g['duration']] : undefined;
    const dollar = g['dollar'] !== undefined;
    const number = plainNumber(amount);
    const value = duration ? `${number}${scale} ${duration}` : `${dollar ? '$' : ''}${number}${scale}${unit ? ` ${unit}` : ''}${per ? `/${per}` : ''}`;
    const hasUnit = dollar || unit !== '' || per !== undefined || duration !== undefined;
    const perUnit = g['perUnit'] && !TIME_WORDS[g['perUnit']] ? g['perUnit'] : undefined;
    const noun = hasUnit || perUnit || (g['noun'] && LINKING.has(g['noun'].toLowerCase())) ? undefined : g['noun'];
    // The word after a number with a unit is not part of it: "30 TB/day of tweets".
    const trimmed = g['noun'] && !noun ? match[0].slice(0, match[0].length - g['noun'].length) : match[0];
    const shown = trimmed.trimEnd();
    const index = match.index! + (shown.length - shown.trimStart().length);
    const end = match.index! + shown.length;
    const inner = [...((g['nouns'] ?? '').match(WORD) ?? []), ...((g['unitNouns'] ?? '').match(WORD) ?? [])];
    const words = [...inner, ...(noun ? [noun] : []), ...wordsAfter(digits, end, 4)].filter((w) => !LINKING.has(w.toLowerCase()));
    const seconds = duration ? amount * (SCALE_FACTOR[scale] ?? 1) * (SECONDS_IN[duration] ?? 1) : undefined;
    mentions.push({
      text: text.slice(index, end).trim(),
      value,
      hasUnit,
      ...(noun ? { noun } : {}),
      index,
      end,
      words,
      nounWords: [...((g['nouns'] ?? '').match(WORD) ?? []), ...(noun ? [noun] : []), ...nounsAfter(digits, end)].slice(0, 3),
      aside: inBrackets(digits, index),
      ...(perUnit ? { perUnit } : {}),
      ...(power ? { power } : {}),
      ...(seconds !== undefined ? { seconds } : {}),
      ...(boundOf(text, index) ? { bound: boundOf(text, index)! } : {}),
    });
  }
  return mentions;
}

const SCALE_FACTOR: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const SECONDS_IN: Record<string, number> = { s: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_592_000, year: 31_536_000 };

/**
 * A mention read as a number of `unit`, or undefined when it cannot be one:
 * a rate needs a "per" time, a size needs bytes, money needs a dollar sign; a
 * plain count may stand bare when a word follows it ("40 servers").
 */
export function mentionAs(mention: NumberMention, unit: string, conventions: Conventions, options: { bare?: boolean } = {}): number | undefined {
  const shape = unitShape(unit).kind;
  if (mention.perUnit) return undefined;
  if (shape === 'duration') {
    if (mention.seconds === undefined) return undefined;
  } else if (mention.seconds !== undefined) {
    return undefined;
  } else if (shape === 'count') {
    // "200M people a day" is a count of daily users, not a rate.
    if (mention.hasUnit && /^[\d.]+[KMBT]?\/day$/.test(mention.value)) return parsedAs(mention.value.replace('/day', ''), unit, conventions);
    if (mention.hasUnit) return undefined;
    if (!mention.noun && !options.bare) return undefined;
  } else if (shape === 'bytes' && !mention.hasUnit && /^\d+(?:\.\d+)?B$/.test(mention.value) && /\dB$/.test(mention.text) && Number.parseFloat(mention.value) < 10_000) {
    // "x 500B", "8B per id": in a size, a B straight after a small number is bytes, not billions ("100 billion messages" stays a count).
    return Number.parseFloat(mention.value);
  } else if (!mention.hasUnit) {
    return undefined;
  } else if ((shape === 'rate' || shape === 'byteRate' || shape === 'bitRate' || shape === 'moneyRate') && !/\/|bps|bit\/s/i.test(mention.value)) {
    // A size or an amount with no "per" is not a rate: "64 TB" is never 64 TB a day.
    return undefined;
  }
  return parsedAs(mention.value, unit, conventions);
}

/**
 * parseAnswer, remembered: every number in the notes is tried against every
 * quantity of the problem, and notes repeat the same numbers, so each
 * (value, unit, conventions) is parsed once. The memory is bounded.
 */
const parsed = new Map<string, number | undefined>();
const PARSED_LIMIT = 20_000;
function parsedAs(value: string, unit: string, conventions: Conventions): number | undefined {
  const key = `${value}|${unit}|${JSON.stringify(conventions)}`;
  if (parsed.has(key)) return parsed.get(key);
  const result = parseAnswer(value, unit, conventions);
  const out = result.ok ? result.value : undefined;
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(key, out);
  return out;
}
