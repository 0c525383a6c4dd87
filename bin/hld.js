#!/usr/bin/env node
// The shipped entry point runs the esbuild bundle: resolving thousands of small
// module files unbundled costs several hundred milliseconds at every start.
import('../dist/hld.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/hld.js')) {
    process.stderr.write('hld: the bundle is missing; run `npm install` (or `npm run build`) in the hld-dojo folder first.\n');
    process.exit(1);
  }
  throw error;
});
