// npm runs `prepare` after `npm install` in a clone, before `npm pack`, and when
// it installs hld-dojo from a git URL (having installed the devDependencies
// first). Each of those builds dist/, which the tarball then ships: installing
// the tarball runs no script at all.
//
// `npm ci --omit=dev` leaves esbuild out; building is then impossible, so say
// so in one line instead of failing the whole install with a stack trace.
import { existsSync } from 'node:fs';

let esbuildPresent = true;
try {
  await import('esbuild');
} catch {
  esbuildPresent = false;
}

if (esbuildPresent) {
  await import('./build.mjs');
} else if (!existsSync(new URL('../dist/hld.js', import.meta.url))) {
  process.stderr.write('hld-dojo: dist/ was not built (esbuild, a devDependency, is not installed); run `npm install` with dev dependencies to build it\n');
}
