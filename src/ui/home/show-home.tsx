import { runFullScreen } from '../full-screen.js';
import { assertInteractive } from '../tty.js';
import { HomeApp } from './home-app.js';
import type { HomeChoice, HomeData } from './state.js';

/**
 * The home screen: pick a problem and a framework, or a session to resume. A
 * leaf: resolves with the choice, or undefined when the user quits (or a
 * signal ends it); what happens next is the flow's.
 */
export async function showHome(data: HomeData, env: NodeJS.ProcessEnv): Promise<HomeChoice | undefined> {
  assertInteractive('home');
  let choice: HomeChoice | undefined;
  const { signal } = await runFullScreen(<HomeApp data={data} onDone={(c) => (choice = c)} />, env);
  return signal ? undefined : choice;
}
