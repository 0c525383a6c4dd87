import { containsTerm, normaliseForMatching } from '../coverage.js';
import type { Problem, StandardEstimateKey } from '../problem/schema.js';

/**
 * Whether the notes mention a requirement, an estimate or a component. These
 * are sentences and labels rather than curated terms, so a mention is judged
 * by overlap: half of the item's significant words, but never more than two,
 * appear in the notes (a word counts with or without a plural or -ing/-ed ending).
 */

const STOP_WORDS = new Set(
  'a an the and or of to in on for with by from at as is are be can may must not no its it their they them this that these those each every any all per into out up over under than then when while which who what how via e.g eg i.e ie etc one two get gets use uses using used own new same only also more most less least both such some other within without about after before again'.split(' '),
);

/** A word without its common endings, so "caches", "caching" and "cached" meet "cache". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The form words are compared in: stemmed and without a final e, so "cache" and "caching" both give "cach". */
const wordKey = (w: string) => stem(w).replace(/e$/, '');

/** Words too common in designs to show that a particular item was meant ("service", "store"). */
const GENERIC_WORDS = new Set(['service', 'store', 'database', 'server', 'worker', 'job', 'app', 'system', 'data', 'user', 'provider'].map(wordKey));

export function significantWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP_WORDS.has(w)).map(wordKey))];
}

const MAX_WORDS_NEEDED = 2;

export class NotesIndex {
  private readonly normalised: string;
  private readonly words: Set<string>;
  constructor(text: string) {
    this.normalised = normaliseForMatching(text);
    this.words = new Set(significantWords(text));
  }
  /** At least half of the item's significant words appear in the notes (one at least, two at most: notes are terse). */
  overlaps(item: string): boolean {
    const all = significantWords(item);
    if (all.length === 0) return true;
    const specific = all.filter((w) => !GENERIC_WORDS.has(w));
    const wanted = specific.length > 0 ? specific : all;
    const hits = wanted.filter((w) => this.words.has(w)).length;
    return hits >= Math.min(MAX_WORDS_NEEDED, Math.max(1, Math.ceil(wanted.length / 2)));
  }
  /** A curated term, matched as key-point terms are, so `$` or `100:1` need no word boundary. */
  has(term: string): boolean {
    return containsTerm(this.normalised, term);
  }
}

/**
 * Ways people write the standard estimates in notes. Each entry is a list of
 * alternatives; an alternative is a set of terms that must all appear.
 */
const ESTIMATE_PHRASES: Record<StandardEstimateKey | 'cost_total', readonly (readonly string[])[]> = {
  dau: [['dau'], ['daily active'], ['daily users']],
  write_qps: [['write qps'], ['writes per second'], ['writes/s'], ['write rate'], ['wps'], ['write', 'qps']],
  read_qps: [['read qps'], ['reads per second'], ['reads/s'], ['read rate'], ['rps'], ['read', 'qps']],
  peak_write_qps: [['peak', 'write']],
  peak_read_qps: [['peak', 'read']],
  peak_qps: [['peak qps'], ['peak', 'qps'], ['peak', 'requests']],
  storage_per_day: [['storage', 'per day'], ['storage', '/day'], ['storage', 'a day'], ['daily storage'], ['per day', 'GB'], ['per day', 'TB']],
  storage_total: [['total storage'], ['storage total'], ['storage', 'year'], ['storage', 'retention'], ['TB'], ['PB']],
  ingress_bandwidth: [['ingress'], ['inbound'], ['incoming'], ['upload bandwidth'], ['write bandwidth']],
  egress_bandwidth: [['egress'], ['outbound'], ['outgoing'], ['read bandwidth'], ['bandwidth']],
  cache_memory: [['cache memory'], ['cache size'], ['cache', 'GB'], ['cache', 'TB'], ['memory']],
  servers: [['servers'], ['machines'], ['instances'], ['hosts'], ['nodes']],
  cost_total: [['cost'], ['usd'], ['per month'], ['monthly'], ['$']],
};

function matchesPhrases(notes: NotesIndex, alternatives: readonly (readonly string[])[]): boolean {
  return alternatives.some((terms) => terms.every((term) => notes.has(term)));
}

/** A sentence without its asides: "(e.g. /spring-sale)" should not count against a mention. */
const withoutAsides = (text: string): string => text.replace(/\([^)]*\)/g, ' ');

/** The technologies a label names in brackets: "Link cache (Redis / Memcached)" -> Redis, Memcached. */
function alternativesOf(label: string): string[] {
  const inside = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  return inside
    .flatMap((part) => part.split(/[/,]| or /))
    .map((t) => t.replace(/\be\.g\.\s*/i, '').replace(/-style$/, '').trim())
    .filter((t) => t.length >= 2);
}

/** A component counts as mentioned by its name, its id, or a technology its label names. */
function componentMentioned(notes: NotesIndex, component: { id: string; label: string }): boolean {
  return (
    notes.overlaps(withoutAsides(component.label)) || notes.has(component.id.replace(/_/g, ' ')) || alternativesOf(component.label).some((t) => notes.has(t))
  );
}

export interface Unmentioned {
  readonly requirements: readonly string[];
  readonly estimates: readonly { key: string; label: string }[];
  readonly components: readonly { id: string; label: string }[];
  /** How many of each kind there were, for the score. */
  readonly totals: { readonly requirements: number; readonly estimates: number; readonly components: number };
}

/** The requirements, standard estimates and components the notes never mention. */
export function findUnmentioned(problem: Problem, notesText: string): Unmentioned {
  const notes = new NotesIndex(notesText);
  const requirements = [...problem.requirements.functional, ...problem.requirements.non_functional];
  const estimates = [
    ...problem.estimates.filter((e) => e.key in ESTIMATE_PHRASES).map((e) => ({ key: e.key, label: e.label })),
    { key: 'cost_total', label: 'Monthly cost' },
  ];
  const components = problem.architecture.components.filter((c) => c.kind !== 'client');
  return {
    requirements: requirements.filter((r) => !notes.overlaps(withoutAsides(r))),
    estimates: estimates.filter((e) => {
      const phrases = ESTIMATE_PHRASES[e.key as keyof typeof ESTIMATE_PHRASES];
      return !(phrases && matchesPhrases(notes, phrases)) && !notes.overlaps(e.label);
    }),
    components: components.filter((c) => !componentMentioned(notes, c)).map((c) => ({ id: c.id, label: c.label })),
    totals: { requirements: requirements.length, estimates: estimates.length, components: components.length },
  };
}
