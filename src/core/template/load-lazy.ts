import { readDataFileLazily } from '../data-file-lazy.js';
import { templatesDir } from '../paths.js';
import { assertFrameworkId, checkedFrameworkId, frameworkFile } from './ids.js';
import type { Framework } from './schema.js';

/**
 * A framework for commands that must start fast (hld sessions, export): a
 * shipped file as built comes from the build's validated copy, with neither
 * the YAML parser nor zod loaded; an edited one is read and validated now.
 */
export async function loadFrameworkLazily(id: string, dir: string = templatesDir()): Promise<Framework> {
  assertFrameworkId(id, dir);
  const file = frameworkFile(id, dir);
  return checkedFrameworkId(file, id, await readDataFileLazily(file, async () => (await import('./schema.js')).frameworkSchema));
}
