// `npm pack` and `npm publish` run `prepack`, pack, then `postpack`. In between,
// package.json is the manifest users install: no scripts and no
// devDependencies. The bundle in dist/ needs neither, and npm 11 lists any
// package that declares `prepare` under "install scripts not yet covered by
// allowScripts" at install time, although it never runs it for a tarball.
//
//   node scripts/pack-manifest.mjs strip     build dist/, then trim package.json (prepack)
//   node scripts/pack-manifest.mjs restore   put the full package.json back (postpack)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const manifest = new URL('../package.json', import.meta.url);
const saved = new URL('../package.json.full', import.meta.url);

/** The manifest as shipped: what runs hld, none of what builds or tests it. */
export function shippedManifest(full) {
  const { scripts: _scripts, devDependencies: _devDependencies, ...shipped } = full;
  return shipped;
}

// Run as a script (npm's prepack/postpack), not when a test imports shippedManifest.
const mode = import.meta.url === pathToFileURL(process.argv[1] ?? '').href ? process.argv[2] : undefined;
if (mode === 'strip') {
  if (existsSync(saved)) {
    process.stderr.write('pack-manifest: package.json.full exists, so an earlier pack stopped half way; run `node scripts/pack-manifest.mjs restore` first\n');
    process.exit(1);
  }
  await import('./build.mjs');
  const text = readFileSync(manifest, 'utf8');
  writeFileSync(saved, text);
  writeFileSync(manifest, `${JSON.stringify(shippedManifest(JSON.parse(text)), null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(saved)) renameSync(saved, manifest);
} else if (mode !== undefined) {
  process.stderr.write(`pack-manifest: unknown mode '${mode}' (strip or restore)\n`);
  process.exit(2);
}
