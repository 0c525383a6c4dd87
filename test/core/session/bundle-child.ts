import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/** Bundle a TypeScript child script to plain JS, so tests can run it as a real process (signals, races). */
export function bundleChild(entry: URL): { script: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hld-child-'));
  const script = join(dir, 'child.mjs');
  buildSync({
    entryPoints: [fileURLToPath(entry)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // yaml is CommonJS and require()s Node built-ins, which an ESM bundle lacks.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return { script, dir };
}
