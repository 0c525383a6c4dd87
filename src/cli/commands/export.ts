import { resolve } from 'node:path';
import { exportDesignDoc, writeDesignDoc } from '../../core/export/export-session.js';
import { readDocTemplate } from '../../core/export/template.js';
import { assertNotSealed } from '../../core/mock/sealed.js';
import { loadSession } from '../../core/session/load.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const options = {
  output: { type: 'string', short: 'o' },
  template: { type: 'string', short: 't' },
  force: { type: 'boolean', short: 'f' },
  'print-template': { type: 'boolean' },
} as const;

const command: Command = {
  name: 'export',
  options,
  completion: { positionals: ['session'], values: { output: 'file', template: 'file' } },
  help: `Usage: hld export [<id>] [-o file.md | -] [--template file] [--force]

Writes a session as a Markdown design doc: the prompt, your notes under each
step, the assumptions, estimates and monthly cost tables, a Mermaid diagram of
your architecture, trade-offs, failure modes, the key points your notes covered
or missed, time per step, and the conventions behind the numbers. GitHub shows
it with the diagram drawn.

Without <id>, the latest session. See the ids with: hld sessions
A mock that is still running is exported when it ends: the doc holds the
reference design.

Options
  -o, --output FILE     where to write (default: <id>.md in this folder);
                        - writes to standard output
  -t, --template FILE   your own template ({{placeholders}} are listed at the
                        top of the default one)
  -f, --force           replace FILE if it exists (never replaced otherwise)
      --print-template  print the default template to start your own from:
                        hld export --print-template > my-doc.md

The file is written atomically: a reader never sees half a doc.`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('export', argv, options);
    if (values['print-template']) {
      expectPositionals('export', positionals, []);
      output.out(readDocTemplate());
      return 0;
    }
    const [id] = expectPositionals('export', positionals, ['id'], 1);
    const session = await loadSession(id, env, (line) => output.err(`hld: ${line}`));
    assertNotSealed('export', 'its design doc', session);
    const markdown = await exportDesignDoc(session, { env, notice: (line) => output.err(`hld: ${line}`), ...(values.template ? { templateFile: resolve(values.template) } : {}) });
    if (values.output === '-') {
      output.out(markdown);
      return 0;
    }
    const file = values.output ?? `${session.id}.md`;
    writeDesignDoc(resolve(file), markdown, values.force === true);
    output.out(`Wrote the design doc of ${session.id} to ${file}`);
    return 0;
  },
};

export default command;
