import type { Drill } from '../../core/drill/drill.js';
import type { DrillResult } from '../../core/drill/render.js';
import type { HldError } from '../../core/errors.js';
import { stdinPrompter, type PlainOutput } from '../plain/stdin-prompter.js';
import { AnswerRefused, InputEnded, Interrupted } from '../plain/prompter.js';
import { showPlainDrill } from './plain-drill.js';

export interface PlainDrillRun {
  readonly results: DrillResult[];
  /** Every question answered; false when a signal stopped it. */
  readonly completed: boolean;
  /** The input ended, or a piped answer was refused: what to say (the drill is not recorded). */
  readonly stopped?: HldError;
}

/** `hld drill --plain`: the drill's questions on stdin, a terminal or a pipe. */
export async function runPlainDrill(drill: Drill, output: PlainOutput): Promise<PlainDrillRun> {
  const { prompter, close } = stdinPrompter(output);
  try {
    return { results: await showPlainDrill(drill, prompter), completed: true };
  } catch (error) {
    if (error instanceof Interrupted) return { results: [], completed: false };
    if (error instanceof InputEnded || error instanceof AnswerRefused) return { results: [], completed: false, stopped: error };
    throw error;
  } finally {
    close();
  }
}
