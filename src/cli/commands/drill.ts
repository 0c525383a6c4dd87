import { DEFAULT_DRILL_COUNT, MAX_DRILL_COUNT } from '../../core/drill/questions.js';
import { HldError, UsageError } from '../../core/errors.js';
import { listProblemFiles } from '../../core/problem/load.js';
import { isInteractive } from '../../ui/tty.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CONVENTION_OPTIONS, CONVENTION_VALUES, CONVENTIONS_HELP, conventionsFromFlags } from '../convention-flags.js';
import { problemFromArgs } from '../problem-arg.js';
import { readSeed, refuseSeed } from '../seed.js';

const options = {
  count: { type: 'string', short: 'n' },
  seed: { type: 'string' },
  plain: { type: 'boolean' },
  ...CONVENTION_OPTIONS,
} as const;

export function parseCount(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_DRILL_COUNT;
  const count = Number(raw.trim());
  if (!Number.isInteger(count) || count < 1 || count > MAX_DRILL_COUNT) {
    throw new UsageError(`--count '${raw}' is not accepted; give a whole number from 1 to ${MAX_DRILL_COUNT}`);
  }
  return count;
}

const command: Command = {
  name: 'drill',
  options,
  completion: { positionals: ['problem'], values: CONVENTION_VALUES },
  help: `Usage: hld drill [<problem>] [--count N] [--seed N] [--plain] [conventions]

Shows a problem's assumptions with new, plausible values and asks for one
estimate at a time (peak read QPS, storage over the retention period, cache
memory, egress, monthly cost, ...). Type a value with units: 3.5K/s, 300M per
day, 15 TB, 900 Mbps, $25K/month (a bare number is taken in the question's
unit). Then you see the right answer with its working and a grade by order of
magnitude: good within 2x, close within 10x, otherwise off. Likely unit slips
are named: bits vs bytes (8x), per day vs per second (86,400x or 10^5x),
decimal vs binary (1.024^n). Finished drills go into your history.

Options
  -n, --count N   how many questions (default ${DEFAULT_DRILL_COUNT}, at most ${MAX_DRILL_COUNT})
      --seed N    replay a drill: the same whole number gives the same values
                  and questions (without it a seed is chosen and shown)
      --plain     plain questions and answers instead of the full screen, for
                  screen readers and scripts: each question is printed once,
                  and the answers can come from a pipe, one per line

${CONVENTIONS_HELP}
Answers are graded under the chosen conventions; quick math, for example:
hld drill twitter --day 1e5 --month 2.5Ms

Without <problem>, one is picked (by the seed). The full screen needs an
interactive terminal; --plain does not. See the numbers with: hld estimate <problem>`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('drill', argv, options, { '--seed': refuseSeed });
    const [typed] = expectPositionals('drill', positionals, ['problem'], 1);
    const count = parseCount(values.count);
    const conventions = conventionsFromFlags(values);
    const { randomSeed, mulberry32, pickOne } = await import('../../core/drill/prng.js');
    const seed = values.seed !== undefined ? readSeed(values.seed) : randomSeed();
    // The problem is picked with its own stream of the seed, so naming it explicitly replays the same values.
    const id = typed ?? pickOne(mulberry32(seed ^ 0x5bd1e995), listProblemFiles(env).map((p) => p.id).sort());
    const problem = await problemFromArgs(id, env);
    // --plain reads its answers line by line from stdin: a terminal or a script's pipe.
    if (!values.plain && !isInteractive()) {
      throw new UsageError(
        `hld drill needs an interactive terminal to ask its questions; run it in a terminal, answer with --plain (from a pipe too), or see the numbers with \`hld estimate ${problem.id}\``,
      );
    }
    const { createDrill } = await import('../../core/drill/drill.js');
    const { replayCommand } = await import('../../core/drill/render.js');
    const drill = createDrill(problem, { seed, count, conventions });

    let results;
    let completed: boolean;
    if (values.plain) {
      if (!process.stdin.isTTY) {
        const { expectAnswers } = await import('../../ui/plain/expect-answers.js');
        await expectAnswers('hld drill --plain', `printf '3.5K/s\\n800 GB\\n' | ${replayCommand(drill)} --plain`);
      }
      const { runPlainDrill } = await import('../../ui/drill/run-plain-drill.js');
      const run = await runPlainDrill(drill, { line: (text) => output.out(text), ...(output.prompt ? { prompt: (text: string) => output.prompt!(text) } : {}) });
      if (run.stopped) {
        output.err(`hld drill --plain: ${run.stopped.message}; the drill stopped and is not recorded. Replay it with: ${replayCommand(drill)} --plain`);
        return run.stopped.exitCode;
      }
      ({ results, completed } = run);
    } else {
      const { showDrill } = await import('../../ui/drill/show-drill.js');
      ({ results, completed } = await showDrill(drill, env));
    }
    if (!completed) {
      output.out(`Drill stopped; not recorded. Replay it with: ${replayCommand(drill)}`);
      return 0;
    }
    const { drillEntry } = await import('../../core/history/entries.js');
    const { appendHistory } = await import('../../core/history/store.js');
    const entry = drillEntry(drill, results);
    try {
      appendHistory(entry, env);
    } catch (error) {
      // The score is still the user's to see; only keeping it failed.
      if (!(error instanceof HldError)) throw error;
      output.out(`Drill score ${entry.score}/100, not recorded. Replay it with: ${replayCommand(drill)}`);
      output.err(`hld: ${error.message}`);
      return error.exitCode;
    }
    output.out(`Drill score ${entry.score}/100, recorded (hld history). Replay it with: ${replayCommand(drill)}`);
    return 0;
  },
};

export default command;
