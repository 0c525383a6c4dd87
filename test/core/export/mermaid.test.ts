// @vitest-environment happy-dom
// Mermaid sanitises labels with DOMPurify, which needs a window: happy-dom provides one.
import MarkdownIt from 'markdown-it';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { resolveArchitecture } from '../../../src/core/architecture.js';
import { exportDesignDoc } from '../../../src/core/export/export-session.js';
import { architectureDiagrams, architectureFlowchart, mermaidLabel, mermaidNodeId } from '../../../src/core/export/mermaid.js';
import { listProblemFiles, loadProblem } from '../../../src/core/problem/load.js';
import { COMPONENT_KINDS } from '../../../src/core/problem/schema.js';
import { emptyEdits, trickySession } from './fixture.js';

const env = { HLD_HOME: '/nonexistent-hld-home' };

interface FlowDb {
  getVertices(): Map<string, { text?: string }>;
  getEdges(): { start: string; end: string; text?: string }[];
}

async function parseFlowchart(text: string): Promise<FlowDb> {
  expect(await mermaid.parse(text)).toMatchObject({ diagramType: 'flowchart-v2' });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return diagram.db as unknown as FlowDb;
}

describe('architecture flowchart (checked by Mermaid 11 itself)', () => {
  it('the mermaid blocks of an exported doc parse and, together, hold every node and each edge once', async () => {
    const doc = await exportDesignDoc(trickySession(), { env });
    const fences = new MarkdownIt().parse(doc, {}).filter((t) => t.type === 'fence' && t.info === 'mermaid');
    expect(fences.length).toBeGreaterThan(1);
    const dbs = await Promise.all(fences.map((fence) => parseFlowchart(fence.content)));
    const vertices = new Set(dbs.flatMap((db) => [...db.getVertices().keys()]));
    const edges = dbs.flatMap((db) => db.getEdges().map((e) => `${e.start}->${e.end}`));

    // The candidate's own boxes (their arrows to boxes they did not draw are listed, not drawn), then the whole reference.
    const problem = loadProblem('url-shortener', env);
    const reference = resolveArchitecture(problem, emptyEdits());
    const own = trickySession().architecture.added_components.map((c) => mermaidNodeId(c.id));
    expect([...vertices].sort()).toEqual([...reference.components.map((c) => mermaidNodeId(c.id)), ...own].sort());
    expect(edges.sort()).toEqual(reference.connections.map((c) => `${mermaidNodeId(c.from)}->${mermaidNodeId(c.to)}`).sort());
    expect(vertices.has('n_end')).toBe(true);
  });

  it("every problem's architecture is split by layer: requests top to bottom, data left to right, events and workers top to bottom", async () => {
    for (const entry of listProblemFiles(env)) {
      const resolved = resolveArchitecture(loadProblem(entry.id, env), emptyEdits());
      const diagrams = architectureDiagrams(resolved);
      expect(diagrams.map((d) => d.lines[1]), entry.id).toEqual(['flowchart TB', 'flowchart LR', 'flowchart TB']);
      const dbs = await Promise.all(diagrams.map((d) => parseFlowchart(d.lines.join('\n'))));
      const edges = dbs.flatMap((db) => db.getEdges().map((e) => `${e.start}->${e.end}`));
      expect(edges.sort(), entry.id).toEqual(resolved.connections.map((c) => `${mermaidNodeId(c.from)}->${mermaidNodeId(c.to)}`).sort());
      const vertices = new Set(dbs.flatMap((db) => [...db.getVertices().keys()]));
      expect(vertices.size, entry.id).toBe(resolved.components.length);
      // The requests diagram holds no store; the data diagram no queue or worker.
      expect(diagrams[0]!.lines.join('\n'), entry.id).not.toMatch(/\[\(|\)\]/);
      expect(diagrams[1]!.lines.join('\n'), entry.id).not.toMatch(/\[\[|>"/);
    }
  });

  it('a small architecture stays one diagram, and a component with no arrows is still drawn', async () => {
    const components = ['client', 'service', 'database'].map((kind, i) => ({ id: `c${i}`, label: kind, kind: kind as (typeof COMPONENT_KINDS)[number], added: false }));
    const lonely = { id: 'lonely', label: 'Lonely cache', kind: 'cache' as const, added: true };
    const diagrams = architectureDiagrams({
      components: [...components, lonely],
      connections: [{ from: 'c0', to: 'c1', added: false }, { from: 'c1', to: 'c2', added: false }],
      removedComponents: [],
      removedConnections: [],
      danglingConnections: [],
    });
    expect(diagrams).toHaveLength(1);
    const db = await parseFlowchart(diagrams[0]!.lines.join('\n'));
    expect([...db.getVertices().keys()].sort()).toEqual(['n_c0', 'n_c1', 'n_c2', 'n_lonely']);
  });

  it("every problem's reference architecture parses", async () => {
    for (const entry of listProblemFiles(env)) {
      const problem = loadProblem(entry.id, env);
      const db = await parseFlowchart(architectureFlowchart(resolveArchitecture(problem, emptyEdits())).join('\n'));
      expect(db.getVertices().size, entry.id).toBe(problem.architecture.components.length);
      expect(db.getEdges(), entry.id).toHaveLength(problem.architecture.connections.length);
    }
  });

  it('draws every component kind with a shape Mermaid accepts', async () => {
    const components = COMPONENT_KINDS.map((kind, i) => ({ id: `c${i}`, label: `${kind} "x" #1 <i>|`, kind, added: i % 2 === 0 }));
    const connections = components.slice(1).map((c, i) => ({ from: components[i]!.id, to: c.id, label: 'a "b" --> c | d', added: i % 2 === 1 }));
    const text = architectureFlowchart({ components, connections, removedComponents: [], removedConnections: [], danglingConnections: [] }).join('\n');
    const db = await parseFlowchart(text);
    expect(db.getVertices().size).toBe(COMPONENT_KINDS.length);
    expect(db.getEdges()).toHaveLength(COMPONENT_KINDS.length - 1);
  });

  it('the parser is strict: an unescaped quote in a label is rejected', async () => {
    await expect(mermaid.parse('flowchart LR\n  a["x"y"] --> b')).rejects.toThrow(/Parse error/);
    await expect(mermaid.parse('flowchart LR\n  a[x]y] --> b')).rejects.toThrow(/Parse error/);
    expect(mermaidLabel('say "hi" #1')).toBe('"say #quot;hi#quot; #35;1"');
    const db = await parseFlowchart(`flowchart LR\n  a[${mermaidLabel('x"y] --> z')}] --> b`);
    expect([...db.getVertices().keys()].sort()).toEqual(['a', 'b']);
  });
});
