import { EXIT } from '../core/errors.js';
import { COMMANDS, DEFAULT_COMMAND } from './registry.js';

export function globalHelp(version: string): string {
  const listed = Object.entries(COMMANDS).filter(([name]) => name !== DEFAULT_COMMAND);
  const width = Math.max(...listed.map(([name]) => name.length));
  const commands = listed.map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`).join('\n');
  return `hld ${version}: practise system-design interviews in the terminal

Usage: hld                      ${COMMANDS[DEFAULT_COMMAND]!.summary}
       hld <command> [options]
       hld <command> --help

Commands
${commands}

Options
  -h, --help     show help (also: hld <command> --help)
  -v, --version  show the version

Exit codes
  ${EXIT.ok}         ok
  ${EXIT.failure}         a problem, estimate, session or file could not be used
  ${EXIT.usage}         usage error: unknown command, option or value, or no
            terminal for an interactive screen
  130       interrupted (Ctrl-C at a prompt, or SIGINT)
  129, 143  ended by SIGHUP (terminal closed) or SIGTERM, after saving
            your work

Environment
  HLD_HOME   your folder for own problems, prices and sessions
             (default: $XDG_DATA_HOME/hld-dojo or ~/.local/share/hld-dojo)
  NO_COLOR   turn colours off`;
}
