import type { ComputedValue, EstimateReport } from '../estimate/types.js';
import { unitShape } from '../units/format.js';
import { numberMentions } from './numbers.js';
import { distinctiveWords } from './overlap.js';
import type { Passage } from './passages.js';
import { bestNumber, type NumberCheck, type RuleContext } from './rules.js';
import { wordKey } from './words.js';

/**
 * The headline numbers of an estimate, checked against the engine at the
 * session's assumptions: for each one, the number the candidate wrote next to
 * words that name it ("write", "QPS", "storage", ...), and whether it is within
 * 3x. A number counts for the first slot whose words sit in the same clause.
 */

export interface EstimateSlot {
  readonly id: string;
  readonly label: string;
  /** Estimates that answer the slot; the closest one is compared. */
  readonly keys: readonly string[];
  /** Words that, in the same clause as the number, say which quantity it is. */
  readonly cues: readonly string[];
}

export const ESTIMATE_SLOTS: readonly EstimateSlot[] = [
  { id: 'users', label: 'Daily active users', keys: ['dau'], cues: ['dau', 'daily', 'active', 'users', 'people'] },
  { id: 'writes', label: 'Write rate', keys: ['write_qps', 'peak_write_qps'], cues: ['write', 'writes', 'post', 'upload', 'create', 'send', 'insert', 'new', 'message', 'ping', 'update'] },
  { id: 'reads', label: 'Read rate', keys: ['read_qps', 'peak_read_qps', 'peak_qps'], cues: ['read', 'view', 'redirect', 'fetch', 'load', 'lookup', 'request', 'qps', 'rps', 'query'] },
  { id: 'storage', label: 'Storage', keys: ['storage_total', 'storage_per_day'], cues: ['storage', 'store', 'stored', 'disk', 'data', 'total', 'day', 'year', 'retention'] },
  { id: 'bandwidth', label: 'Bandwidth', keys: ['egress_bandwidth', 'ingress_bandwidth'], cues: ['bandwidth', 'egress', 'ingress', 'inbound', 'outbound', 'network', 'throughput', 'out', 'in', 'traffic'] },
  { id: 'cache', label: 'Cache memory', keys: ['cache_memory'], cues: ['cache', 'memory', 'ram', 'redis', 'memcached', 'hot'] },
  { id: 'servers', label: 'Servers', keys: ['servers'], cues: ['server', 'machine', 'instance', 'host', 'node', 'box', 'pod'] },
  { id: 'cost', label: 'Monthly cost', keys: ['cost_total'], cues: ['cost', 'bill', 'spend', 'month', 'monthly', 'total', 'usd'] },
];

export interface SlotCheck {
  readonly slot: EstimateSlot;
  /** The engine's value for the slot's first key, formatted, for "not stated" lines. */
  readonly expected: string;
  readonly check?: NumberCheck;
  readonly evidence?: { readonly stepId: string; readonly sentence: string };
}

/** The clause of `sentence` around `needle`: the stretch between commas or semicolons. */
function clauseAround(sentence: string, needle: string): string {
  const at = sentence.indexOf(needle);
  if (at === -1) return sentence;
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const afterAt = at + needle.length;
  const rest = sentence.slice(afterAt);
  const ends = [rest.indexOf(','), rest.indexOf(';')].filter((i) => i !== -1);
  const end = ends.length ? afterAt + Math.min(...ends) : sentence.length;
  return sentence.slice(Math.max(0, start), end);
}

/**
 * The problem's own estimates a clause names by a distinctive word of their
 * label ("1,200 posts/s" names "Tweets posted per second"), so a number the
 * candidate worked out for the problem's quantity is compared with it too.
 */
function namedIn(clause: string, estimate: EstimateReport, unit: string): string[] {
  const words = wordsOf(clause);
  const kind = unitShape(unit).kind;
  return estimate.estimates.filter((e) => unitShape(e.unit).kind === kind && distinctiveWords(e.label).some((w) => words.has(w))).map((e) => e.key);
}

const wordsOf = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}$]+/gu) ?? []).map(wordKey));

export function checkEstimates(passages: readonly Passage[], context: RuleContext): SlotCheck[] {
  const estimate = context.estimate;
  if (!estimate) return [];
  return ESTIMATE_SLOTS.filter((slot) => slot.keys.some((k) => estimate.get(k))).map((slot) => {
    const first = estimate.get(slot.keys.find((k) => estimate.get(k))!) as ComputedValue;
    const cues = new Set(slot.cues.map(wordKey));
    let best: SlotCheck | undefined;
    for (const passage of passages) {
      for (const mention of numberMentions(passage.text)) {
        const clause = clauseAround(passage.text, mention.text);
        const named = [...wordsOf(clause)].some((w) => cues.has(w)) || (slot.id === 'cost' && mention.value.startsWith('$'));
        if (!named) continue;
        const check = bestNumber(mention.text, [...slot.keys, ...namedIn(clause, estimate, first.unit)], context);
        if (!check) continue;
        if (!best?.check || Math.abs(Math.log(check.ratio)) < Math.abs(Math.log(best.check.ratio))) {
          best = { slot, expected: first.display, check, evidence: { stepId: passage.stepId, sentence: passage.text } };
        }
      }
    }
    return best ?? { slot, expected: first.display };
  });
}
