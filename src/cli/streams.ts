import { EXIT } from '../core/errors.js';
import { isSystemError, systemErrorReason } from '../core/system-error.js';

/**
 * What happens when standard output goes away or fills up. Node reports a
 * failed write as an 'error' event; with no listener it throws a stack trace.
 *
 * - EPIPE (`hld ... | head -1`, `| true`): the reader has what it wanted, as
 *   `cat` or `ls` would see it, so hld ends quietly with its own exit code.
 * - Anything else (ENOSPC from `> /dev/full`, EIO): one line on stderr and
 *   exit 1, unless a signal has already set the code.
 * - stderr failing leaves nowhere to report to: ignored.
 */
export function guardStandardStreams(stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): void {
  let reported = false;
  stdout.on('error', (error: Error) => {
    if (isSystemError(error) && error.code === 'EPIPE') return;
    if (reported) return;
    reported = true;
    const reason = isSystemError(error) ? systemErrorReason(error) : error.message.split('\n')[0];
    stderr.write(`hld: cannot write the output: ${reason}\n`);
    if (!process.exitCode) process.exitCode = EXIT.failure;
  });
  stderr.on('error', () => {});
}
