import type { ComputedValue } from '../estimate/types.js';
import { unitShape } from '../units/format.js';
import { compare, expectedFor, type NumberCheck } from './number-check.js';
import type { BoundNumber } from './quantities.js';
import type { RuleContext } from './rules.js';

/**
 * The headline numbers of an estimate, checked against the engine at the
 * candidate's assumptions. Each row is a kind of quantity (write rate, read
 * rate, storage, ...) and shows the number the candidate wrote for it, the
 * estimate it was bound to by its own words (see quantities.ts) and that
 * estimate's value, so "you wrote 2,500 location writes per second" is
 * compared with the location update rate, not with whatever write rate is
 * closest in value.
 */

export interface EstimateSlot {
  readonly id: string;
  readonly label: string;
  /** The standard estimates of the slot, main one first; shown when nothing was stated. */
  readonly keys: readonly string[];
  /** Meaning words (see quantities.ts) an estimate's label must have to belong to the slot. */
  readonly meanings: readonly string[];
  /** Unit kinds an estimate of the slot has. */
  readonly kinds: readonly string[];
}

export const ESTIMATE_SLOTS: readonly EstimateSlot[] = [
  { id: 'users', label: 'Daily active users', keys: ['dau'], meanings: ['USER'], kinds: ['count'] },
  { id: 'writes', label: 'Write rate', keys: ['write_qps', 'peak_write_qps'], meanings: ['WRITE'], kinds: ['rate'] },
  { id: 'reads', label: 'Read rate', keys: ['read_qps', 'peak_read_qps', 'peak_qps'], meanings: ['READ'], kinds: ['rate'] },
  { id: 'storage', label: 'Storage', keys: ['storage_total', 'storage_per_day'], meanings: ['STORE'], kinds: ['bytes', 'byteRate'] },
  { id: 'bandwidth', label: 'Bandwidth', keys: ['egress_bandwidth', 'ingress_bandwidth'], meanings: ['BANDWIDTH'], kinds: ['byteRate', 'bitRate'] },
  { id: 'cache', label: 'Cache memory', keys: ['cache_memory'], meanings: ['MEMORY'], kinds: ['bytes'] },
  { id: 'servers', label: 'Servers', keys: ['servers'], meanings: ['SERVER'], kinds: ['count'] },
  { id: 'cost', label: 'Monthly cost', keys: ['cost_total'], meanings: ['MONEY'], kinds: ['moneyRate', 'money'] },
];

export interface SlotCheck {
  readonly slot: EstimateSlot;
  /** The engine's value for the slot's first key, formatted, for "not stated" lines. */
  readonly expected: string;
  /** The label of that estimate. */
  readonly expectedLabel: string;
  readonly check?: NumberCheck;
  readonly evidence?: { readonly stepId: string; readonly sentence: string };
  /** Nothing checked, but a number for a part was written ("1 Tbps" of photos, where the estimate is photos and videos): shown as not checked, with why. */
  readonly unchecked?: { readonly wrote: string; readonly parts: readonly string[] };
}

function inSlot(slot: EstimateSlot, b: BoundNumber): boolean {
  if (b.quantity.assumption) return false;
  if (slot.keys.includes(b.quantity.key)) return true;
  if (slot.id === 'cost') return b.quantity.key.startsWith('cost_');
  if (!slot.kinds.includes(unitShape(b.quantity.unit).kind)) return false;
  // A byte rate per day is storage growth; per second it is bandwidth.
  if (slot.id === 'storage' && unitShape(b.quantity.unit).kind === 'byteRate' && !/\/(?:day|month|year)$/.test(b.quantity.unit)) return false;
  if (slot.id === 'bandwidth' && /\/(?:day|month|year)$/.test(b.quantity.unit)) return false;
  return slot.meanings.some((m) => b.quantity.words.has(m));
}

export function checkEstimates(context: RuleContext): SlotCheck[] {
  const estimate = context.estimate;
  if (!estimate) return [];
  // A number that names only a part of an estimate ("240 TB of text") is not checked as the whole.
  const numbers = (context.numbers ?? []).filter((b) => b.last && !b.partOf);
  return ESTIMATE_SLOTS.filter((slot) => slot.keys.some((k) => estimate.get(k))).map((slot) => {
    const first = estimate.get(slot.keys.find((k) => estimate.get(k))!) as ComputedValue;
    const base = { slot, expected: first.display, expectedLabel: first.label };
    const candidates = numbers.filter((b) => inSlot(slot, b));
    if (candidates.length === 0) {
      const part = (context.numbers ?? []).find((b) => b.last && b.partOf && inSlot(slot, b));
      return part ? { ...base, unchecked: { wrote: part.mention.text, parts: part.partOf! }, evidence: { stepId: part.passage.stepId, sentence: part.passage.text } } : base;
    }
    // The slot's own estimates first, in the slot's order; then the problem's own quantities of that kind, as written.
    // A raw size ("15 TB raw") stands for the slot only when the whole was not given too.
    const rank = (b: BoundNumber) => (slot.keys.includes(b.quantity.key) ? slot.keys.indexOf(b.quantity.key) : slot.keys.length) + (b.quantity.raw ? 0.5 : 0);
    const chosen = [...candidates].sort((a, b) => rank(a) - rank(b))[0]!;
    const entry = expectedFor(context, chosen);
    if (!entry) return base;
    return { ...base, check: compare(chosen, entry), evidence: { stepId: chosen.passage.stepId, sentence: chosen.passage.text } };
  });
}

/**
 * Every estimate the candidate gave a number for (their answer for it: the
 * last number bound to it), checked at their assumptions: the estimation
 * score counts the right ones and takes half a point for each one more than
 * 3x off.
 */
export function checkAllNumbers(context: RuleContext): NumberCheck[] {
  const estimate = context.estimate;
  if (!estimate) return [];
  const answers = new Map<string, BoundNumber>();
  // A raw size and the whole ("15 TB raw ... about 64 TB") are two answers.
  for (const b of context.numbers ?? []) if (b.last && !b.quantity.assumption && !b.partOf) answers.set(`${b.quantity.key}${b.quantity.raw ? ' raw' : ''}`, b);
  return [...answers.values()].flatMap((b) => {
    const entry = expectedFor(context, b);
    return entry ? [compare(b, entry)] : [];
  });
}
