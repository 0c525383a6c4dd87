import { readDataFile, validateData } from '../data-file.js';
import { findProblemEntry, listProblemFiles, withFileId, type ProblemEntry, type ProblemListing } from './files.js';
import { problemSchema, type Problem } from './schema.js';

export { findProblemEntry, listProblemFiles, type ProblemEntry, type ProblemListing } from './files.js';

/** Read and validate one problem file. */
export function loadProblemFile(file: string): Problem {
  return withFileId(file, readDataFile(file, problemSchema));
}

/** Validate the parsed content of a problem file, as loadProblemFile does after parsing. */
export function problemFromData(file: string, raw: unknown): Problem {
  return withFileId(file, validateData(file, raw, problemSchema));
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

/** Load a problem by id; an unknown id names the closest one. */
export function loadProblem(id: string, env: NodeJS.ProcessEnv = process.env): Problem {
  return loadProblemEntry(findProblemEntry(id, env));
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
