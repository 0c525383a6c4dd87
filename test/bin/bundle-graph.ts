import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-binary.js';

/** esbuild's metafile, written by `npm run build`: which source files each output chunk holds and imports. */
interface Meta {
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
