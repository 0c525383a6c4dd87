import { UsageError } from '../../core/errors.js';
import { quoted } from '../../core/shown-value.js';
import { findProblemEntry } from '../../core/problem/files.js';
import { loadAllProblemsLazily, loadProblemFileLazily } from '../../core/problem/load-lazy.js';
import { textTable } from '../../core/report/tables.js';
import { didYouMean } from '../../core/suggest.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

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
    if (sub === undefined) return await list(values.json ?? false);
    if (sub !== 'show') throw new UsageError(`hld problems: unknown subcommand ${quoted(sub)}${didYouMean(sub, ['show'])} (usage: hld problems show <problem>)`);
    if (id === undefined) throw new UsageError('hld problems show: missing <problem> (see the list with: hld problems)');
    return await show(id, values.json ?? false);

    async function list(json: boolean): Promise<number> {
      let listings = await loadAllProblemsLazily(env);
      // The user's own problems are checked beyond the schema; the shipped ones were checked by the build.
      if (listings.some((l) => l.problem && l.entry.origin === 'user')) listings = (await import('../../core/problem/check.js')).checkListings(listings);
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
      const entry = findProblemEntry(problemId, env);
      const problem = await loadProblemFileLazily(entry.file);
      if (entry.origin === 'user') (await import('../../core/problem/check.js')).checkProblemFile(problem, entry.file);
      if (json) {
        output.out(JSON.stringify({ id: problem.id, title: problem.title, prompt: problem.prompt, assumptions: problem.assumptions }, null, 2));
        return 0;
      }
      // The estimate is run only for the text view, which shows each default as evaluated (`500M` -> `500 M/month`).
      // Only `show` estimates: the listing never loads the estimator.
      const { estimateLazily } = await import('../../core/estimate/lazy.js');
      const report = await estimateLazily(problem, { env });
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
