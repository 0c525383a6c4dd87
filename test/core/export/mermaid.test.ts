// @vitest-environment happy-dom
// Mermaid sanitises labels with DOMPurify, which needs a window: happy-dom provides one.
import MarkdownIt from 'markdown-it';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { resolveArchitecture } from '../../../src/core/architecture.js';
import { exportDesignDoc } from '../../../src/core/export/export-session.js';
import { architectureFlowchart, mermaidLabel, mermaidNodeId } from '../../../src/core/export/mermaid.js';
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
  it('the mermaid block of an exported doc parses, with every node and edge', async () => {
    const doc = await exportDesignDoc(trickySession(), { env });
    const fences = new MarkdownIt().parse(doc, {}).filter((t) => t.type === 'fence' && t.info === 'mermaid');
    expect(fences).toHaveLength(1);
    const db = await parseFlowchart(fences[0]!.content);

    const problem = loadProblem('url-shortener', env);
    const expected = resolveArchitecture(problem, trickySession().architecture);
    expect([...db.getVertices().keys()].sort()).toEqual(expected.components.map((c) => mermaidNodeId(c.id)).sort());
    expect(db.getEdges().map((e) => `${e.start}->${e.end}`).sort()).toEqual(
      expected.connections.map((c) => `${mermaidNodeId(c.from)}->${mermaidNodeId(c.to)}`).sort(),
    );
    // The user's removals and additions are applied; keywords as ids are harmless.
    expect(db.getVertices().has('n_dns')).toBe(false);
    expect(db.getVertices().has('n_end')).toBe(true);
    expect(db.getEdges().some((e) => e.start === 'n_client' && e.end === 'n_edge')).toBe(false);
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
