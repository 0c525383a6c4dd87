import type { Component, ComponentKind, Connection, Problem } from '../problem/schema.js';
import type { ArchitectureEdits } from '../session/schema.js';

/**
 * The architecture as the user left it: the problem's components and
 * connections, minus what they removed, plus what they added.
 */

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
  readonly removedConnections: Connection[];
  /** Added connections that name a component which is not in the diagram. */
  readonly danglingConnections: { from: string; to: string; label?: string }[];
}

export const connectionKey = (c: { from: string; to: string }): string => `${c.from}->${c.to}`;

export function resolveArchitecture(problem: Pick<Problem, 'architecture'>, edits: ArchitectureEdits): ResolvedArchitecture {
  const removedIds = new Set(edits.removed_components);
  const removedEdges = new Set(edits.removed_connections);
  const components: ResolvedComponent[] = [];
  const removedComponents: Component[] = [];
  for (const c of problem.architecture.components) {
    if (removedIds.has(c.id)) removedComponents.push(c);
    else components.push({ id: c.id, label: c.label, kind: c.kind, added: false });
  }
  for (const c of edits.added_components) {
    const existing = components.findIndex((known) => known.id === c.id);
    const entry = { id: c.id, label: c.label, kind: c.kind, added: true };
    // Re-adding an id replaces it, so an edited label or kind wins.
    if (existing === -1) components.push(entry);
    else components[existing] = entry;
  }
  const present = new Set(components.map((c) => c.id));
  const connections: ResolvedConnection[] = [];
  const removedConnections: Connection[] = [];
  const seen = new Set<string>();
  for (const c of problem.architecture.connections) {
    if (removedEdges.has(connectionKey(c))) {
      removedConnections.push(c);
      continue;
    }
    if (!present.has(c.from) || !present.has(c.to)) continue;
    seen.add(connectionKey(c));
    connections.push({ ...c, added: false });
  }
  const danglingConnections: ResolvedArchitecture['danglingConnections'] = [];
  for (const c of edits.added_connections) {
    if (!present.has(c.from) || !present.has(c.to)) {
      danglingConnections.push(c);
      continue;
    }
    if (seen.has(connectionKey(c))) continue;
    seen.add(connectionKey(c));
    connections.push({ ...c, added: true });
  }
  return { components, connections, removedComponents, removedConnections, danglingConnections };
}
