import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './run-binary.js';

interface Meta {
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

/**
 * The shipped package has no dependencies, so everything a chunk imports must
 * be in the bundle or built into Node. A library added later (a lazily loaded
 * one included) that esbuild could not bundle would show up here, not in a
 * user's terminal.
 */
test('the bundle imports nothing from node_modules at run time', () => {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/meta.json'), 'utf8')) as Meta;
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const external = new Set(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external && !builtins.has(i.path)).map((i) => i.path)));
  // ws (Ink's devtools client, never loaded unless DEV is set) tries these optional speed-ups inside try/catch.
  expect([...external].sort()).toEqual(['bufferutil', 'utf-8-validate']);
});
