import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDataFile, validateData } from '../data-file.js';
import { DataFileError, UsageError } from '../errors.js';
import { builtinProblemsDir, userProblemsDir } from '../paths.js';
import { quoted } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import { problemSchema, type Problem } from './schema.js';

const YAML_FILE = /\.ya?ml$/;

/** A problem's id is its file name, which is what users type. */
const idOf = (file: string): string => basename(file).replace(YAML_FILE, '');

/** Read and validate one problem file. */
export function loadProblemFile(file: string): Problem {
  return withFileId(file, readDataFile(file, problemSchema));
}

/** Validate the parsed content of a problem file, as loadProblemFile does after parsing. */
export function problemFromData(file: string, raw: unknown): Problem {
  return withFileId(file, validateData(file, raw, problemSchema));
}

function withFileId(file: string, problem: Problem): Problem {
  const expected = idOf(file);
  if (problem.id !== expected) {
    throw new DataFileError(file, `id: '${problem.id}' must match the file name ('${expected}')`);
  }
  return problem;
}

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

/** Parsed problems by file: screens and commands ask for the same problem many times. */
const cache = new Map<string, Problem>();

/** The problem file of a listed entry, parsed and validated once per process. */
export function loadProblemEntry(entry: ProblemEntry): Problem {
  const cached = cache.get(entry.file);
  if (cached) return cached;
  const problem = loadProblemFile(entry.file);
  cache.set(entry.file, problem);
  return problem;
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

/** Load a problem by id; an unknown id names the closest one. */
export function loadProblem(id: string, env: NodeJS.ProcessEnv = process.env): Problem {
  return loadProblemEntry(findProblemEntry(id, env));
}

export interface ProblemListing {
  readonly entry: ProblemEntry;
  readonly problem?: Problem;
  /** Set when the file is broken; listing goes on with the others. */
  readonly error?: string;
}

/** Load every problem, keeping broken files in the list with their error. */
export function loadAllProblems(env: NodeJS.ProcessEnv = process.env): ProblemListing[] {
  return listProblemFiles(env).map((entry) => {
    try {
      return { entry, problem: loadProblemEntry(entry) };
    } catch (error) {
      return { entry, error: (error as Error).message };
    }
  });
}
