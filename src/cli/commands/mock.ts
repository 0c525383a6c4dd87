import { UsageError } from '../../core/errors.js';
import { DEFAULT_MOCK_MINUTES, MAX_MOCK_MINUTES, MIN_MOCK_MINUTES } from '../../core/mock/clock.js';
import { listProblemFiles } from '../../core/problem/load.js';
import { isInteractive } from '../../ui/tty.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CONVENTION_OPTIONS, CONVENTION_VALUES, CONVENTIONS_HELP, conventionsFromFlags, hasConventionFlags } from '../convention-flags.js';
import { problemFromArgs } from '../problem-arg.js';

const options = {
  random: { type: 'boolean' },
  minutes: { type: 'string', short: 'm' },
  framework: { type: 'string', short: 'f' },
  resume: { type: 'boolean' },
  ...CONVENTION_OPTIONS,
} as const;

/** `--minutes` as a number of minutes, or a usage error naming the accepted range. */
export function parseMinutes(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MOCK_MINUTES;
  const minutes = Number(raw.trim());
  if (!Number.isFinite(minutes) || raw.trim() === '' || minutes < MIN_MOCK_MINUTES || minutes > MAX_MOCK_MINUTES) {
    throw new UsageError(`--minutes '${raw}' is not accepted; give a number of minutes from ${MIN_MOCK_MINUTES} to ${MAX_MOCK_MINUTES}, e.g. --minutes 45`);
  }
  return minutes;
}

const NO_TERMINAL = (what: string) =>
  new UsageError(`hld mock needs an interactive terminal for the timed screen; ${what}`);

const command: Command = {
  name: 'mock',
  options,
  completion: { positionals: ['problem'], values: { framework: 'framework', ...CONVENTION_VALUES } },
  help: `Usage: hld mock <problem> [--minutes 45] [--framework hld14|reshaded] [conventions]
       hld mock --random [--minutes 45] [--framework hld14|reshaded] [conventions]
       hld mock --resume [<session>]

A practice session under a countdown. The header always shows the time left
and the current step's time against its budget (the template's budgets scaled
to --minutes); a step that runs over is flagged, but typing never stops.
Nothing of the reference design is on screen before the report: the
architecture starts empty, hints stop short of the reference, and the
estimator leaves the estimates to you. When time is up (or Ctrl+X twice) your
notes are judged, a short review lets you accept or overrule each key point's
verdict, and the report opens: a score out of 100 by dimension with reasons,
each key point with the sentence that earned it or why it was missed, your
numbers beside the estimate, your architecture beside the reference, hints
used and time per step. The suggested and the reviewed score are kept in your
history (see: hld history). A finished mock is sealed as judged: hld resume
opens it read-only; --resume on it shows its report again and offers the
review while it has none; to try the problem again: hld practice <problem>.

Options
      --random          pick a problem at random
  -m, --minutes N       length of the mock in minutes (default 45; 1 to 240)
  -f, --framework ID    hld14 (default) or reshaded
      --resume          continue a mock you left (the latest, or <session>);
                        the clock carries on where it stopped

${CONVENTIONS_HELP}
The conventions are stored with the mock, for its estimator and its export
(e.g. hld mock uber --month 30.42d --bandwidth bits).

Keys during the mock: Ctrl+T pauses and resumes the clock; Ctrl+X twice ends
the mock early (then judging, the review, the report, as when time is up);
q or Ctrl+C leaves it for later (saved).
All the practice keys work as usual (press ? for the list).

Needs an interactive terminal.`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('mock', argv, options);
    if (values.resume) {
      if (values.random || values.minutes !== undefined || values.framework !== undefined || hasConventionFlags(values)) {
        throw new UsageError('hld mock --resume continues a mock as it was; --random, --minutes, --framework and convention flags do not apply');
      }
      const [typed] = expectPositionals('mock', positionals, ['session'], 1);
      const { listSessions, loadSession } = await import('../../core/session/store.js');
      // Without an id, the mock saved most recently (sessions are listed newest first, with their mode).
      const notice = (line: string): void => output.err(`hld: ${line}`);
      const chosen = typed === undefined ? (await listSessions(env)).sessions.find((s) => s.mode === 'mock') : await loadSession(typed, env, notice);
      if (chosen === undefined) throw new UsageError('there is no mock to resume; start one with: hld mock <problem>');
      const { id } = chosen;
      if (chosen.mode !== 'mock') throw new UsageError(`session ${id} is a practice session, not a mock; open it with: hld resume ${id}`);
      if (!isInteractive()) {
        const { isSealedMock } = await import('../../core/mock/sealed.js');
        // A running mock's export would show the reference; only a finished one is read that way.
        throw NO_TERMINAL(isSealedMock(chosen) ? `mock ${id} is still running, and only its screen keeps the reference hidden` : `read the session without one with \`hld export ${id} -o -\``);
      }
      const { runFlow } = await import('../flow.js');
      return runFlow({ kind: 'resume', id, only: 'mock' }, { env, output });
    }

    if (values.random && positionals.length > 0) throw new UsageError(`hld mock: give a problem or --random, not both`);
    if (!values.random && positionals.length === 0) {
      throw new UsageError('hld mock: missing <problem> (usage: hld mock <problem>, or hld mock --random for one picked at random)');
    }
    if (!values.random) expectPositionals('mock', positionals, ['problem']);
    const minutes = parseMinutes(values.minutes);
    const conventions = hasConventionFlags(values) ? conventionsFromFlags(values) : undefined;
    const { loadFramework } = await import('../../core/template/load.js');
    const framework = loadFramework(values.framework ?? 'hld14');
    const ids = listProblemFiles(env).map((p) => p.id);
    const id = values.random ? ids[Math.floor(Math.random() * ids.length)] : positionals[0];
    if (id === undefined) throw new UsageError('hld mock --random: there are no problems to pick from');
    const problem = await problemFromArgs(id, env);
    if (!isInteractive()) throw NO_TERMINAL(`practise the numbers without one with \`hld estimate ${problem.id}\``);

    const { runFlow } = await import('../flow.js');
    return runFlow({ kind: 'mock', problem, framework, minutes, conventions }, { env, output });
  },
};

export default command;
