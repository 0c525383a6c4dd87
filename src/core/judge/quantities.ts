import type { Conventions } from '../conventions.js';
import type { AssumptionValue, ComputedValue, EstimateReport } from '../estimate/types.js';
import { unitShape } from '../units/format.js';
import { NUMBER_TOLERANCE } from './tolerance.js';
import { mentionAs, numberMentions, type NumberMention } from './numbers.js';
import { namesRaw, rawLabel } from './overheads.js';
import { estimateParts, partsFit, partsIn, type PartsOfEstimate } from './parts.js';
import type { Passage } from './passages.js';
import { wordKey } from './words.js';

/**
 * Which quantity a number in the notes is. A number is bound to the
 * estimate or assumption its own words name ("20,000 writes per second" is a
 * write rate, "Reads are about 200 per second" a read rate, "Storage: 64 TB"
 * the storage), never to whichever estimate happens to be nearest in value:
 * the words written after it count most, then the words before it in its
 * clause, then the line's label ("TL cache: 800 x 8B x 200M = 1.3TB"). A
 * number with no words of its own carries on the quantity of the number it
 * was worked out from ("100M tweets/day -> ~1.2K/s, peak ~2.5K/s"), and
 * when a line works one quantity out in steps, the last number is the
 * candidate's answer and the earlier ones are its inputs.
 *
 * Units must fit (a rate is never compared with a size); "2K per box" is a
 * number for each of something and binds only to a quantity that is "per"
 * or "one" of that thing. Words are compared by meaning groups: "redirects",
 * "clicks" and "lookups" are reads, "new", "posts" and "pings" are writes.
 */

export interface Quantity {
  readonly key: string;
  /** A headline estimate (a slot of the Numbers table): a line's label alone may name it ("Storage: ... 63 TB"). */
  readonly headline: boolean;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly display: string;
  readonly assumption: boolean;
  /** Meaning keys of its label and key. */
  readonly words: ReadonlySet<string>;
  /** The parts of a whole its label names ("Outgoing photos and played videos"), see parts.ts. */
  readonly parts: PartsOfEstimate;
  /** The estimate without replicas and overheads, for a number said to be raw (see overheads.ts); same key as the whole. */
  readonly raw?: boolean;
  /** Has such a raw twin: a number said to be raw is read as the twin, never as this. */
  readonly hasRaw?: boolean;
}

export interface BoundNumber {
  readonly passage: Passage;
  readonly mention: NumberMention;
  readonly quantity: Quantity;
  /** In the quantity's unit. */
  readonly value: number;
  /** Worked out in the same line from an earlier number of the same quantity: the candidate's answer, not an input. */
  readonly last: boolean;
  /** Named by its own words, rather than by the line's label or the number it carries on from. */
  readonly named: boolean;
  /**
   * The parts of a whole it names when no estimate is that part ("240 TB of
   * text" against all storage): never checked as the whole, only for a key
   * point that asks for that part (see parts.ts).
   */
  readonly partOf?: readonly string[];
}

/** Words that mean the same quantity, by meaning key. */
const MEANINGS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    READ: 'read reads redirect redirects view views load loads fetch fetches lookup lookups get click clicks open opens visit visits query queries play plays shown',
    WRITE: 'write writes create creates creation created new post posts posted upload uploads insert inserts ins send sends sent ping pings update updates wps',
    STORE: 'storage store stored disk disks persist persisted',
    MEMORY: 'cache cached memory ram redis memcached mem in-memory',
    BANDWIDTH: 'bandwidth egress ingress traffic inbound outbound network bps throughput',
    SERVER: 'server servers srv srvs machine machines instance instances host hosts node nodes box boxes pod pods',
    USER: 'user users people member members viewer viewers rider riders',
    CONNECTION: 'connection connections conn conns socket sockets ws',
    MONEY: 'cost costs bill spend usd dollar dollars',
    PEAK: 'peak busiest max maximum',
    MESSAGE: 'message messages msg msgs',
    TIMELINE: 'timeline timelines tl tls feed feeds home',
    CELEBRITY: 'celebrity celebrities celeb celebs',
    LOCATION: 'location locations loc position positions pos',
    LINK: 'link links url urls',
    CHARACTER: 'character characters char chars length digits',
    FANOUT: 'fanout fan-out delivery deliveries',
    STREAM: 'stream streams streaming concurrent',
  }).flatMap(([meaning, words]) => words.split(' ').map((w) => [wordKey(w), meaning] as const)),
);

const STOP = new Set(['per', 'a', 'an', 'the', 'of', 'and', 'or', 'at', 'in', 'on', 'to', 'for', 'with', 'by', 'one', 'each', 'second', 'seconds', 'day', 'days', 'month', 'year', 'years', 'is', 'are', 'that', 'it', 'we', 'about', 'average', 'avg', 'x']);

/** The meaning keys of some words: a word's group ("READ") when it has one, the word itself otherwise. */
export function meaningsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of words) {
    for (const part of raw.toLowerCase().split(/[_\s/]+/)) {
      if (!part || STOP.has(part) || /^\d/.test(part)) continue;
      const k = wordKey(part);
      out.add(MEANINGS[k] ?? k);
    }
  }
  return out;
}

/** Headline estimates: the slots of the Numbers table. */
const HEADLINES = new Set(['dau', 'write_qps', 'read_qps', 'peak_write_qps', 'peak_read_qps', 'peak_qps', 'storage_total', 'storage_per_day', 'egress_bandwidth', 'ingress_bandwidth', 'cache_memory', 'servers', 'cost_total']);

/** Shares, factors and ratios ("Share of a day's redirects worth caching", "Peak-to-average traffic"): a bare number is too easily one of them. */
const isDimensionless = (a: AssumptionValue) => a.unit.trim() === '1' && (/fraction|factor|overhead|ratio|headroom|share/.test(a.key) || /^share\b/i.test(a.label));

/** A label's head: its words before the first preposition ("Chat servers" of "Chat servers for connections"). */
function headOf(label: string): string[] {
  const words = label.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && /^(?:for|of|per|at|a|an|in|on|to|with|over|from|by|across|one|each|above|below|that|which)$/i.test(w));
  return cut < 0 ? words : words.slice(0, cut);
}

/** Storage and bandwidth: the quantities that have copies and overheads on top of a raw size. */
const hasSize = (unit: string) => ['bytes', 'byteRate', 'bitRate'].includes(unitShape(unit).kind);

/**
 * The estimates and assumptions a number can name. With `raw` (the engine
 * without replicas and overheads, see overheads.ts), each size that changes
 * without them gets a raw twin under the same key, for numbers said to be raw.
 */
export function quantitiesOf(report: EstimateReport, raw?: EstimateReport): Quantity[] {
  const of = (e: ComputedValue | AssumptionValue, assumption: boolean): Quantity => ({
    key: e.key,
    headline: !assumption && HEADLINES.has(e.key),
    label: e.label,
    unit: e.unit,
    value: e.value,
    display: e.display,
    assumption,
    words: meaningsOf([...headOf(e.label), ...e.key.split('_')]),
    parts: estimateParts(e.label),
  });
  const estimates = report.estimates.flatMap((e): Quantity[] => {
    const whole = of(e, false);
    const bare = raw?.get(e.key) as ComputedValue | undefined;
    if (!bare || !hasSize(e.unit) || !(bare.value > 0) || Math.abs(bare.value / e.value - 1) < 0.01) return [whole];
    return [{ ...whole, hasRaw: true }, { ...whole, label: rawLabel(e.label), value: bare.value, display: bare.display, raw: true }];
  });
  return [...estimates, ...report.assumptions.filter((a) => !isDimensionless(a)).map((a) => of(a, true))];
}

const WORD = /[\p{L}][\p{L}'-]*/gu;
/** Where a clause breaks in a line of notes, for the words before a number. */
const BREAK = /[,;:()=~≈→⇒]|->|=>|\s-\s|\.\s/g;

/** Words between two numbers that add copies or overheads: what follows a raw number is then no longer raw. */
const ADDS_OVERHEADS = /replic|overhead|index|copies|\brf\b|[x×*]\s*\d/i;

/** Words that name copies or overheads. */
const OVERHEAD_WORDS = /replic|overhead|index|copies|\brf\s*\d?\b/i;

/** Whether a number is a raw size: said so in its clause, or worked out as a product in its sentence with no copies or overheads named. */
function rawness(text: string, mention: NumberMention, lineLabel: { words: string[]; colon: boolean }): Context['raw'] {
  if (namesRaw(`${lineLabel.colon ? lineLabel.words.join(' ') : ''} ${clauseBefore(text, mention.index)} ${mention.words.join(' ')}`)) return 'said';
  const head = text.slice(0, mention.index);
  const sentence = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf('. ')) + 1);
  return /[x×*]\s*[~≈]?\s*\d[^=]*=\s*[~≈]?\s*$/.test(sentence) && !OVERHEAD_WORDS.test(sentence) ? 'worked' : undefined;
}

/** The text before a number back to the previous break (past other numbers: "Raw storage over 5 years is about 15 TB"). */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const breaks = [...head.matchAll(BREAK)];
  return breaks.length ? head.slice(breaks.at(-1)!.index! + breaks.at(-1)![0].length) : head;
}

/** The words before a number back to the previous break or number, nearest last. */
function wordsBefore(text: string, index: number, previousEnd: number): string[] {
  const stretch = text.slice(previousEnd, index);
  const breaks = [...stretch.matchAll(BREAK)];
  const from = breaks.length ? breaks.at(-1)!.index! + breaks.at(-1)![0].length : 0;
  return (stretch.slice(from).match(WORD) ?? []).slice(-5);
}

/**
 * The line's label: "TL cache: ...", "egress 20K/s x ...": up to three words
 * before a colon, or before the first number (then it labels the numbers
 * after the first, whose own words already include it).
 */
function labelOf(text: string): { words: string[]; colon: boolean } {
  const colon = /^\s*([\p{L}][\p{L}\s/'-]{0,30}?):/u.exec(text);
  if (colon) return { words: (colon[1]!.match(WORD) ?? []).slice(0, 3), colon: true };
  const lead = /^\s*((?:[\p{L}][\p{L}'-]*\s+){1,3})[~≈]?\d/u.exec(text);
  return { words: lead ? (lead[1]!.match(WORD) ?? []) : [], colon: false };
}

/**
 * What stands between two numbers when the later one is worked out from the
 * earlier: an operator or a few linking words ("->", "=", "~", ", peak",
 * "is about", "which is", "so about").
 */
const DERIVES = /^[\s,;(]*(?:->|=>|=|~|≈|→|\bis\b|\bso\b|\bwhich\b|\bthat\b|\bgives?\b|\bi\.e\.|\babout\b|\broughly\b|\baround\b|\bpeak\b|\bavg\b|\baverage\b|\bor\b)[\s\p{L}~≈=>.,-]{0,30}$/iu;

interface Scored {
  readonly quantity: Quantity;
  readonly value: number;
  readonly score: number;
  readonly unmatched: number;
}

type Context = {
  after: Set<string>;
  nouns: Set<string>;
  before: Set<string>;
  label: Set<string>;
  /** The parts of a whole its sentence names up to it and its own words name ("text", "inserts"; see parts.ts). */
  parts: Set<string>;
  /** Written "a day" ("10M riders a day"): a count of a day, not of a moment. */
  daily?: boolean;
  /**
   * Said to be raw in its own clause ("15 TB raw", "before replication"): read
   * as a raw twin where there is one. Worked out as a product with no copies
   * or overheads named on the way ("200M x 200 B = 40 GB/day"): read as
   * whichever of the twin and the whole it fits.
   */
  raw?: 'said' | 'worked';
  inherited?: boolean;
  assuming?: boolean;
  factor?: boolean;
};

/** Words that mark a number as the candidate's assumption rather than a result. */
const ASSUMING = /\b(?:assume|assuming|assumption|let's say|lets say|say|suppose|given|imagine|take|scale)\b/i;

/** A quantity "per" or "one" of something other than a time: "Requests one server handles per second". */
const PER_THING = /\b(?:per|one|each)\s+(?!second|minute|hour|day|week|month|year)[a-z]/i;
/** The thing a per-thing quantity is per: "active user" in "Links created per active user per day". */
const perThingOf = (q: Quantity) => meaningsOf((/\b(?:per|one|each)\s+((?:[a-z-]+\s*){1,2})/i.exec(q.label)?.[1] ?? '').split(/\s+/));

const ACTORS = new Set(['USER', wordKey('driver')]);

function score(mention: NumberMention, context: Context, q: Quantity): { score: number; unmatched: number } {
  let s = 0;
  let own = false;
  let named = false;
  // Who does something ("Driver accept or decline in 30 seconds") names no rate or interval of theirs; it names a count of them.
  const counts = unitShape(q.unit).kind === 'count';
  for (const w of q.words) {
    const hit = (context.after.has(w) ? 3 : 0) + (context.before.has(w) ? 2 : 0) + (context.label.has(w) ? 1 : 0);
    if (hit > 0 && w !== 'PEAK' && (counts || !ACTORS.has(w))) named = true;
    if ((context.after.has(w) || context.before.has(w)) && w !== 'PEAK') own = true;
    s += hit;
  }
  if (!named) return { score: 0, unmatched: 0 };
  // A line's label ("TL cache: 800 x 8B x 200M = ~1.3TB") names its results, not the factors multiplied on the way,
  // and names a quantity by two of its words, or by one when it is a headline quantity.
  if (!own && (context.factor || (!q.headline && [...q.words].filter((w) => context.label.has(w)).length < 2 && context.label.size > 1))) return { score: 0, unmatched: 0 };
  const kind = unitShape(q.unit).kind;
  // A count is named by the words written straight after it ("30B links", "8 redirect servers"), not by the words around it.
  if (kind === 'count' && !context.inherited && ![...q.words].some((w) => w !== 'PEAK' && context.nouns.has(w))) return { score: 0, unmatched: 0 };
  // A length is in characters: "7 characters", not "10K codes".
  if (q.words.has('CHARACTER') && !context.after.has('CHARACTER')) return { score: 0, unmatched: 0 };
  const all = new Set([...context.after, ...context.before, ...context.label]);
  // Peak is a different number from the average: penalise a mismatch either way.
  if (q.words.has('PEAK') !== all.has('PEAK')) s -= 2;
  // Storage grows per day or month; bandwidth is per second: the period written is a hint when both are named.
  const written = /\/(s|minute|hour|day|week|month|year)$/.exec(mention.value)?.[1];
  const shape = unitShape(q.unit);
  if (written && shape.kind === 'byteRate' && (shape.per === 's') === (written === 's')) s += 1.5;
  // An estimate is what a candidate works out; an assumption is what they start from ("let's say 100M new URLs a month").
  if (q.assumption) s += context.assuming ? 1 : -0.5;
  const unmatched = [...q.words].filter((w) => !all.has(w)).length;
  return { score: s, unmatched };
}

const isPerSecondBytes = (unit: string) => {
  const shape = unitShape(unit);
  return (shape.kind === 'byteRate' || shape.kind === 'bitRate') && !/\/(?:day|week|month|year)$/.test(unit);
};

function best(mention: NumberMention, context: Context, quantities: readonly Quantity[], conventions: Conventions, perUnit: boolean, anyPart = false): Scored | undefined {
  let top: Scored | undefined;
  for (const q of quantities) {
    // "240 TB of text" is not all storage, "230K inserts/s" not the posting rate: a part is checked only against that part.
    if (!anyPart && !partsFit(context.parts, q.parts)) continue;
    // "15 TB raw" is the size before replicas and overheads; any other number is the size as estimated.
    if (q.raw ? !context.raw : context.raw === 'said' && q.hasRaw) continue;
    // "30 GB/day" is growth, stored; as a rate per second (bandwidth) only when the words say so ("egress 2 PB/day").
    if (/\/(?:day|week|month|year)$/.test(mention.value) && isPerSecondBytes(q.unit) && !context.after.has('BANDWIDTH') && !context.before.has('BANDWIDTH') && !context.label.has('BANDWIDTH')) continue;
    // "10M riders a day" counts a day's riders, not those riding at once.
    if (context.daily && unitShape(q.unit).kind === 'count' && !/\b(?:day|daily|dau)\b/i.test(`${q.label} ${q.key.replace(/_/g, ' ')}`)) continue;
    const perThing = PER_THING.test(q.label);
    if (perUnit && (!perThing || ![...meaningsOf([mention.perUnit ?? ''])].some((w) => perThingOf(q).has(w)))) continue;
    // "200M DAU posting 0.5 tweets a day": a per-user quantity may be named by the thing before the number.
    if (!perUnit && perThing && ![...perThingOf(q)].some((w) => context.before.has(w))) continue;
    const value = perUnit ? perUnitValue(mention, q, conventions) : mentionAs(mention, q.unit, conventions, { bare: true });
    if (value === undefined || !(value > 0)) continue;
    const { score: s, unmatched } = score(mention, context, q);
    if (s <= 0) continue;
    const better = !top || s > top.score || (s === top.score && tieBreak({ quantity: q, value, score: s, unmatched }, top, mention) < 0);
    if (better) top = { quantity: q, value, score: s, unmatched };
  }
  return top;
}

/**
 * Between equally named quantities: the one the number fits (within the
 * tolerance of a back-of-the-envelope number); then a headline one (the generic "writes"
 * means the write rate, not media uploads); then the closer value ("100M
 * tweets a day" is tweets posted, not tweets shown); then the same period as
 * written ("/s" for a per-second rate); then the fuller name.
 */
function tieBreak(a: Scored, b: Scored, mention: NumberMention): number {
  // Words that fit two estimates equally are ambiguous: the number is read as the one it fits, never called wrong against the other.
  const fits = (x: Scored) => x.value / x.quantity.value >= 1 / NUMBER_TOLERANCE && x.value / x.quantity.value <= NUMBER_TOLERANCE;
  if (fits(a) !== fits(b)) return fits(a) ? -1 : 1;
  if (a.quantity.headline !== b.quantity.headline) return a.quantity.headline ? -1 : 1;
  const da = Math.abs(Math.log(a.value / a.quantity.value));
  const db = Math.abs(Math.log(b.value / b.quantity.value));
  if (Math.abs(da - db) > 0.01) return da - db;
  const per = /\/(s|minute|hour|day|week|month|year)$/.exec(mention.value)?.[1];
  const same = (q: Quantity) => {
    const shape = unitShape(q.unit);
    return 'per' in shape && shape.per === per ? 0 : 1;
  };
  if (same(a.quantity) !== same(b.quantity)) return same(a.quantity) - same(b.quantity);
  return a.unmatched - b.unmatched;
}

/** "2K per box", "50K conns/srv": the number read as the quantity of one unit, if its unit fits. */
function perUnitValue(mention: NumberMention, q: Quantity, conventions: Conventions): number | undefined {
  const unitWords = meaningsOf([mention.perUnit ?? '']);
  if (![...unitWords].some((w) => q.words.has(w))) return undefined;
  const bare = { ...mention, perUnit: undefined } as NumberMention;
  return mentionAs(bare, q.unit, conventions, { bare: true }) ?? (unitShape(q.unit).kind === 'rate' ? mentionAs({ ...bare, value: `${bare.value}/s`, hasUnit: true }, q.unit, conventions) : undefined);
}

/** Every number in the passages bound to the quantity it names, in order. */
export function bindNumbers(passages: readonly Passage[], quantities: readonly Quantity[], conventions: Conventions): BoundNumber[] {
  const out: BoundNumber[] = [];
  for (const passage of passages) {
    const text = passage.text;
    const mentions = numberMentions(text);
    const lineLabel = labelOf(text);
    // "push vs pull: ..." titles a comparison, not a quantity.
    const label = lineLabel.words.some((w) => /^(?:vs|versus)$/i.test(w)) ? new Set<string>() : meaningsOf(lineLabel.words);
    const bound: (BoundNumber & { context: Context })[] = [];
    let previousEnd = 0;
    let previous: (typeof bound)[number] | undefined;
    for (const mention of mentions) {
      const context: Context = {
        factor: /[x×*/]\s*[~≈]?\s*$/.test(text.slice(Math.max(0, mention.index - 4), mention.index)) || /^\s*[x×*/]\s*[~≈]?\s*\d/.test(text.slice(mention.end, mention.end + 6)),
        assuming: ASSUMING.test(text.slice(0, mention.index)),
        after: meaningsOf(mention.words),
        nouns: meaningsOf(mention.nounWords),
        before: meaningsOf(wordsBefore(text, mention.index, previousEnd)),
        // Lead words before the first number are that number's own words, not a label over them; past a ";" they label nothing.
        label: lineLabel.colon || (mention !== mentions[0] && !text.slice(0, mention.index).includes(';')) ? label : new Set<string>(),
        parts: new Set([...partsIn(text.slice(0, mention.index)), ...partsIn(mention.words.join(' '))]),
        daily: /^[\d.]+[KMBT]?\/day$/.test(mention.value),
        raw: rawness(text, mention, lineLabel),
      };
      const between = text.slice(previousEnd, mention.index);
      previousEnd = mention.end;
      // "62^7" is an expression, not a quantity; what it equals is read on its own. "1 tick" or "2 drivers accept" count nothing worth checking.
      // "2-5K per server", "50-125 servers": the low end of a range is read with its high end, which carries the unit.
      const lowEnd = /^\s*[-–]\s*\d/.test(text.slice(mention.end, mention.end + 4));
      if (lowEnd || mention.power || (!mention.hasUnit && /^[01](?:\.\d+)?$/.test(mention.value))) {
        previous = undefined;
        continue;
      }
      // The estimate its words name best; when that is a whole of which they name a part ("photo storage" of all storage),
      // an estimate of that part named as well is taken instead, else the number is kept marked as a part, for a key point
      // about that part, and never checked as the whole.
      const whole = best(mention, context, quantities, conventions, mention.perUnit !== undefined, true);
      const fitting = !whole || partsFit(context.parts, whole.quantity.parts) ? whole : best(mention, context, quantities, conventions, mention.perUnit !== undefined);
      let found = fitting && whole && fitting.score >= whole.score ? fitting : undefined;
      const asPart = found ? undefined : whole;
      // No words of its own: it carries on the number it was worked out from.
      if (!found && previous && DERIVES.test(between)) {
        const inherited: Context = { after: previous.context.after, nouns: previous.context.nouns, before: new Set([...previous.context.before, ...context.before, ...context.after]), label, parts: new Set([...previous.context.parts, ...context.parts]), inherited: true, raw: context.raw ?? (previous.context.raw && !ADDS_OVERHEADS.test(between) ? previous.context.raw : undefined) };
        found = best(mention, inherited, quantities, conventions, false);
        if (found) {
          const entry = { passage, mention, quantity: found.quantity, value: found.value, last: true, named: false, context: inherited };
          bound.push(entry);
          previous = entry;
          continue;
        }
      }
      if (!found && asPart && !asPart.quantity.assumption) {
        const entry = { passage, mention, quantity: asPart.quantity, value: asPart.value, last: true, named: false, partOf: [...context.parts], context };
        bound.push(entry);
        previous = entry;
        continue;
      }
      if (!found) {
        // Only the number just before can be carried on from.
        previous = undefined;
        continue;
      }
      const named = [...found.quantity.words].some((w) => w !== 'PEAK' && (context.after.has(w) || context.before.has(w)));
      const entry = { passage, mention, quantity: found.quantity, value: found.value, last: true, named, context };
      bound.push(entry);
      previous = entry;
    }
    // In a line that works a quantity out in steps, only the last number of each quantity is the answer; an aside in brackets only when nothing else is.
    const lastOf = new Map<string, number>();
    bound.forEach((b, i) => {
      const current = lastOf.get(b.quantity.key);
      if (current === undefined || !b.mention.aside || bound[current]!.mention.aside) lastOf.set(b.quantity.key, i);
    });
    bound.forEach((b, i) => out.push({ passage: b.passage, mention: b.mention, quantity: b.quantity, value: b.value, last: lastOf.get(b.quantity.key) === i, named: b.named, ...('partOf' in b && b.partOf ? { partOf: b.partOf } : {}) }));
  }
  return out;
}
