// npm run bench [-- --markdown] [-- --only commands,memory,screens,typing]
// The benchmark is TypeScript like the rest of the project (scripts/bench/);
// esbuild, which builds hld, bundles it into node_modules/.cache/hld-bench to run it.
// See scripts/bench/main.ts for what it measures and how.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'hld-bench-'));
try {
  const { build } = await import('esbuild'); // a devDependency: npm install, not npm ci --omit=dev
  // Inside the package (as the estimator's child below), so the store's code it bundles finds problems/ and data/.
  const outfile = join(root, 'node_modules', '.cache', 'hld-bench', 'bench.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench/main.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    // Some CommonJS dependencies call require() for Node built-ins; ESM has none.
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  // The estimator figure runs the core in a process of its own, from a folder inside the package so it finds the data.
  const recomputeScript = join(root, 'node_modules', '.cache', 'hld-bench', 'recompute.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench/recompute-child.ts'],
    outfile: recomputeScript,
    // The child draws the estimator with Ink, which imports react-devtools-core only when DEV is set (as in build.mjs).
    alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  const { runBench } = await import(pathToFileURL(outfile).href);
  await runBench(root, scratch, process.argv.slice(2), recomputeScript);
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
