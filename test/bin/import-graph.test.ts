import { describe, expect, test } from 'vitest';
import { importCycles, sourceImports } from './bundle-graph.js';

/**
 * The source import graph as the bundler saw it (dist/meta.json, written by
 * `npm run build`): static and dynamic imports alike, since a dynamic import
 * that closes a loop still ties the modules together.
 */
describe('the import graph of src', () => {
  const graph = sourceImports();

  test('has every source module the commands reach', () => {
    for (const file of ['src/cli/main.ts', 'src/cli/flow.ts', 'src/core/session/session-store.ts', 'src/ui/practice/show-practice.tsx']) {
      expect(graph.has(file), file).toBe(true);
    }
  });

  test('has no cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  test('core imports neither the UI nor the CLI, nor React, Ink or inquirer', () => {
    for (const [file, imports] of graph) {
      if (!file.startsWith('src/core/')) continue;
      const wrong = imports.filter((to) => to.startsWith('src/ui/') || to.startsWith('src/cli/') || /node_modules\/(ink|react|react-reconciler|@inquirer)\//.test(to));
      expect(wrong, file).toEqual([]);
    }
  });

  test('the screens never import the commands or the flow: they are leaves, and the flow sequences them', () => {
    for (const [file, imports] of graph) {
      if (file.startsWith('src/ui/')) expect(imports.filter((to) => to.startsWith('src/cli/')), file).toEqual([]);
    }
  });

  test('the cycle check finds a loop, dynamic or not', () => {
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(importCycles(loop)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
