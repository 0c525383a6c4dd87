import { loadFramework } from '../../core/template/load.js';
import { assertInteractive } from '../../ui/tty.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CONVENTION_OPTIONS, CONVENTION_VALUES, CONVENTIONS_HELP, conventionsFromFlags, hasConventionFlags } from '../convention-flags.js';
import { problemFromArgs } from '../problem-arg.js';

const options = {
  framework: { type: 'string', short: 'f' },
  plain: { type: 'boolean' },
  ...CONVENTION_OPTIONS,
} as const;

const command: Command = {
  name: 'practice',
  options,
  completion: { positionals: ['problem'], values: { framework: 'framework', ...CONVENTION_VALUES } },
  help: `Usage: hld practice <problem> [--framework hld14|reshaded] [--plain] [conventions]

Opens the practice screen: the steps of the framework on the left; each step's
goal, guidance and questions; your notes; a live estimator in the capacity and
cost steps; and an architecture editor that starts empty for your own design.
Practice is cold by default: h reveals hints one level at a time (questions to
ask yourself, a nudge, then the reference design after y; v asks for the
reference at once), and each level costs score in the report (hld report).
Everything is saved as you go (see: hld sessions, hld resume).

Options
  -f, --framework ID   hld14 (the 14-step HLD template, default) or reshaded
      --plain          the same walk as plain questions and answers, for
                       screen readers, basic terminals and scripts: each
                       question is printed once; answer a menu with the
                       number or the name of a choice; end notes with a line
                       holding only a full stop (.). Answers can come from a
                       pipe, e.g.
                       printf 'notes\\nReads dominate.\\n.\\nquit\\n' | hld practice twitter --plain

${CONVENTIONS_HELP}
The conventions are stored with the session: the live estimator and the
export use them (e.g. hld practice twitter --day 1e5 --month 2.5Ms); c in
the estimator changes them. The estimator takes values as --set does, ranges
too (100M to 400M), and z gives it the whole screen.

Keys: press ? (or F1 while typing) for the full list. Esc stops typing notes;
Tab moves between the step list, the guide or tool, and the notes; Ctrl+N and
Ctrl+P go to the next and previous step; q (or Ctrl+C) saves and quits.

The practice screen needs an interactive terminal; --plain does not.
For the numbers alone, use: hld estimate <problem>`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('practice', argv, options);
    const [id] = expectPositionals('practice', positionals, ['problem']);
    const problem = await problemFromArgs(id!, env);
    const framework = loadFramework(values.framework ?? 'hld14');
    const conventions = hasConventionFlags(values) ? conventionsFromFlags(values) : undefined;
    // The plain walk reads its answers line by line from stdin: a terminal or a script's pipe.
    if (!values.plain) assertInteractive('practice', problem.id);
    else if (!process.stdin.isTTY) {
      const { expectAnswers } = await import('../../ui/plain/expect-answers.js');
      await expectAnswers('hld practice --plain', `printf 'notes\\nMy notes.\\n.\\nquit\\n' | hld practice ${problem.id} --plain`);
    }
    const { runFlow } = await import('../flow.js');
    return runFlow({ kind: 'practice', problem, framework, plain: values.plain === true, conventions }, { env, output });
  },
};

export default command;
