import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { DataFileError } from './errors.js';

/** "assumptions.3.value: expected a string" for the first issue zod found. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

/** Parse YAML text and validate it; every failure names the file and the field. */
export function parseDataText<Schema extends z.ZodType>(file: string, source: string, schema: Schema): z.infer<Schema> {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0];
    const at = line ? ` at line ${line.line}, column ${line.col}` : '';
    const reason = (yamlError.message.split('\n')[0] ?? 'unreadable').replace(/ at line \d+, column \d+:?$/, '');
    throw new DataFileError(file, `not valid YAML${at}: ${reason}`);
  }
  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    const first = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new DataFileError(file, `${first ? describeIssue(first) : 'invalid'}${more}`);
  }
  return result.data;
}

/** Read a YAML data file and validate it against `schema`. */
export function readDataFile<Schema extends z.ZodType>(file: string, schema: Schema): z.infer<Schema> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataFileError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})`);
  }
  return parseDataText(file, source, schema);
}
