import type { ComponentKind } from '../problem/schema.js';
import type { ResolvedArchitecture } from '../architecture.js';

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

export function architectureFlowchart(architecture: ResolvedArchitecture): string[] {
  const lines = ['flowchart LR'];
  for (const c of architecture.components) {
    const [open, close] = SHAPES[c.kind];
    lines.push(`  ${mermaidNodeId(c.id)}${open}${mermaidLabel(c.label)}${close}`);
  }
  for (const c of architecture.connections) {
    const arrow = c.added ? '-.->' : '-->';
    const label = c.label ? `|${mermaidLabel(c.label)}|` : '';
    lines.push(`  ${mermaidNodeId(c.from)} ${arrow}${label} ${mermaidNodeId(c.to)}`);
  }
  const added = architecture.components.filter((c) => c.added);
  if (added.length > 0) {
    lines.push('  classDef added stroke-dasharray: 5 5');
    lines.push(`  class ${added.map((c) => mermaidNodeId(c.id)).join(',')} added`);
  }
  return lines;
}
