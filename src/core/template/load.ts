import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDataFile } from '../data-file.js';
import { DataFileError, UsageError } from '../errors.js';
import { templatesDir } from '../paths.js';
import { didYouMean } from '../suggest.js';
import { BUILTIN_FRAMEWORKS, frameworkSchema, type Framework } from './schema.js';

const EXTENSION = '.yaml';

/** Read and validate any framework file, e.g. one a user wrote for themselves. */
export function loadFrameworkFile(file: string): Framework {
  return readDataFile(file, frameworkSchema);
}

/** The ids of the frameworks in templates/: the builtin order first, then any others by name. */
export function frameworkIds(dir: string = templatesDir()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  const found = names.filter((name) => name.endsWith(EXTENSION)).map((name) => basename(name, EXTENSION));
  const rank = (id: string): number => {
    const i = (BUILTIN_FRAMEWORKS as readonly string[]).indexOf(id);
    return i === -1 ? BUILTIN_FRAMEWORKS.length : i;
  };
  return found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The framework named `id` from templates/. An unknown id is the user's typo,
 * so it is a UsageError that suggests the nearest name.
 */
export function loadFramework(id: string, dir: string = templatesDir()): Framework {
  const known = frameworkIds(dir);
  if (!known.includes(id)) {
    const list = known.length > 0 ? known.join(', ') : 'none found';
    throw new UsageError(`unknown framework '${id}' (known: ${list})${didYouMean(id, known)}`);
  }
  return readFramework(id, dir);
}

/** The framework file of a listed id. */
function readFramework(id: string, dir: string): Framework {
  const file = join(dir, `${id}${EXTENSION}`);
  const framework = loadFrameworkFile(file);
  // The file name is what users type, so a file whose id disagrees would be
  // listed under one name and saved in sessions under another.
  if (framework.id !== id) {
    throw new DataFileError(file, `id: '${framework.id}' does not match the file name (expected '${id}')`);
  }
  return framework;
}

/** Every framework in templates/, in the order a picker should show them. */
export function listFrameworks(dir: string = templatesDir()): Framework[] {
  return frameworkIds(dir).map((id) => readFramework(id, dir));
}
