import { render } from 'ink';
import type { Drill } from '../../core/drill/drill.js';
import type { DrillResult } from '../../core/drill/render.js';
import { ThemeContext, themeFor } from '../theme.js';
import { DrillApp } from './drill-app.js';

/** Run the full-screen drill; resolves with the results and whether the user finished it. */
export async function launchDrill(drill: Drill, env: NodeJS.ProcessEnv): Promise<{ results: readonly DrillResult[]; completed: boolean }> {
  let outcome: { results: readonly DrillResult[]; completed: boolean } = { results: [], completed: false };
  // After an inquirer prompt stdin is paused, and Ink would exit at once.
  process.stdin.resume();
  try {
    const instance = render(
      <ThemeContext.Provider value={themeFor(env)}>
        <DrillApp drill={drill} onDone={(results, completed) => (outcome = { results, completed })} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: false },
    );
    await instance.waitUntilExit();
  } finally {
    // A resumed stdin would keep the process alive; paused and ref'd, a later prompt can still use it.
    process.stdin.pause();
    process.stdin.ref();
  }
  return outcome;
}
