import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-binary.js';

/** esbuild's metafile, written by `npm run build`: which source files each output chunk holds and imports. */
interface Meta {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }>;
}

const meta = JSON.parse(readFileSync(join(ROOT, 'dist/meta.json'), 'utf8')) as Meta;

/** The output chunk built for a source entry (a command module loaded by dynamic import). */
export function chunkFor(entry: string): string {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry)?.[0];
  if (!found) throw new Error(`no output chunk for ${entry} in dist/meta.json`);
  return found;
}

/**
 * Source files loaded when `starts` are loaded: their static imports, followed
 * transitively; dynamic imports are not followed, since they load later.
 */
export function staticInputs(...starts: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length) {
    const out = stack.pop()!;
    if (seen.has(out) || !meta.outputs[out]) continue;
    seen.add(out);
    for (const imp of meta.outputs[out].imports) if (imp.kind === 'import-statement') stack.push(imp.path);
  }
  return [...seen].flatMap((out) => Object.keys(meta.outputs[out]!.inputs));
}

/** Each source file under src/ and what it imports (static and dynamic; type-only imports are gone by then). */
export function sourceImports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, input] of Object.entries(meta.inputs)) {
    if (!file.startsWith('src/')) continue;
    graph.set(file, [...new Set(input.imports.filter((i) => !i.external).map((i) => i.path))]);
  }
  return graph;
}

/** The import cycles of a graph, each as the path that closes it (first file repeated at the end); one per loop found. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
