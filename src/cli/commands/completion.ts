import { UsageError } from '../../core/errors.js';
import { quoted } from '../../core/shown-value.js';
import { didYouMean } from '../../core/suggest.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { completeWords, SHELLS } from '../completion/candidates.js';
import { COMPLETION_SCRIPTS, FILES_MARKER } from '../completion/scripts.js';

const options = { words: { type: 'boolean' } } as const;

const command: Command = {
  name: 'completion',
  options,
  completion: { positionals: ['shell'] },
  help: `Usage: hld completion bash|zsh|fish

Prints a script that completes hld's commands, options, problem ids, session
ids and file names when you press Tab. Load it once per shell:

  bash  add to ~/.bashrc:   eval "$(hld completion bash)"
  zsh   add to ~/.zshrc, after compinit:   eval "$(hld completion zsh)"
  fish  add to ~/.config/fish/config.fish:   hld completion fish | source

The scripts ask hld for the candidates each time (hld completion --words --
<words typed>), so new problems and sessions are offered at once.`,
  async run({ argv, output, env, commands }) {
    const { values, positionals } = parseCommandArgs('completion', argv, options);
    if (values.words) {
      const completion = await completeWords(positionals, env, commands);
      const lines = completion.files ? [FILES_MARKER] : completion.words;
      if (lines.length > 0) output.out(lines.join('\n'));
      return 0;
    }
    const [shell] = expectPositionals('completion', positionals, ['shell']);
    if (!Object.hasOwn(COMPLETION_SCRIPTS, shell!)) {
      throw new UsageError(`hld completion: unknown shell ${quoted(shell!)}${didYouMean(shell!, [...SHELLS])} (accepted: ${SHELLS.join(', ')})`);
    }
    output.out(COMPLETION_SCRIPTS[shell as keyof typeof COMPLETION_SCRIPTS]);
    return 0;
  },
};

export default command;
