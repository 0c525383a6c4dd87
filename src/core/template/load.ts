import { readDataFile } from '../data-file.js';
import { templatesDir } from '../paths.js';
import { assertFrameworkId, checkedFrameworkId, frameworkFile, frameworkIds } from './ids.js';
import { frameworkSchema, type Framework } from './schema.js';

export { frameworkIds } from './ids.js';

/** Read and validate any framework file, e.g. one a user wrote for themselves. */
export function loadFrameworkFile(file: string): Framework {
  return readDataFile(file, frameworkSchema);
}

/**
 * The framework named `id` from templates/. An unknown id is the user's typo,
 * so it is a UsageError that suggests the nearest name.
 */
export function loadFramework(id: string, dir: string = templatesDir()): Framework {
  assertFrameworkId(id, dir);
  return readFramework(id, dir);
}

/** The framework file of a listed id. */
function readFramework(id: string, dir: string): Framework {
  const file = frameworkFile(id, dir);
  return checkedFrameworkId(file, id, loadFrameworkFile(file));
}

/** Every framework in templates/, in the order a picker should show them. */
export function listFrameworks(dir: string = templatesDir()): Framework[] {
  return frameworkIds(dir).map((id) => readFramework(id, dir));
}
