import { findProblemEntry, loadProblemEntry } from '../core/problem/load.js';
import type { Problem } from '../core/problem/schema.js';

/**
 * The problem a command line names. The user's own problems are also checked
 * beyond the schema (units, formulas, defaults), so a typo in one is a line
 * naming the file and field before any screen opens or any session is saved.
 * The check loads the estimator, so it is imported only then: a builtin
 * problem's practice screen draws without it.
 */
export async function problemFromArgs(id: string, env: NodeJS.ProcessEnv): Promise<Problem> {
  const entry = findProblemEntry(id, env);
  const problem = loadProblemEntry(entry);
  if (entry.origin === 'user') {
    const { checkProblemFile } = await import('../core/problem/check.js');
    checkProblemFile(problem, entry.file);
  }
  return problem;
}
