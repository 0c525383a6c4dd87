import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataFileError, UsageError } from '../errors.js';
import { builtinProblemsDir, userProblemsDir } from '../paths.js';
import { quoted } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import type { Problem } from './schema.js';

/** Where problem files are and what they are called; no parsing, so a listing costs nothing to load. */

const YAML_FILE = /\.ya?ml$/;

/** A problem's id is its file name, which is what users type. */
export const idOf = (file: string): string => basename(file).replace(YAML_FILE, '');

export interface ProblemEntry {
  readonly id: string;
  readonly file: string;
  readonly origin: 'builtin' | 'user';
}

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => YAML_FILE.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Every problem file: the builtin ones, then the user's own (which win on a shared id). */
export function listProblemFiles(env: NodeJS.ProcessEnv = process.env): ProblemEntry[] {
  const entries = new Map<string, ProblemEntry>();
  for (const file of yamlFilesIn(builtinProblemsDir())) entries.set(idOf(file), { id: idOf(file), file, origin: 'builtin' });
  for (const file of yamlFilesIn(userProblemsDir(env))) entries.set(idOf(file), { id: idOf(file), file, origin: 'user' });
  return [...entries.values()];
}

/** The entry of a problem id; an unknown id names the closest one. */
export function findProblemEntry(id: string, env: NodeJS.ProcessEnv = process.env): ProblemEntry {
  const entries = listProblemFiles(env);
  const entry = entries.find((e) => e.id === id);
  if (!entry) {
    const ids = entries.map((e) => e.id);
    throw new UsageError(`unknown problem ${quoted(id)}${didYouMean(id, ids)} (known: ${ids.join(', ')})`);
  }
  return entry;
}

/** A problem's id must be its file's name. */
export function withFileId(file: string, problem: Problem): Problem {
  const expected = idOf(file);
  if (problem.id !== expected) throw new DataFileError(file, `id: '${problem.id}' must match the file name ('${expected}')`);
  return problem;
}

export interface ProblemListing {
  readonly entry: ProblemEntry;
  readonly problem?: Problem;
  /** Set when the file is broken; listing goes on with the others. */
  readonly error?: string;
}
