import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { HldError, UsageError } from '../../core/errors.js';
import { reportToJson } from '../../core/judge/json.js';
import { renderReportText } from '../../core/judge/render.js';
import { judgedReport } from '../../core/judge/stored-report.js';
import { sessionsDir } from '../../core/paths.js';
import { loadPricesLazily } from '../../core/prices/load-lazy.js';
import { loadProblemLazily } from '../../core/problem/load-lazy.js';
import { isSessionId, normaliseSessionId, SESSION_EXTENSION, sessionFile } from '../../core/session/ids.js';
import { listSessions } from '../../core/session/list.js';
import { readSessionKept } from '../../core/session/load.js';
import type { Session } from '../../core/session/schema.js';
import { didYouMean } from '../../core/suggest.js';
import { loadFrameworkLazily } from '../../core/template/load-lazy.js';
import { assertNotSealed } from '../../core/mock/sealed.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const options = { json: { type: 'boolean' } } as const;

/**
 * The session a report is made of, read without changing anything: `hld
 * report` only reads, so a damaged file is reported and left where it is
 * (the commands that open sessions set damaged files aside), and the latest
 * session is the latest readable one.
 */
async function readForReport(typed: string | undefined, env: NodeJS.ProcessEnv): Promise<Session> {
  const dir = sessionsDir(env);
  if (typed === undefined) {
    // The listing's index names the latest session without reading every file; a damaged one is skipped, not moved.
    const latest = (await listSessions(env, { leaveDamaged: true })).sessions[0];
    if (!latest) throw new HldError(`no saved sessions in ${dir}; start one with \`hld practice <problem>\``);
    typed = latest.id;
  }
  const id = normaliseSessionId(typed);
  if (!isSessionId(id)) throw new UsageError(`'${typed}' is not a session id (see: hld sessions)`);
  const file = sessionFile(dir, id);
  // Read before and unchanged since: its parsed copy, without the YAML parser or the schema (see parsed-copy.ts).
  const result = await readSessionKept(file, id, env);
  if (result.ok) return result.session;
  if (result.reason === 'missing') {
    let known: string[] = [];
    try {
      known = readdirSync(dir).filter((n) => n.endsWith(SESSION_EXTENSION)).map((n) => basename(n, SESSION_EXTENSION));
    } catch {
      known = [];
    }
    throw new UsageError(`no session '${id}'${didYouMean(id, known)} (see: hld sessions)`);
  }
  if (result.reason === 'newer') throw new HldError(`session file ${file} was ${result.error}`);
  if (result.reason === 'unreadable') throw new HldError(`session file ${file} ${result.error}; it was left as it is`);
  throw new HldError(`session file ${file} is damaged (${result.error}); hld report only reads, so it is left as it is: fix it by hand, or open it with hld resume to have it set aside`);
}

const command: Command = {
  name: 'report',
  options,
  completion: { positionals: ['session'] },
  help: `Usage: hld report [<id>] [--json]

Prints the report on a session (a mock or a practice walk): a score out of
100 split by dimension (requirements, estimation, API and data model,
architecture, deep dives and trade-offs, failure handling, pacing), each with
its reason; every key point with the sentence that earned it, or why it was
missed and what would have counted; your numbers beside the estimate they
name, at your assumptions (and at the ones you state in your notes); your
architecture beside the reference; hints used and what they cost; time per
step. The score is a suggestion: after a mock you can accept or overrule each
verdict, and the reviewed score is shown beside it.

Notes are read clause by clause: a term that is negated, turned down ("X
over Y", "rather than", "we won't"), or only listed ("we use A, B, C and D")
earns nothing, a reason must name a concrete consequence, and a statement
that contradicts a point voids it. The report only reads the session file.

Without <id>, the latest session. See the ids with: hld sessions
A mock that is still running has no report yet: it holds the reference design.

Options
      --json   the report as JSON: score, reviewed_score (or null), each
               dimension's score, each key point's verdict, credit and evidence`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('report', argv, options);
    const [id] = expectPositionals('report', positionals, ['id'], 1);
    const session = await readForReport(id, env);
    // The lazy loaders: a kept report is shown without the YAML parser, zod, mathjs or the language model.
    const problem = await loadProblemLazily(session.problem, env);
    const framework = await loadFrameworkLazily(session.framework);
    assertNotSealed('report', 'its report', session);
    const { report, unstored } = await judgedReport(session, problem, framework, { env, prices: await loadPricesLazily({ env }) });
    if (unstored) output.err(`hld: ${unstored}`);
    output.out(values.json ? JSON.stringify(reportToJson(report), null, 2) : renderReportText(report));
    return 0;
  },
};

export default command;
