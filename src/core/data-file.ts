import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { cachedData, cachedValid, MAX_DATA_FILE_BYTES, readDataSource } from './data-cache.js';
import { DataFileError } from './errors.js';

export { cachedData, MAX_DATA_FILE_BYTES };

/** "assumptions.3.value: expected a string" for the first issue zod found. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

/** Validate data already parsed from `file` (the build's cache, or YAML); every failure names the file and the field. */
export function validateData<Schema extends z.ZodType>(file: string, raw: unknown, schema: Schema): z.infer<Schema> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new DataFileError(file, `${first ? describeIssue(first) : 'invalid'}${more}`);
  }
  return result.data;
}

/** 1-based line and column of a character offset, as editors count them. */
function lineAndColumn(source: string, offset: number): { line: number; col: number } {
  const before = source.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: before.length - lineStart + 1 };
}

/** Parse YAML text and validate it; every failure names the file and the field. */
export function parseDataText<Schema extends z.ZodType>(file: string, source: string, schema: Schema): z.infer<Schema> {
  // Not prettyErrors: it builds a code frame for every error, and a file that
  // opens with a stray `[` has one per line (3x the CPU of a good parse).
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const { line, col } = lineAndColumn(source, yamlError.pos[0]);
    const reason = yamlError.message.split('\n')[0] ?? 'unreadable';
    throw new DataFileError(file, `not valid YAML at line ${line}, column ${col}: ${reason}`);
  }
  let data: unknown;
  try {
    // toJS resolves aliases: one that points nowhere, or a chain of them that
    // would grow without bound (maxAliasCount), is refused here.
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new DataFileError(file, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return validateData(file, data, schema);
}

/** Read a YAML data file and validate it against `schema`. A FIFO, device or oversized file is refused with a line. */
export function readDataFile<Schema extends z.ZodType>(file: string, schema: Schema): z.infer<Schema> {
  const source = readDataSource(file);
  // A shipped file as built was validated by the build, with the schema its readers pass here.
  const valid = cachedValid(file, source);
  if (valid !== undefined) return valid as z.infer<Schema>;
  const cached = cachedData(file, source);
  return cached === undefined ? parseDataText(file, source, schema) : validateData(file, cached, schema);
}
