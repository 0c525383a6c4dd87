import { UsageError } from '../../core/errors.js';
import { loadSession, resolveSessionId } from '../../core/session/store.js';
import { isInteractive } from '../../ui/tty.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const options = { plain: { type: 'boolean' } } as const;

const command: Command = {
  name: 'resume',
  options,
  completion: { positionals: ['session'] },
  help: `Usage: hld resume [<id>] [--plain]

Reopens a saved session on the practice screen, exactly where you left it:
notes, current step, done marks, changed assumptions, architecture edits and
time spent. Without <id>, the session saved most recently. See the ids with:
hld sessions

Options
      --plain   continue it as plain questions and answers, as practice
                --plain asks them, at a terminal or with answers from a
                pipe; for practice sessions (a mock that is over is
                read-only: see it with hld mock --resume <id>)

Sessions are saved within a second of every edit, and on quit, Ctrl-C, a
closed terminal or SIGTERM; after a crash, resume brings back everything up to
the last save. A session open in another hld cannot be opened twice.

The practice screen needs an interactive terminal; --plain does not. Read a
session without either with: hld export <id> -o -`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('resume', argv, options);
    const [typed] = expectPositionals('resume', positionals, ['id'], 1);
    // The id is checked first, so a typo gets its suggestion even without a terminal.
    const id = await resolveSessionId(typed, env, (line) => output.err(`hld: ${line}`));
    if (!values.plain && !isInteractive()) {
      const { isJudgedMock, isSealedMock } = await import('../../core/mock/sealed.js');
      const session = await loadSession(id, env);
      // A running mock's export would show the reference; only a finished one is read that way, and it is not added to.
      const readIt = isSealedMock(session)
        ? `mock ${id} is still running, and only its screen keeps the reference hidden`
        : isJudgedMock(session)
          ? `mock ${id} is over; read it with \`hld export ${id} -o -\` or \`hld report ${id}\``
          : `continue with \`hld resume ${id} --plain\`, or read the session with \`hld export ${id} -o -\``;
      throw new UsageError(`hld resume needs an interactive terminal; ${readIt}`);
    }
    if (values.plain && !process.stdin.isTTY) {
      const { expectAnswers } = await import('../../ui/plain/expect-answers.js');
      await expectAnswers('hld resume --plain', `printf 'notes\\nMore notes.\\n.\\nquit\\n' | hld resume ${id} --plain`);
    }
    const { runFlow } = await import('../flow.js');
    return runFlow({ kind: 'resume', id, plain: values.plain === true }, { env, output });
  },
};

export default command;
