import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BIN, ROOT } from './run-binary.js';

/** hld in a shell pipeline, as users pipe it: `| head -1`, `| true`, `> /dev/full`. */
function pipeline(shellTail: string, args: string[]): { code: number; stderr: string } {
  const command = `node ${BIN} ${args.map((a) => `'${a}'`).join(' ')} 2>"$ERR_FILE" ${shellTail}; code=\${PIPESTATUS[0]}; cat "$ERR_FILE" >&2; exit $code`;
  const result = spawnSync('bash', ['-c', `ERR_FILE=$(mktemp); ${command}`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } });
  return { code: result.status ?? -1, stderr: result.stderr };
}

const COMMANDS = [['--help'], ['estimate', 'twitter'], ['estimate', 'whatsapp', '--format', 'json'], ['problems', 'show', 'uber'], ['export', '--print-template'], ['completion', 'zsh']];

describe('hld writing into a pipe that closes', () => {
  test.each(COMMANDS)('hld %s | true ends quietly with exit 0', (...args) => {
    expect(pipeline('| true', args)).toEqual({ code: 0, stderr: '' });
  });

  test.each(COMMANDS)('hld %s | head -1 ends quietly with exit 0', (...args) => {
    expect(pipeline('| head -1 >/dev/null', args)).toEqual({ code: 0, stderr: '' });
  });
});

describe.skipIf(!existsSync('/dev/full'))('hld writing to a full device', () => {
  test.each(COMMANDS)('hld %s > /dev/full is one line and exit 1', (...args) => {
    expect(pipeline('>/dev/full', args)).toEqual({ code: 1, stderr: 'hld: cannot write the output: no space left on device (ENOSPC)\n' });
  });

  test('an error line that cannot be written either ends with the error code, silently', () => {
    const result = spawnSync('bash', ['-c', `node ${BIN} estmate 2>/dev/full`], { encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } });
    expect(result.status).toBe(2);
  });
});
