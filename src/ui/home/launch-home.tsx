import { loadAllProblems, loadProblem } from '../../core/problem/load.js';
import { listSessions } from '../../core/session/store.js';
import { listFrameworks, loadFramework } from '../../core/template/load.js';
import { practiseNew, practiseSaved, savedMessage } from '../session/run-practice.js';
import { runFullScreen } from '../full-screen.js';
import { assertInteractive } from '../tty.js';
import { HomeApp } from './home-app.js';
import type { HomeChoice, HomeData } from './state.js';

export function loadHomeData(env: NodeJS.ProcessEnv): HomeData {
  const listings = loadAllProblems(env);
  const sessions = listSessions(env).sessions;
  return {
    problems: listings.flatMap((l) => (l.problem ? [{ id: l.problem.id, title: l.problem.title, summary: l.problem.summary }] : [])),
    broken: listings.flatMap((l) => (l.error ? [{ id: l.entry.id, error: l.error }] : [])),
    frameworks: listFrameworks().map((f) => ({ id: f.id, title: f.title, summary: f.summary })),
    sessions: [...sessions].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  };
}

async function chooseOnHome(data: HomeData, env: NodeJS.ProcessEnv): Promise<HomeChoice | undefined> {
  let choice: HomeChoice | undefined;
  const { signal } = await runFullScreen(<HomeApp data={data} onDone={(c) => (choice = c)} />, env);
  return signal ? undefined : choice;
}

/** Bare `hld`: pick a problem and a framework (or a session to resume), then practise. */
export async function launchHome(env: NodeJS.ProcessEnv): Promise<void> {
  assertInteractive('home');
  const choice = await chooseOnHome(loadHomeData(env), env);
  if (!choice) return;
  const id =
    choice.kind === 'new'
      ? await practiseNew(loadProblem(choice.problem, env), loadFramework(choice.framework), env)
      : await practiseSaved(choice.id, env);
  process.stdout.write(`${savedMessage(id)}\n`);
}
