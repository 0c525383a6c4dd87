import { renderHistoryText, historyToJson } from '../../core/history/render.js';
import { readHistory } from '../../core/history/store.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const options = { json: { type: 'boolean' } } as const;

const command: Command = {
  name: 'history',
  options,
  help: `Usage: hld history [--json]

Lists your finished mocks and drills: per problem, how many, the last and best
score (out of 100) and a trend line, oldest to newest; then the latest results.
Results are kept in $HLD_HOME/history/results.jsonl (one line each).

Options
      --json   everything as JSON: { entries, problems }`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('history', argv, options);
    expectPositionals('history', positionals, []);
    const { entries, warnings } = readHistory(env);
    for (const warning of warnings) output.err(`hld: warning: ${warning}`);
    output.out(values.json ? JSON.stringify(historyToJson(entries), null, 2) : renderHistoryText(entries));
    return 0;
  },
};

export default command;
