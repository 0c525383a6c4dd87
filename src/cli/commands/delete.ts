import { HldError, UsageError } from '../../core/errors.js';
import { forgetKeptEstimate } from '../../core/estimate/kept.js';
import { forgetStoredReport } from '../../core/judge/stored-report.js';
import { deleteSession, loadSession, notedStepCount } from '../../core/session/store.js';
import { isInteractive } from '../../ui/tty.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { Output } from '../output.js';

const options = { yes: { type: 'boolean', short: 'y' } } as const;

const command: Command = {
  name: 'delete',
  options,
  completion: { positionals: ['session'] },
  help: `Usage: hld delete <id> [--yes]

Deletes a saved session for good. Asks first; without a terminal to ask in
(scripts, pipes), --yes is required. A session open in another hld cannot be
deleted until that hld closes it. See the ids with: hld sessions

Options
  -y, --yes   delete without asking`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('delete', argv, options);
    const [id] = expectPositionals('delete', positionals, ['id']);
    // Reading first: a typo fails here with a suggestion, before anything is asked.
    const session = await loadSession(id!, env, (line) => output.err(`hld: ${line}`));
    if (!values.yes) {
      if (!isInteractive()) {
        throw new UsageError(`hld delete: no terminal to confirm in; add --yes to delete ${session.id} without asking`);
      }
      const notes = notedStepCount(session);
      const sure = await confirmed(
        `Delete session ${session.id} (${session.problem}, notes on ${notes} step${notes === 1 ? '' : 's'})? This cannot be undone. Type yes to delete it; anything else keeps it.`,
        output,
      );
      if (!sure) {
        output.out('Kept it.');
        return 0;
      }
    }
    await deleteSession(session.id, env);
    // What was worked out from it and kept goes with it.
    forgetStoredReport(session.id, env);
    forgetKeptEstimate(session.id, env);
    output.out(`Deleted session ${session.id}.`);
    return 0;
  },
};

/** A yes typed at the terminal; anything else, the end of the input or Ctrl+C is a no. */
async function confirmed(question: string, output: Output): Promise<boolean> {
  const { stdinPrompter } = await import('../../ui/plain/stdin-prompter.js');
  const { prompter, close } = stdinPrompter({ line: (text) => output.out(text), ...(output.prompt ? { prompt: (text: string) => output.prompt!(text) } : {}) });
  try {
    return /^y(es)?$/i.test((await prompter.input(question)).trim());
  } catch (error) {
    // The input ended (Ctrl+D) or Ctrl+C: nothing is deleted.
    if (error instanceof HldError || (error instanceof Error && error.name === 'Interrupted')) return false;
    throw error;
  } finally {
    close();
  }
}

export default command;
