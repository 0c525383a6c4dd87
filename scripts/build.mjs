// Bundles src/cli/main.ts into dist/hld.js. UI modules are split into their own
// chunks so the estimate/problems/validate paths never load React or Ink.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names carry content hashes, so old chunks would otherwise pile up in dist/.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { hld: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  minify: true,
  metafile: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Ink imports react-devtools-core only when DEV is set; it is not installed.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some CommonJS dependencies call require() for Node built-ins; ESM has none.
  banner: {
    js: "import { createRequire as __hldCreateRequire } from 'node:module'; const require = __hldCreateRequire(import.meta.url);",
  },
});

// Kept so tests can prove which modules each command loads.
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify(result.metafile));

// The shipped YAML, pre-parsed: see cachedData() in src/core/data-file.ts.
const { parse } = await import('yaml');
const { createHash } = await import('node:crypto');
const { readdirSync, readFileSync } = await import('node:fs');
const cache = {};
for (const folder of ['problems', 'templates', 'data']) {
  for (const name of readdirSync(new URL(`../${folder}/`, import.meta.url))) {
    if (!/\.ya?ml$/.test(name)) continue;
    const source = readFileSync(new URL(`../${folder}/${name}`, import.meta.url), 'utf8');
    try {
      cache[`${folder}/${name}`] = { sha1: createHash('sha1').update(source).digest('hex'), data: parse(source) };
    } catch {
      // A file that does not parse is left to the loader, which reports it properly.
    }
  }
}
writeFileSync(new URL('../dist/data-cache.json', import.meta.url), JSON.stringify(cache));
