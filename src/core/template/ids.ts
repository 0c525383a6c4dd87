import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataFileError, UsageError } from '../errors.js';
import { templatesDir } from '../paths.js';
import { didYouMean } from '../suggest.js';

// Which frameworks there are, apart from their schema (zod) and the YAML
// parser, for the commands that start fast (load-lazy.ts).

/** The frameworks shipped in templates/, in the order pickers show them. */
export const BUILTIN_FRAMEWORKS = ['hld14', 'reshaded'] as const;
export type BuiltinFrameworkId = (typeof BUILTIN_FRAMEWORKS)[number];

const EXTENSION = '.yaml';

export const frameworkFile = (id: string, dir: string): string => join(dir, `${id}${EXTENSION}`);

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

/** An unknown id is the user's typo, so it is a UsageError that suggests the nearest name. */
export function assertFrameworkId(id: string, dir: string): void {
  const known = frameworkIds(dir);
  if (!known.includes(id)) {
    const list = known.length > 0 ? known.join(', ') : 'none found';
    throw new UsageError(`unknown framework '${id}' (known: ${list})${didYouMean(id, known)}`);
  }
}

/**
 * The file name is what users type, so a file whose id disagrees would be
 * listed under one name and saved in sessions under another.
 */
export function checkedFrameworkId<T extends { readonly id: string }>(file: string, id: string, framework: T): T {
  if (framework.id !== id) throw new DataFileError(file, `id: '${framework.id}' does not match the file name (expected '${id}')`);
  return framework;
}
