import { COMPONENT_KINDS, type ComponentKind, type Problem } from '../../core/problem/schema.js';
import type { ArchitectureEdits } from '../../core/session/schema.js';
import { connectionKey } from '../../core/export/architecture.js';
import { didYouMean } from '../../core/suggest.js';

/**
 * The architecture step: the problem's components and connections with the
 * user's additions and removals laid over them. Removed items stay listed
 * (marked) so the same key brings them back.
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
  /** Removed itself, or one of its ends is removed. */
  readonly removed: boolean;
}

export type ArchRow =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'component'; readonly item: ArchComponent; readonly text: string }
  | { readonly type: 'connection'; readonly item: ArchConnection; readonly text: string };

export function archComponents(problem: Problem, edits: ArchitectureEdits): ArchComponent[] {
  const removed = new Set(edits.removed_components);
  return [
    ...problem.architecture.components.map((c) => ({ id: c.id, label: c.label, kind: c.kind, origin: 'problem' as const, removed: removed.has(c.id) })),
    ...edits.added_components.map((c) => ({ id: c.id, label: c.label, kind: c.kind, origin: 'user' as const, removed: false })),
  ];
}

export function archConnections(problem: Problem, edits: ArchitectureEdits): ArchConnection[] {
  const gone = new Set(archComponents(problem, edits).filter((c) => c.removed).map((c) => c.id));
  const removed = new Set(edits.removed_connections);
  const make = (c: { from: string; to: string; label?: string | undefined }, origin: 'problem' | 'user'): ArchConnection => {
    const key = connectionKey(c);
    return { key, from: c.from, to: c.to, label: c.label, origin, removed: (origin === 'problem' && removed.has(key)) || gone.has(c.from) || gone.has(c.to) };
  };
  return [...problem.architecture.connections.map((c) => make(c, 'problem')), ...edits.added_connections.map((c) => make(c, 'user'))];
}

/** The box-and-arrow list: `[Client] --HTTPS--> [API servers]`. */
export function archRows(problem: Problem, edits: ArchitectureEdits): ArchRow[] {
  const components = archComponents(problem, edits);
  const labels = new Map(components.map((c) => [c.id, c.label]));
  const mark = (origin: string, removed: boolean) => `${origin === 'user' ? ' (yours)' : ''}${removed ? ' (removed)' : ''}`;
  const rows: ArchRow[] = [{ type: 'heading', text: 'Components' }];
  for (const c of components) rows.push({ type: 'component', item: c, text: `[${c.label}] ${c.kind.replace(/_/g, ' ')}${mark(c.origin, c.removed)}` });
  rows.push({ type: 'heading', text: 'Connections' });
  for (const c of archConnections(problem, edits)) {
    const arrow = c.label ? `--${c.label}-->` : '-->';
    rows.push({ type: 'connection', item: c, text: `[${labels.get(c.from) ?? c.from}] ${arrow} [${labels.get(c.to) ?? c.to}]${mark(c.origin, c.removed)}` });
  }
  return rows;
}

export const selectableArchRows = (rows: readonly ArchRow[]) =>
  rows.filter((r): r is Exclude<ArchRow, { type: 'heading' }> => r.type !== 'heading');

export type EditResult = { readonly edits: ArchitectureEdits } | { readonly error: string };

const slug = (label: string): string =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(?=[0-9])/, 'c_') || 'component';

/** "Rate limiter" or "Rate limiter : service": a new component with a unique id. */
export function addComponent(problem: Problem, edits: ArchitectureEdits, text: string): EditResult {
  const [rawLabel = '', rawKind] = text.split(':');
  const label = rawLabel.trim();
  if (label === '') return { error: 'type a name, e.g. "Rate limiter" or "Rate limiter : service"' };
  const kindText = (rawKind ?? 'service').trim().toLowerCase().replace(/[ -]+/g, '_');
  if (!(COMPONENT_KINDS as readonly string[]).includes(kindText)) {
    return { error: `unknown kind '${kindText}'${didYouMean(kindText, COMPONENT_KINDS)} (kinds: ${COMPONENT_KINDS.join(', ')})` };
  }
  const taken = new Set(archComponents(problem, edits).map((c) => c.id));
  const base = slug(label);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return { edits: { ...edits, added_components: [...edits.added_components, { id, label, kind: kindText as ComponentKind }] } };
}

/** "client -> api" or "Client -> API servers : HTTPS", by id, label, or a part of a label only one component has. */
export function addConnection(problem: Problem, edits: ArchitectureEdits, text: string): EditResult {
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

/** Remove a row, or restore it when it was a removed problem item. */
export function toggleRow(edits: ArchitectureEdits, row: Exclude<ArchRow, { type: 'heading' }>): ArchitectureEdits {
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
