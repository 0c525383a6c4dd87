import { readDataFileLazily } from '../data-file-lazy.js';
import { findProblemEntry, listProblemFiles, withFileId, type ProblemListing } from './files.js';
import type { Problem } from './schema.js';

/**
 * Problems for commands that must start fast: a shipped file as built comes
 * from the build's validated copy, with no YAML parser and no zod loaded; a
 * user's own file (or an edited shipped one) is parsed and validated now.
 */

const schema = async () => (await import('./schema.js')).problemSchema;

export async function loadProblemFileLazily(file: string): Promise<Problem> {
  return withFileId(file, await readDataFileLazily(file, schema));
}

export async function loadProblemLazily(id: string, env: NodeJS.ProcessEnv = process.env): Promise<Problem> {
  return loadProblemFileLazily(findProblemEntry(id, env).file);
}

/** Every problem, keeping broken files in the list with their error. */
export async function loadAllProblemsLazily(env: NodeJS.ProcessEnv = process.env): Promise<ProblemListing[]> {
  const listings: ProblemListing[] = [];
  for (const entry of listProblemFiles(env)) {
    try {
      listings.push({ entry, problem: await loadProblemFileLazily(entry.file) });
    } catch (error) {
      listings.push({ entry, error: (error as Error).message });
    }
  }
  return listings;
}
