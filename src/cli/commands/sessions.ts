import { localTime } from '../../core/local-time.js';
import { textTable } from '../../core/report/tables.js';
// list.js, not store.js: listing from a fresh index loads neither the YAML parser nor the schema.
import { listingProblems, listSessions, type SessionListing, type SessionSummary } from '../../core/session/list.js';
import { loadFrameworkLazily } from '../../core/template/load-lazy.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { Output } from '../output.js';

const options = { json: { type: 'boolean' } } as const;

/** Step counts of the frameworks the sessions use; none for a framework whose file is gone or broken. */
async function stepCounts(listing: SessionListing): Promise<(framework: string) => number | undefined> {
  const counts = new Map<string, number>();
  for (const id of new Set(listing.sessions.map((s) => s.framework))) {
    try {
      counts.set(id, (await loadFrameworkLazily(id)).steps.length);
    } catch {
      // Shown as "?" steps.
    }
  }
  return (framework) => counts.get(framework);
}

/** Damaged and unreadable files are reported on stderr so stdout stays a clean list. */
export function reportProblemFiles(listing: SessionListing, output: Output): void {
  for (const line of listingProblems(listing)) output.err(`hld: ${line}`);
}

function progress(s: SessionSummary, steps: number | undefined): string {
  return `${s.doneSteps}/${steps ?? '?'} done`;
}

const command: Command = {
  name: 'sessions',
  options,
  help: `Usage: hld sessions [--json]

Lists your saved practice and mock sessions, the latest first: id, problem,
framework, mode, progress (steps marked done) and when it was last saved.
Continue one with \`hld resume <id>\`, export it with \`hld export <id>\`.

A session file that cannot be read is renamed to <file>.damaged-<time>
(never deleted) and named on stderr; the others are listed as usual.

Options
      --json   machine-readable output

Sessions live in $HLD_HOME/sessions (default: ~/.local/share/hld-dojo/sessions).`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('sessions', argv, options);
    expectPositionals('sessions', positionals, []);
    const listing = await listSessions(env);
    reportProblemFiles(listing, output);
    const steps = await stepCounts(listing);

    if (values.json) {
      const sessions = listing.sessions.map((s) => ({
        id: s.id,
        problem: s.problem,
        framework: s.framework,
        mode: s.mode,
        done: s.doneSteps,
        steps: steps(s.framework) ?? null,
        noted: s.notedSteps,
        current_step: s.currentStep,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
        file: s.file,
      }));
      output.out(JSON.stringify({ sessions, damaged: listing.damaged, unreadable: listing.unreadable }, null, 2));
      return 0;
    }
    if (listing.sessions.length === 0) {
      output.out('No saved sessions yet. Start one with: hld practice <problem>  (list problems: hld problems)');
      return 0;
    }
    const rows = listing.sessions.map((s) => [s.id, s.problem, s.framework, s.mode, progress(s, steps(s.framework)), localTime(s.updatedAt)]);
    output.out(
      [
        ...textTable(
          [{ header: 'ID' }, { header: 'PROBLEM' }, { header: 'FRAMEWORK' }, { header: 'MODE' }, { header: 'PROGRESS' }, { header: 'LAST SAVED' }],
          rows,
          '',
        ),
        '',
        'Continue: hld resume [id]   Export: hld export [id]   Delete: hld delete <id>',
      ].join('\n'),
    );
    return 0;
  },
};

export default command;
