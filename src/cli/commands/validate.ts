import { cachedValid, readDataSource } from '../../core/data-cache.js';
import { estimateLazily } from '../../core/estimate/lazy.js';
import { loadProblemFileLazily } from '../../core/problem/load-lazy.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const command: Command = {
  name: 'validate',
  completion: { positionals: ['file'] },
  help: `Usage: hld validate <file.yaml>

Checks a problem file against the schema, then evaluates every assumption,
estimate and cost line with the defaults, so a formula with a wrong unit, an
unknown name or a cycle is caught before you practise with it. Exit 0 when
valid, 1 with one line naming the file, field or formula when not.`,
  async run({ argv, output, env }) {
    const { positionals } = parseCommandArgs('validate', argv, {});
    const [file] = expectPositionals('validate', positionals, ['file.yaml']);
    // A shipped file as built was validated, checked and estimated by the build; its own copy is used. Any other is checked now.
    const problem = await loadProblemFileLazily(file!);
    if (cachedValid(file!, readDataSource(file!)) === undefined) (await import('../../core/problem/check.js')).checkProblemFile(problem, file!);
    const report = await estimateLazily(problem, { env });
    output.out(
      `ok: ${file} (${problem.id}): ${problem.assumptions.length} assumptions, ${report.estimates.length} estimates, ${report.costs.length} cost lines; total ${report.total.display}`,
    );
    return 0;
  },
};

export default command;
