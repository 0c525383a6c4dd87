import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { HldError, UsageError } from '../../core/errors.js';
import { buildReport } from '../../core/judge/report.js';
import { reportToJson } from '../../core/judge/json.js';
import { renderReportText } from '../../core/judge/render.js';
import { sessionsDir } from '../../core/paths.js';
import { loadPrices } from '../../core/prices/load.js';
import { loadProblem } from '../../core/problem/load.js';
import { normaliseSessionId, SESSION_EXTENSION, sessionFile } from '../../core/session/ids.js';
import { sessionSchema, type Session } from '../../core/session/schema.js';
import { readSessionFile } from '../../core/session/session-file.js';
import { didYouMean } from '../../core/suggest.js';
import { loadFramework } from '../../core/template/load.js';
import { assertNotSealed } from '../../core/mock/sealed.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { byCodeUnits } from '../../core/order.js';

const options = { json: { type: 'boolean' } } as const;

/**
 * The session a report is made of, read without changing anything: `hld
 * report` only reads, so a damaged file is reported and left where it is
 * (the commands that open sessions set damaged files aside), and the latest
 * session is the latest readable one.
 */
function readForReport(typed: string | undefined, env: NodeJS.ProcessEnv): Session {
  const dir = sessionsDir(env);
  if (typed === undefined) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(SESSION_EXTENSION) && !n.startsWith('.'));
    } catch {
      names = [];
    }
    const sessions = names.flatMap((name) => {
      const result = readSessionFile(sessionFile(dir, basename(name, SESSION_EXTENSION)), basename(name, SESSION_EXTENSION));
      return result.ok ? [result.session] : [];
    });
    sessions.sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at) || byCodeUnits(b.id, a.id));
    if (!sessions[0]) throw new HldError(`no saved sessions in ${dir}; start one with \`hld practice <problem>\``);
    return sessions[0];
  }
  const id = normaliseSessionId(typed);
  if (!sessionSchema.shape.id.safeParse(id).success) throw new UsageError(`'${typed}' is not a session id (see: hld sessions)`);
  const file = sessionFile(dir, id);
  const result = readSessionFile(file, id);
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
    const session = readForReport(id, env);
    const problem = loadProblem(session.problem, env);
    const framework = loadFramework(session.framework);
    assertNotSealed('report', 'its report', session);
    const report = await buildReport(session, problem, framework, { prices: loadPrices({ env }) });
    output.out(values.json ? JSON.stringify(reportToJson(report), null, 2) : renderReportText(report));
    return 0;
  },
};

export default command;
