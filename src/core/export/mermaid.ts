import type { ComponentKind } from '../problem/schema.js';
import type { ResolvedArchitecture, ResolvedComponent, ResolvedConnection } from '../architecture.js';

/**
 * A Mermaid flowchart of the architecture, for GitHub to draw. Every label is
 * quoted and its special characters written as Mermaid entity codes, so no
 * user text can end a node, start a comment or inject markup. Node ids get a
 * prefix so a component called `end` or `graph` cannot clash with keywords.
 */

const SHAPES: Record<ComponentKind, readonly [open: string, close: string, name: string]> = {
  client: ['([', '])', 'stadium'],
  dns: ['((', '))', 'circle'],
  cdn: ['((', '))', 'circle'],
  load_balancer: ['{{', '}}', 'hexagon'],
  gateway: ['{{', '}}', 'hexagon'],
  service: ['[', ']', 'rectangle'],
  worker: ['[[', ']]', 'double-sided box'],
  database: ['[(', ')]', 'cylinder'],
  object_storage: ['[(', ')]', 'cylinder'],
  search: ['[(', ')]', 'cylinder'],
  cache: ['[/', '/]', 'parallelogram'],
  queue: ['>', ']', 'flag'],
  analytics: ['[/', '\\]', 'trapezoid'],
  third_party: ['[\\', '/]', 'inverted trapezoid'],
  other: ['(', ')', 'rounded box'],
};

const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '&': '#amp;',
  '|': '#124;',
  '\\': '#92;',
};

/** A label safe inside `"..."` in a Mermaid flowchart. */
export function mermaidLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.replace(/[#"<>`&|\\]/g, (ch) => ENTITIES[ch]!)}"`;
}

export function mermaidNodeId(componentId: string): string {
  return `n_${componentId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

export function shapeName(kind: ComponentKind): string {
  return SHAPES[kind][2];
}

/**
 * How the diagrams are drawn so that GitHub shows them at about full size in
 * its ~830 px column: labels wrap at 100 px, 14 px text, tight spacing.
 * Measured in Chromium with Mermaid 11 (test/e2e/export-render.test.ts).
 */
type Direction = 'TB' | 'LR';
// Ranks run across the page in LR, so their spacing is width there; in TB it leaves room for arrow labels.
const diagramConfig = (direction: Direction): string =>
  `%%{init: {"flowchart": {"wrappingWidth": 100, "nodeSpacing": 16, "rankSpacing": ${direction === 'LR' ? 30 : 40}, "padding": 4}, "themeVariables": {"fontSize": "14px"}}}%%`;

function flowchart(direction: Direction, components: readonly ResolvedComponent[], connections: readonly ResolvedConnection[]): string[] {
  const lines = [diagramConfig(direction), `flowchart ${direction}`];
  for (const c of components) {
    const [open, close] = SHAPES[c.kind];
    lines.push(`  ${mermaidNodeId(c.id)}${open}${mermaidLabel(c.label)}${close}`);
  }
  for (const c of connections) {
    const arrow = c.added ? '-.->' : '-->';
    const label = c.label ? `|${mermaidLabel(c.label)}|` : '';
    lines.push(`  ${mermaidNodeId(c.from)} ${arrow}${label} ${mermaidNodeId(c.to)}`);
  }
  const added = components.filter((c) => c.added);
  if (added.length > 0) {
    lines.push('  classDef added stroke-dasharray: 5 5');
    lines.push(`  class ${added.map((c) => mermaidNodeId(c.id)).join(',')} added`);
  }
  return lines;
}

/** The whole architecture as one flowchart. */
export function architectureFlowchart(architecture: ResolvedArchitecture, direction: Direction = 'LR'): string[] {
  return flowchart(direction, architecture.components, architecture.connections);
}

/**
 * The part of a system a component belongs to. One flowchart of a whole
 * reference architecture (15-21 components, labelled arrows) lays out about
 * 3,000 px wide, and GitHub shrinks it to the page: labels about 5 px high.
 */
type Part = 'requests' | 'data' | 'async';
const PART_OF: Record<ComponentKind, Part> = {
  client: 'requests',
  dns: 'requests',
  cdn: 'requests',
  load_balancer: 'requests',
  gateway: 'requests',
  service: 'requests',
  database: 'data',
  cache: 'data',
  object_storage: 'data',
  search: 'data',
  analytics: 'data',
  queue: 'async',
  worker: 'async',
  third_party: 'async',
  other: 'async',
};

export interface ArchitectureDiagram {
  /** One line saying what the diagram shows. */
  readonly caption: string;
  readonly lines: string[];
}

/** Up to this many components, one diagram stays narrow enough. */
const ONE_DIAGRAM_MAX = 8;

/**
 * The architecture in diagrams that stay legible at GitHub's page width:
 * - requests: clients, the edge and the services, and the arrows among them
 *   (top to bottom: a chain of hops);
 * - services and their data: the arrows to databases, caches, object storage
 *   and search (left to right: services in one column, stores in the next);
 * - events, workers and outside services: the arrows that touch a queue, a
 *   worker or a third party (top to bottom).
 * Every arrow is in exactly one diagram, every component in at least one; a
 * service appears in each diagram it has arrows in. A small architecture is
 * one diagram.
 */
export function architectureDiagrams(architecture: ResolvedArchitecture): ArchitectureDiagram[] {
  if (architecture.components.length <= ONE_DIAGRAM_MAX) {
    return [{ caption: 'The architecture:', lines: flowchart('TB', architecture.components, architecture.connections) }];
  }
  const partOf = new Map(architecture.components.map((c) => [c.id, PART_OF[c.kind]]));
  const partOfConnection = (c: ResolvedConnection): Part => {
    const ends = [partOf.get(c.from), partOf.get(c.to)];
    if (ends.includes('async')) return 'async';
    return ends.includes('data') ? 'data' : 'requests';
  };
  const parts: { part: Part; direction: Direction; caption: string }[] = [
    { part: 'requests', direction: 'TB', caption: 'Requests, from the clients through the edge to the services:' },
    { part: 'data', direction: 'LR', caption: 'The services and the data they read and write:' },
    { part: 'async', direction: 'TB', caption: 'Events, workers and outside services:' },
  ];
  return parts.flatMap(({ part, direction, caption }) => {
    const connections = architecture.connections.filter((c) => partOfConnection(c) === part);
    const ends = new Set(connections.flatMap((c) => [c.from, c.to]));
    const alone = (c: ResolvedComponent) => PART_OF[c.kind] === part && !architecture.connections.some((x) => x.from === c.id || x.to === c.id);
    const components = architecture.components.filter((c) => ends.has(c.id) || alone(c));
    return components.length > 0 ? [{ caption, lines: flowchart(direction, components, connections) }] : [];
  });
}
