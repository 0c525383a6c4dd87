import { buildReport } from '../../core/judge/report.js';
import { reportToJson } from '../../core/judge/json.js';
import { renderReportText } from '../../core/judge/render.js';
import { loadPrices } from '../../core/prices/load.js';
import { loadProblem } from '../../core/problem/load.js';
import { loadSession } from '../../core/session/store.js';
import { loadFramework } from '../../core/template/load.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const options = { json: { type: 'boolean' } } as const;

const command: Command = {
  name: 'report',
  options,
  completion: { positionals: ['session'] },
  help: `Usage: hld report [<id>] [--json]

Prints the report on a session (a mock or a practice walk): a score out of
100 split by dimension (requirements, estimation, API and data model,
architecture, deep dives and trade-offs, failure handling, pacing), each with
its reason; every key point with the sentence that earned it, or why it was
missed and what would have counted; your numbers beside the estimate at your
assumptions; your architecture beside the reference; hints used and what they
cost; time per step. The score is a suggestion: after a mock you can accept or
overrule each verdict, and the reviewed score is shown beside it.

Notes are read as sentences: a term in a negated sentence or in a bare list of
terms earns nothing.

Without <id>, the latest session. See the ids with: hld sessions

Options
      --json   the report as JSON: score, reviewed_score (or null), each
               dimension's score, each key point's verdict and evidence`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('report', argv, options);
    const [id] = expectPositionals('report', positionals, ['id'], 1);
    const session = await loadSession(id, env, (line) => output.err(`hld: ${line}`));
    const problem = loadProblem(session.problem, env);
    const framework = loadFramework(session.framework);
    const report = await buildReport(session, problem, framework, { prices: loadPrices({ env }) });
    output.out(values.json ? JSON.stringify(reportToJson(report), null, 2) : renderReportText(report));
    return 0;
  },
};

export default command;
