import type { ComputedValue } from '../estimate/types.js';
import type { KeyPoint } from '../problem/schema.js';
import { formatCount } from '../units/format.js';
import { numberMentions } from './numbers.js';
import { rawLabel } from './overheads.js';
import { partsIn } from './parts.js';
import { NUMBER_TOLERANCE } from './tolerance.js';
import type { Passage } from './passages.js';
import type { BoundNumber } from './quantities.js';
import type { RuleContext } from './rules.js';

/**
 * A key point's number checked against the engine: among the window's
 * numbers bound to one of the point's estimates (see quantities.ts), the
 * candidate's answer (the last number of a worked-out line) for the first
 * estimate the point lists, compared at the candidate's assumptions. A
 * back-of-the-envelope number counts within 3x either way.
 *
 * A length is not a magnitude: a short code of L characters is judged by the
 * keyspace it gives against the links it must hold, so it counts when it is
 * at least the length needed and at most two more (each extra character is
 * 62x headroom); "62^7" written in the notes is read as a length of 7.
 */

export interface NumberCheck {
  /** As the candidate wrote it: "3,500 writes/s". */
  readonly wrote: string;
  readonly estimateKey: string;
  readonly label: string;
  /** The engine's value at the candidate's assumptions, formatted: "3.47 K/s". */
  readonly expected: string;
  /** Written / expected. */
  readonly ratio: number;
  /** Within 3x either way (for a length: enough, and not more than two over). */
  readonly close: boolean;
  /** How a length was judged, in words, when it is one. */
  readonly note?: string;
  /** Written as a bound ("under 1 GB"): `upper` when the candidate said the quantity is at most this. */
  readonly bound?: 'upper' | 'lower';
}

export { NUMBER_TOLERANCE } from './tolerance.js';

/** Estimates that are lengths of a code: judged by keyspace, with how many characters over the need still count. */
const LENGTHS: Readonly<Record<string, { readonly headroom: number; readonly alphabetKey: string; readonly itemsKey: string }>> = {
  short_code_length: { headroom: 2, alphabetKey: 'code_alphabet_size', itemsKey: 'url_records_total' },
};

const entryOf = (context: RuleContext, key: string) => {
  const entry = context.estimate?.get(key) as ComputedValue | undefined;
  return entry && entry.value > 0 ? entry : undefined;
};

/** The engine's value a bound number is checked against: its estimate, or for a number said to be raw the same without replicas and overheads. */
export function expectedFor(context: Pick<RuleContext, 'estimate' | 'withoutOverheads'>, b: Pick<BoundNumber, 'quantity'>): ComputedValue | undefined {
  const entry = (b.quantity.raw ? context.withoutOverheads : context.estimate)?.get(b.quantity.key) as ComputedValue | undefined;
  if (!entry || !(entry.value > 0)) return undefined;
  return b.quantity.raw ? { ...entry, label: rawLabel(entry.label) } : entry;
}

export function compare(bound: Pick<BoundNumber, 'mention' | 'value'>, entry: ComputedValue): NumberCheck {
  const ratio = bound.value / entry.value;
  // "Well under 1 GB" is right for anything below it; only a bound too tight by more than the tolerance is off.
  const side = bound.mention.bound;
  const close = (side === 'lower' || ratio >= 1 / NUMBER_TOLERANCE) && (side === 'upper' || ratio <= NUMBER_TOLERANCE);
  return { wrote: bound.mention.text, estimateKey: entry.key, label: entry.label, expected: entry.display, ratio, close, ...(side ? { bound: side } : {}) };
}

/** Code lengths a window states: numbers bound to the length, and the exponent of "62^7". */
function lengthsIn(window: readonly Passage[], bound: readonly BoundNumber[], key: string): { wrote: string; length: number }[] {
  const out = bound.filter((b) => b.quantity.key === key && Number.isInteger(b.value)).map((b) => ({ wrote: b.mention.text, length: b.value }));
  for (const passage of window) {
    for (const m of numberMentions(passage.text)) {
      if (m.power && m.power.base >= 10 && m.power.base <= 64 && m.power.exponent >= 2 && m.power.exponent <= 20) out.push({ wrote: m.text, length: m.power.exponent });
    }
  }
  return out;
}

function lengthCheck(key: string, window: readonly Passage[], bound: readonly BoundNumber[], context: RuleContext): NumberCheck | undefined {
  const rule = LENGTHS[key]!;
  const needed = entryOf(context, key);
  if (!needed) return undefined;
  const written = lengthsIn(window, bound, key);
  if (written.length === 0) return undefined;
  // The longest length stated is the one chosen ("6 would do; we use 7").
  const chosen = written.reduce((a, b) => (b.length > a.length ? b : a));
  const alphabet = (context.estimate?.get(rule.alphabetKey)?.value as number | undefined) ?? 62;
  const items = entryOf(context, rule.itemsKey);
  const close = chosen.length >= needed.value && chosen.length <= needed.value + rule.headroom;
  const gives = `${alphabet}^${chosen.length} = ${formatCount(alphabet ** chosen.length)} codes`;
  const holds = items ? ` for ${items.display} ${items.label.toLowerCase()}` : '';
  const verdict = chosen.length < needed.value ? `too few: at least ${needed.value} are needed` : close ? `enough (${needed.value} needed)` : `more than ${rule.headroom} over the ${needed.value} needed`;
  return {
    wrote: chosen.wrote,
    estimateKey: key,
    label: needed.label,
    expected: needed.display,
    ratio: chosen.length / needed.value,
    close,
    note: `${chosen.length} characters give ${gives}${holds}: ${verdict}`,
  };
}

export function numberCheck(point: KeyPoint, window: readonly Passage[], context: RuleContext): NumberCheck | undefined {
  const keys = point.estimates ?? [];
  // A part ("photo storage") counts for a point that asks for that part ("Storage grows with photos a day x ..."), never for another.
  const asked = partsIn(point.point);
  const bound = (context.numbers ?? []).filter((b) => window.includes(b.passage) && keys.includes(b.quantity.key) && (!b.partOf || b.partOf.every((p) => asked.has(p))));
  const lengthKey = keys.find((k) => k in LENGTHS);
  if (lengthKey) return lengthCheck(lengthKey, window, bound, context);
  const answers = bound.filter((b) => b.last);
  if (answers.length === 0) return undefined;
  // The estimate the point lists first is its main one: check the candidate's answer for it.
  const ordered = [...answers].sort((a, b) => keys.indexOf(a.quantity.key) - keys.indexOf(b.quantity.key));
  for (const b of ordered) {
    const entry = expectedFor(context, b);
    if (entry) return compare(b, entry);
  }
  return undefined;
}
