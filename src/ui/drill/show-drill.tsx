import type { Drill } from '../../core/drill/drill.js';
import type { DrillResult } from '../../core/drill/render.js';
import { runFullScreen } from '../full-screen.js';
import { DrillApp } from './drill-app.js';

/** Run the full-screen drill; resolves with the results and whether the user finished it (not when a signal ended it). */
export async function showDrill(drill: Drill, env: NodeJS.ProcessEnv): Promise<{ results: readonly DrillResult[]; completed: boolean }> {
  let outcome: { results: readonly DrillResult[]; completed: boolean } = { results: [], completed: false };
  await runFullScreen(<DrillApp drill={drill} onDone={(results, completed) => (outcome = { results, completed })} />, env, { alternateScreen: false });
  return outcome;
}
