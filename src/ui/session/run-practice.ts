import type { Conventions } from '../../core/conventions.js';
import { loadProblem } from '../../core/problem/load.js';
import type { Problem } from '../../core/problem/schema.js';
import { createSession, installExitFlush, openSession } from '../../core/session/store.js';
import type { SessionHandle } from '../../core/session/store-api.js';
import { loadFramework } from '../../core/template/load.js';
import type { Framework } from '../../core/template/schema.js';

/** Run the practice screen on an open handle: saved on every way out, closed at the end. */
async function runOn(handle: SessionHandle, problem: Problem, framework: Framework, env: NodeJS.ProcessEnv): Promise<string> {
  const uninstall = installExitFlush(handle);
  try {
    const { launchPractice } = await import('../launch.js');
    await launchPractice({ handle, problem, framework, env });
  } finally {
    uninstall();
    handle.close();
  }
  return handle.session.id;
}

/** A new saved practice session for a problem and framework (and the conventions chosen by flag); resolves with its id once the user quits. */
export async function practiseNew(problem: Problem, framework: Framework, env: NodeJS.ProcessEnv, conventions?: Conventions): Promise<string> {
  const handle = createSession({ problem: problem.id, framework: framework.id, mode: 'practice', conventions }, env);
  return runOn(handle, problem, framework, env);
}

/** Reopen a saved session where it was left; an unfinished mock goes on with its clock. */
export async function practiseSaved(id: string, env: NodeJS.ProcessEnv): Promise<string> {
  const handle = openSession(id, env);
  let problem: Problem;
  let framework: Framework;
  try {
    problem = loadProblem(handle.session.problem, env);
    framework = loadFramework(handle.session.framework);
  } catch (error) {
    handle.close();
    throw error;
  }
  const mock = handle.session.mock;
  if (handle.session.mode === 'mock' && mock && !mock.finished) {
    const { runMockSession } = await import('../mock/run-mock.js');
    return (await runMockSession(handle, problem, framework, env)).sessionId;
  }
  return runOn(handle, problem, framework, env);
}

export const savedMessage = (id: string): string => `Saved session ${id}. Continue it with: hld resume ${id}`;
