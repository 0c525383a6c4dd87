// Bundles src/cli/main.ts into dist/hld.js. UI modules are split into their own
// chunks so the estimate/problems/validate paths never load React or Ink.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join as joinPath, relative } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A fingerprint of everything a judgement depends on (the code and the shipped
 * data): a report stored by one build is judged again by another
 * (src/core/judge/stored-report.ts), so a practice session never shows a
 * verdict the current hld would not give.
 */
function buildId() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = joinPath(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of ['src', 'data', 'problems', 'templates']) walk(joinPath(root, dir));
  return hash.digest('hex').slice(0, 16);
}

// Chunk names carry content hashes, so old chunks would otherwise pile up in dist/.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * zod's namespace re-exports all 64 of its message locales (z.locales), so a
 * bundle that imports z carries them all: 264 KB of the 454 KB that every
 * command validating a file must compile before it runs. hld's messages are
 * English, which zod registers from its own import of locales/en.js; the
 * index of the others is replaced by one that offers English only.
 */
const englishOnlyZodLocales = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: joinPath(args.importer, '..', '..', 'locales', 'en.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: root,
    }));
  },
};

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
  // HLD_NO_MINIFY=1 keeps function names, for reading a CPU profile (node --cpu-prof bin/hld.js ...).
  minify: process.env.HLD_NO_MINIFY !== "1",
  metafile: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [englishOnlyZodLocales],
  // Ink imports react-devtools-core only when DEV is set; it is not installed.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.HLD_BUILD_ID': JSON.stringify(buildId()) },
  // Some CommonJS dependencies call require() for Node built-ins; ESM has none.
  banner: {
    js: "import { createRequire as __hldCreateRequire } from 'node:module'; const require = __hldCreateRequire(import.meta.url);",
  },
});

// Kept so tests can prove which modules each command loads.
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify(result.metafile));

// The shipped YAML compiled: parsed, validated, estimated under every
// convention set, and every expression parsed (scripts/compile-data.ts; read
// by src/core/data-cache.ts). A shipped file that fails any of it fails the build.
const { mkdtempSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');
const { pathToFileURL } = await import('node:url');
const scratch = mkdtempSync(join(tmpdir(), 'hld-build-'));
try {
  const compiler = join(scratch, 'compile-data.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/compile-data.ts'],
    outfile: compiler,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __hldCreateRequire } from 'node:module'; const require = __hldCreateRequire(import.meta.url);" },
  });
  const { compileShippedData } = await import(pathToFileURL(compiler).href);
  let cache;
  try {
    cache = compileShippedData(root);
  } catch (error) {
    process.stderr.write(`build: the shipped data does not compile: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { dirname } = await import('node:path');
  const { mkdirSync } = await import('node:fs');
  const { CACHE_FOLDER, ASTS_FILE, cacheFileOf } = await import(pathToFileURL(compiler).href);
  const folder = join(root, 'dist', CACHE_FOLDER);
  const write = (name, value) => {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), JSON.stringify(value));
  };
  for (const [path, entry] of Object.entries(cache.files)) write(cacheFileOf(path), entry);
  write(ASTS_FILE, cache.asts);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
