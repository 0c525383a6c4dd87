import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { hld, ROOT } from './run-binary.js';

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

test("zod's messages come in English only: the other 63 locales (264 KB) are not bundled, and a validation error still reads in English", () => {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
  const locales = Object.keys(meta.inputs).filter((f) => /zod\/v4\/locales\//.test(f) && !f.startsWith('zod-english-only:'));
  expect(locales).toEqual(['node_modules/zod/v4/locales/en.js']);
  const dir = mkdtempSync(join(tmpdir(), 'hld-zod-'));
  try {
    writeFileSync(join(dir, 'mine.yaml'), 'id: mine\n');
    expect(hld(['validate', join(dir, 'mine.yaml')]).stderr).toMatch(/mine\.yaml: title: Invalid input: expected string, received undefined/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
