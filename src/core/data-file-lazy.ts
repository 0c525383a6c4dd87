import type { z } from 'zod';
import { cachedValid, readDataSource } from './data-cache.js';

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
