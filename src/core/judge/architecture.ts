import type { Component, ComponentKind, Problem } from '../problem/schema.js';
import type { Session } from '../session/schema.js';
import { loadAliases, type Lexicon } from './concepts.js';
import { compileExpression, findExpression, readings, type Aliases, type CompiledExpression } from './match.js';
import type { PassageToken } from './passages.js';
import { distinctiveWords } from './overlap.js';

/**
 * The candidate's own architecture beside the reference: which reference
 * components they drew (matched by what a box is, not by its id: "Feed
 * cache" meets "Home timeline cache (Redis lists)"), which they missed, which
 * they added that the reference does not have, and the same for connections.
 *
 * "Their own" is what they built in the editor: the components and
 * connections they added. Reference components kept from a starting diagram
 * are not their work, so only added ones count.
 */

export interface DrawnComponent {
  readonly id: string;
  readonly label: string;
  readonly kind: ComponentKind;
}

export interface ComponentMatch {
  readonly candidate: DrawnComponent;
  readonly reference: Component;
}

export interface ArchitectureComparison {
  readonly shared: readonly ComponentMatch[];
  /** Reference components (clients aside) nobody drew. */
  readonly missed: readonly Component[];
  /** The candidate's components with no counterpart in the reference. */
  readonly added: readonly DrawnComponent[];
  readonly sharedConnections: readonly string[];
  readonly missedConnections: readonly string[];
  readonly addedConnections: readonly string[];
  /** Reference components other than clients, the denominator of the comparison. */
  readonly referenceCount: number;
  readonly referenceConnectionCount: number;
}

/** What the candidate drew: the components and connections they added. */
export function candidateDesign(session: Pick<Session, 'architecture'>): { components: DrawnComponent[]; connections: { from: string; to: string }[] } {
  return { components: session.architecture.added_components, connections: session.architecture.added_connections };
}

/** Words of a label as matcher tokens (labels are short, so no sentence analysis is needed). */
function labelTokens(label: string): PassageToken[] {
  return (label.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).map((text) => ({
    text,
    norm: text.toLowerCase(),
    lemma: text.toLowerCase(),
    pos: /[\p{L}\p{N}]/u.test(text) ? 'NOUN' : 'PUNCT',
    negated: false,
    rejected: false,
    turnedDown: false,
    listed: false,
    clause: 0,
    spaced: true,
  }));
}

/** The shared concepts a label names ("Kafka" and "Message queue" both name the queue concept). */
function conceptsOf(label: string, compiled: ReadonlyMap<string, readonly CompiledExpression[]>, aliases: Aliases): Set<string> {
  const tokenReadings = readings(labelTokens(label), aliases);
  const names = new Set<string>();
  for (const [name, expressions] of compiled) if (findExpression(expressions, tokenReadings)) names.add(name);
  return names;
}

const COMPONENT_CONCEPTS = ['cache', 'queue', 'cdn', 'object_storage', 'key_value_store', 'relational', 'geo_index', 'persistent_connection', 'feed'];
/** Kinds a design has one of: a box of the same kind is the same box, whatever its label ("LB" is the load balancer). */
const SINGULAR_KINDS: ReadonlySet<ComponentKind> = new Set(['load_balancer', 'gateway', 'cdn', 'dns']);

/** A label with its shorthand spelled out: "LB" -> "LB load balancer", "tweet svc" -> "tweet svc service". */
function spelledOut(label: string, aliases: Aliases): string {
  const extra = (label.match(/[\p{L}\p{N}/-]+/gu) ?? []).flatMap((w) => {
    const bare = w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    return [...(aliases.get(bare) ?? (/[^s]s$/.test(w) ? aliases.get(bare.slice(0, -1)) : undefined) ?? [])];
  });
  return extra.length ? `${label} ${extra.join(' ')}` : label;
}

export function compareArchitecture(problem: Pick<Problem, 'architecture'>, session: Pick<Session, 'architecture'>, lexicon: Lexicon, aliases: Aliases = loadAliases()): ArchitectureComparison {
  const compiled = new Map(COMPONENT_CONCEPTS.filter((n) => lexicon[n]).map((n) => [n, lexicon[n]!.map(compileExpression)] as const));
  const describe = (c: { id: string; label: string; kind: ComponentKind }) => ({
    words: new Set([...distinctiveWords(spelledOut(c.label, aliases)), ...distinctiveWords(c.id.replace(/_/g, ' '))]),
    concepts: conceptsOf(c.label, compiled, aliases),
  });
  const mine = candidateDesign(session);
  const references = problem.architecture.components.filter((c) => c.kind !== 'client');
  const refInfo = new Map(references.map((r) => [r.id, describe(r)]));

  const pairs: { candidate: DrawnComponent; reference: Component; score: number }[] = [];
  for (const candidate of mine.components.filter((c) => c.kind !== 'client')) {
    const info = describe(candidate);
    for (const reference of references) {
      const ref = refInfo.get(reference.id)!;
      const shared = [...info.words].filter((w) => ref.words.has(w)).length + [...info.concepts].filter((c) => ref.concepts.has(c)).length;
      const sameKind = candidate.kind === reference.kind;
      const score = (sameKind ? 2 : 0) + shared + (sameKind && SINGULAR_KINDS.has(candidate.kind) ? 1 : 0);
      if ((shared > 0 || (sameKind && SINGULAR_KINDS.has(candidate.kind))) && score >= 3) pairs.push({ candidate, reference, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const shared: ComponentMatch[] = [];
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (taken.has(`c:${pair.candidate.id}`) || taken.has(`r:${pair.reference.id}`)) continue;
    taken.add(`c:${pair.candidate.id}`);
    taken.add(`r:${pair.reference.id}`);
    shared.push({ candidate: pair.candidate, reference: pair.reference });
  }

  // Connections compare through the matching; an end may also be a reference id the candidate wired to directly.
  const toReference = new Map<string, string>(shared.map((m) => [m.candidate.id, m.reference.id]));
  const referenceClient = problem.architecture.components.find((c) => c.kind === 'client');
  if (referenceClient) for (const c of mine.components.filter((c) => c.kind === 'client')) toReference.set(c.id, referenceClient.id);
  const referenceIds = new Set(problem.architecture.components.map((c) => c.id));
  const endOf = (id: string) => toReference.get(id) ?? (referenceIds.has(id) && !mine.components.some((c) => c.id === id) ? id : undefined);
  const refEdges = problem.architecture.connections.filter((c) => references.some((r) => r.id === c.from) || references.some((r) => r.id === c.to));
  const key = (from: string, to: string) => `${from}->${to}`;
  const drawn = new Set<string>();
  const addedConnections: string[] = [];
  for (const c of mine.connections) {
    const from = endOf(c.from);
    const to = endOf(c.to);
    const hit = from && to ? refEdges.find((e) => (e.from === from && e.to === to) || (e.from === to && e.to === from)) : undefined;
    if (hit) drawn.add(key(hit.from, hit.to));
    else addedConnections.push(key(c.from, c.to));
  }
  const sharedConnections = refEdges.map((e) => key(e.from, e.to)).filter((k) => drawn.has(k));
  return {
    shared,
    missed: references.filter((r) => !taken.has(`r:${r.id}`)),
    added: mine.components.filter((c) => c.kind !== 'client' && !taken.has(`c:${c.id}`)),
    sharedConnections,
    missedConnections: refEdges.map((e) => key(e.from, e.to)).filter((k) => !drawn.has(k)),
    addedConnections,
    referenceCount: references.length,
    referenceConnectionCount: refEdges.length,
  };
}
