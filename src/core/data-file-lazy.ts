import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { cachedValid, readDataSource } from './data-cache.js';
import { hldHome } from './paths.js';

/**
 * A data file validated by its schema: the build's copy while the file is as
 * shipped, else read now with the YAML library and `schema`, both loaded only
 * then (a user's own file, or a shipped one edited since the build).
 */
export async function readDataFileLazily<T>(file: string, schema: () => Promise<z.ZodType<T>>): Promise<T> {
  const source = readDataSource(file);
  const valid = cachedValid(file, source);
  if (valid !== undefined) return valid as T;
  const [{ parseDataText }, loaded] = await Promise.all([import('./data-file.js'), schema()]);
  return parseDataText(file, source, loaded);
}

/** A table the user may extend: its shipped file, and the user's rows from `extraFile` or, when it exists, `$HLD_HOME/<homeFileName>`. */
export interface TableFiles<T, U> {
  readonly shipped: string;
  readonly homeFileName: string;
  readonly schemas: () => Promise<{ shipped: z.ZodType<T>; user: z.ZodType<U> }>;
  readonly merge: (base: T, user: U, userFile: string) => T;
}

/** A shipped table (the build's copy while unchanged) with the user's rows over it, each file validated only when it must be. */
export async function readTableLazily<T, U>(files: TableFiles<T, U>, options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): Promise<T> {
  const base = await readDataFileLazily(files.shipped, async () => (await files.schemas()).shipped);
  const userFile = options.extraFile ?? join(hldHome(options.env), files.homeFileName);
  if (!options.extraFile && !existsSync(userFile)) return base;
  const user = await readDataFileLazily(userFile, async () => (await files.schemas()).user);
  return files.merge(base, user, userFile);
}
