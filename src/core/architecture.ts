import type { Component, ComponentKind, Connection, Problem } from './problem/schema.js';
import { COMPONENT_KINDS } from './problem/standard.js';
import type { ArchitectureEdits } from './session/schema.js';
import { didYouMean } from './suggest.js';

/**
 * The architecture as the user shapes it: the problem's components and
 * connections with the user's additions and removals laid over them. One set
 * of rules for every place that shows or exports it (the practice screen, the
 * plain walk, the design doc):
 * - one component per id: an addition with the id of a problem component
 *   takes its place (an edited label or kind wins; removing the addition
 *   brings the problem's one back);
 * - a removed problem item stays listed, marked, so the same key restores it;
 * - a connection is out while it is removed itself or while one of its ends is
 *   out; a connection listed twice counts once.
 */

export interface ArchComponent {
  readonly id: string;
  readonly label: string;
  readonly kind: ComponentKind;
  readonly origin: 'problem' | 'user';
  readonly removed: boolean;
}

export interface ArchConnection {
  /** `from->to`, the form removed_connections stores. */
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly label: string | undefined;
  readonly origin: 'problem' | 'user';
  /** Removed itself, or one of its ends is out of the diagram. */
  readonly removed: boolean;
}

export const connectionKey = (c: { from: string; to: string }): string => `${c.from}->${c.to}`;

/**
 * What the candidate's diagram starts from: nothing. Practice and mocks are
 * cold by default, so the practice screen and the plain walk lay the
 * candidate's own components and connections over this empty diagram, never
 * over the reference; the reference design is shown apart from theirs (the
 * last hint of the step in practice, beside theirs in the report). The judge
 * reads the same additions (src/core/judge/architecture.ts, candidateDesign).
 */
export const EMPTY_DIAGRAM: Pick<Problem, 'architecture'> = { architecture: { components: [], connections: [] } };

export function archComponents(problem: Pick<Problem, 'architecture'>, edits: ArchitectureEdits): ArchComponent[] {
  const removed = new Set(edits.removed_components);
  const added = new Map(edits.added_components.map((c) => [c.id, c]));
  const user = (c: ArchitectureEdits['added_components'][number]): ArchComponent => ({ id: c.id, label: c.label, kind: c.kind, origin: 'user', removed: false });
  const listed: ArchComponent[] = problem.architecture.components.map((c) => {
    const replacement = added.get(c.id);
    return replacement ? user(replacement) : { id: c.id, label: c.label, kind: c.kind, origin: 'problem', removed: removed.has(c.id) };
  });
  const seen = new Set(listed.map((c) => c.id));
  for (const c of edits.added_components) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    listed.push(user(c));
  }
  return listed;
}

export function archConnections(problem: Pick<Problem, 'architecture'>, edits: ArchitectureEdits): ArchConnection[] {
  const live = new Set(archComponents(problem, edits).filter((c) => !c.removed).map((c) => c.id));
  const removed = new Set(edits.removed_connections);
  const listed: ArchConnection[] = [];
  const liveKeys = new Set<string>();
  const add = (c: { from: string; to: string; label?: string | undefined }, origin: 'problem' | 'user'): void => {
    const key = connectionKey(c);
    if (liveKeys.has(key)) return;
    const out = (origin === 'problem' && removed.has(key)) || !live.has(c.from) || !live.has(c.to);
    if (!out) liveKeys.add(key);
    listed.push({ key, from: c.from, to: c.to, label: c.label, origin, removed: out });
  };
  for (const c of problem.architecture.connections) add(c, 'problem');
  for (const c of edits.added_connections) add(c, 'user');
  return listed;
}

// ---- the list the screen and the plain walk show

export type ArchRow =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'component'; readonly item: ArchComponent; readonly text: string }
  | { readonly type: 'connection'; readonly item: ArchConnection; readonly text: string };

/** The box-and-arrow list: `[Client] --HTTPS--> [API]`. */
export function archRows(problem: Pick<Problem, 'architecture'>, edits: ArchitectureEdits): ArchRow[] {
  const components = archComponents(problem, edits);
  const labels = new Map(components.map((c) => [c.id, c.label]));
  // Over the empty diagram everything is the user's, so nothing needs the mark.
  const overReference = problem.architecture.components.length > 0;
  const mark = (origin: string, removed: boolean) => `${origin === 'user' && overReference ? ' (yours)' : ''}${removed ? ' (removed)' : ''}`;
  const rows: ArchRow[] = [{ type: 'heading', text: 'Components' }];
  for (const c of components) rows.push({ type: 'component', item: c, text: `[${c.label}] ${c.kind.replace(/_/g, ' ')}${mark(c.origin, c.removed)}` });
  rows.push({ type: 'heading', text: 'Connections' });
  for (const c of archConnections(problem, edits)) {
    const arrow = c.label ? `--${c.label}-->` : '-->';
    rows.push({ type: 'connection', item: c, text: `[${labels.get(c.from) ?? c.from}] ${arrow} [${labels.get(c.to) ?? c.to}]${mark(c.origin, c.removed)}` });
  }
  return rows;
}

export type SelectableArchRow = Exclude<ArchRow, { type: 'heading' }>;

export const selectableArchRows = (rows: readonly ArchRow[]): SelectableArchRow[] => rows.filter((r): r is SelectableArchRow => r.type !== 'heading');

// ---- edits

export type EditResult = { readonly edits: ArchitectureEdits } | { readonly error: string };

const slug = (label: string): string =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(?=[0-9])/, 'c_') || 'component';

/** "Rate limiter" or "Rate limiter : service": a new component with an id no other component has. */
export function addComponent(problem: Pick<Problem, 'architecture'>, edits: ArchitectureEdits, text: string): EditResult {
  const [rawLabel = '', rawKind] = text.split(':');
  const label = rawLabel.trim();
  if (label === '') return { error: 'type a name, e.g. "Rate limiter" or "Rate limiter : service"' };
  const kindText = (rawKind ?? 'service').trim().toLowerCase().replace(/[ -]+/g, '_');
  if (!(COMPONENT_KINDS as readonly string[]).includes(kindText)) {
    return { error: `unknown kind '${kindText}'${didYouMean(kindText, COMPONENT_KINDS)} (kinds: ${COMPONENT_KINDS.join(', ')})` };
  }
  // Two of your boxes with one name make "api -> cache" ambiguous to you and to the report's comparison.
  const same = edits.added_components.find((c) => c.label.toLowerCase() === label.toLowerCase());
  if (same) return { error: `you already have a component named '${same.label}'; give this one another name (e.g. "${same.label} 2") or connect to the one you have` };
  // Removed components keep their ids, so restoring one never meets a namesake.
  const taken = new Set(archComponents(problem, edits).map((c) => c.id));
  const base = slug(label);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return { edits: { ...edits, added_components: [...edits.added_components, { id, label, kind: kindText as ComponentKind }] } };
}

/** "client -> api" or "Client -> API servers : HTTPS", by id, label, or a part of a label only one component has. */
export function addConnection(problem: Pick<Problem, 'architecture'>, edits: ArchitectureEdits, text: string): EditResult {
  const colon = text.indexOf(':');
  const ends = colon === -1 ? text : text.slice(0, colon);
  const label = colon === -1 ? undefined : text.slice(colon + 1).trim() || undefined;
  const parts = ends.split(/-+>/);
  if (parts.length !== 2) return { error: 'write it as "from -> to" or "from -> to : label"' };
  const live = archComponents(problem, edits).filter((c) => !c.removed);
  const find = (name: string): string | { error: string } => {
    const wanted = name.trim().toLowerCase();
    const exact = live.find((c) => c.id === wanted || c.label.toLowerCase() === wanted);
    if (exact) return exact.id;
    // Labels are long ("Timeline cache (Redis)"), so part of one is enough when only one matches.
    const partial = live.filter((c) => c.label.toLowerCase().includes(wanted) || c.id.includes(wanted.replace(/[ -]+/g, '_')));
    if (wanted !== '' && partial.length === 1) return partial[0]!.id;
    if (partial.length > 1) return { error: `'${name.trim()}' matches ${partial.map((c) => c.label).join(', ')}; type more of the name` };
    return { error: `no component '${name.trim()}'${didYouMean(name.trim(), live.map((c) => c.label))}` };
  };
  const from = find(parts[0]!);
  const to = find(parts[1]!);
  if (typeof from !== 'string') return from;
  if (typeof to !== 'string') return to;
  if (from === to) return { error: 'a connection needs two different components' };
  if (archConnections(problem, edits).some((c) => c.from === from && c.to === to && !c.removed)) {
    return { error: 'that connection is already there' };
  }
  const key = connectionKey({ from, to });
  // Re-adding a problem connection the user removed simply restores it.
  if (edits.removed_connections.includes(key) && problem.architecture.connections.some((c) => connectionKey(c) === key)) {
    return { edits: { ...edits, removed_connections: edits.removed_connections.filter((k) => k !== key) } };
  }
  return { edits: { ...edits, added_connections: [...edits.added_connections, { from, to, ...(label ? { label } : {}) }] } };
}

/** Remove a row: the user's own items go (a component with its connections); the problem's are marked removed, or restored. */
export function toggleRow(edits: ArchitectureEdits, row: SelectableArchRow): ArchitectureEdits {
  if (row.type === 'component') {
    const { id, origin } = row.item;
    if (origin === 'user') {
      return {
        ...edits,
        added_components: edits.added_components.filter((c) => c.id !== id),
        added_connections: edits.added_connections.filter((c) => c.from !== id && c.to !== id),
      };
    }
    const removed = edits.removed_components.includes(id);
    return { ...edits, removed_components: removed ? edits.removed_components.filter((x) => x !== id) : [...edits.removed_components, id] };
  }
  const { key, origin, from, to } = row.item;
  if (origin === 'user') return { ...edits, added_connections: edits.added_connections.filter((c) => !(c.from === from && c.to === to)) };
  const removed = edits.removed_connections.includes(key);
  return { ...edits, removed_connections: removed ? edits.removed_connections.filter((k) => k !== key) : [...edits.removed_connections, key] };
}

// ---- the design as it stands, for the export

export interface ResolvedComponent {
  readonly id: string;
  readonly label: string;
  readonly kind: ComponentKind;
  readonly added: boolean;
}

export interface ResolvedConnection {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  readonly added: boolean;
}

export interface ResolvedArchitecture {
  readonly components: ResolvedComponent[];
  readonly connections: ResolvedConnection[];
  /** The problem's components the user took out. */
  readonly removedComponents: Component[];
  /** The problem's connections the user took out themselves (not those that went with a removed component). */
  readonly removedConnections: Connection[];
  /** The user's connections left out because one of their ends is not in the diagram. */
  readonly danglingConnections: { from: string; to: string; label?: string }[];
}

/** What is in the diagram, and what the user took out, under the rules above. */
export function resolveArchitecture(problem: Pick<Problem, 'architecture'>, edits: ArchitectureEdits): ResolvedArchitecture {
  const listed = archComponents(problem, edits);
  const components = listed.filter((c) => !c.removed).map((c) => ({ id: c.id, label: c.label, kind: c.kind, added: c.origin === 'user' }));
  const removedIds = new Set(listed.filter((c) => c.removed).map((c) => c.id));
  const removedKeys = new Set(edits.removed_connections);
  const withLabel = (c: ArchConnection) => ({ from: c.from, to: c.to, ...(c.label !== undefined ? { label: c.label } : {}) });
  const connections: ResolvedConnection[] = [];
  const danglingConnections: ResolvedArchitecture['danglingConnections'] = [];
  for (const c of archConnections(problem, edits)) {
    if (!c.removed) connections.push({ ...withLabel(c), added: c.origin === 'user' });
    else if (c.origin === 'user') danglingConnections.push(withLabel(c));
  }
  return {
    components,
    connections,
    removedComponents: problem.architecture.components.filter((c) => removedIds.has(c.id)),
    removedConnections: problem.architecture.connections.filter((c) => removedKeys.has(connectionKey(c))),
    danglingConnections,
  };
}
