import { runFullScreen } from '../full-screen.js';
import { TextPager } from './text-pager.js';

/** A report as a full-screen, scrollable page. A leaf: resolves when the user closes it (or a signal ends it). */
export async function showReport(title: string, text: string, env: NodeJS.ProcessEnv): Promise<void> {
  await runFullScreen(<TextPager title={title} text={text} />, env);
}
