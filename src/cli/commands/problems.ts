import { runEstimate } from '../../core/estimate/engine.js';
import { UsageError } from '../../core/errors.js';
import { quoted } from '../../core/shown-value.js';
import { checkListings } from '../../core/problem/check.js';
import { loadAllProblems } from '../../core/problem/load.js';
import { textTable } from '../../core/report/tables.js';
import { didYouMean } from '../../core/suggest.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { problemFromArgs } from '../problem-arg.js';

const options = { json: { type: 'boolean' } } as const;

const command: Command = {
  name: 'problems',
  options,
  completion: { positionals: [['show'], 'problem'] },
  help: `Usage: hld problems [--json]
       hld problems show <problem> [--json]

Lists the builtin problems and your own (from $HLD_HOME/problems). "show"
prints the prompt and every assumption with its key, default, unit, help and
source: the keys you can change with hld estimate <problem> --set key=value.`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('problems', argv, options);
    const [sub, id, extra] = positionals;
    if (extra !== undefined) throw new UsageError(`hld problems: unexpected argument ${quoted(extra)}`);
    if (sub === undefined) return list(values.json ?? false);
    if (sub !== 'show') throw new UsageError(`hld problems: unknown subcommand ${quoted(sub)}${didYouMean(sub, ['show'])} (usage: hld problems show <problem>)`);
    if (id === undefined) throw new UsageError('hld problems show: missing <problem> (see the list with: hld problems)');
    return show(id, values.json ?? false);

    function list(json: boolean): number {
      const listings = checkListings(loadAllProblems(env));
      const broken = listings.filter((l) => l.error);
      if (json) {
        output.out(
          JSON.stringify(
            listings.map((l) => ({ id: l.entry.id, origin: l.entry.origin, file: l.entry.file, title: l.problem?.title, summary: l.problem?.summary, error: l.error })),
            null,
            2,
          ),
        );
      } else {
        const rows = listings.filter((l) => l.problem).map((l) => [l.entry.id, l.problem!.title + (l.entry.origin === 'user' ? ' (yours)' : ''), l.problem!.summary]);
        output.out(textTable([{ header: 'id' }, { header: 'title' }, { header: 'summary' }], rows, '').join('\n'));
      }
      for (const b of broken) output.err(`hld: skipped a broken problem file: ${b.error}`);
      return 0;
    }

    async function show(problemId: string, json: boolean): Promise<number> {
      const problem = await problemFromArgs(problemId, env);
      if (json) {
        output.out(JSON.stringify({ id: problem.id, title: problem.title, prompt: problem.prompt, assumptions: problem.assumptions }, null, 2));
        return 0;
      }
      // The estimate is run only for the text view, which shows each default as evaluated (`500M` -> `500 M/month`).
      const report = runEstimate(problem);
      const lines = [`${problem.title} (${problem.id})`, '', problem.prompt, '', `Assumptions (change with: hld estimate ${problem.id} --set key=value)`, ''];
      for (const a of report.assumptions) {
        lines.push(`  ${a.key} = ${a.defaultInput}   [${a.unit}]   (${a.display})`);
        lines.push(`      ${a.label}. ${a.help}`);
        lines.push(`      source: ${a.source}`);
      }
      output.out(lines.join('\n'));
      return 0;
    }
  },
};

export default command;
