import { assertInteractive } from '../../ui/tty.js';
import type { Command } from '../command.js';
import { expectPositionals, parseCommandArgs } from '../args.js';

const command: Command = {
  name: 'home',
  help: `Usage: hld

Opens the home screen: choose a problem (↑↓) and a framework (←→), press Enter
to start; Tab switches to your saved sessions to resume one. q quits.

Needs an interactive terminal. Without one, see: hld --help`,
  async run({ argv, env, output }) {
    const { positionals } = parseCommandArgs('home', argv, {});
    expectPositionals('home', positionals, []);
    assertInteractive('home');
    const { runFlow } = await import('../flow.js');
    return runFlow({ kind: 'home' }, { env, output });
  },
};

export default command;
