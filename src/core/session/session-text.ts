import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { fileKind, systemReason } from './fs-fault.js';

/**
 * The raw text of a session file, read without trusting what the file is:
 * only a regular file is opened, non-blocking (a FIFO would wait for a
 * writer forever), and never more than MAX_SESSION_BYTES of it. Kept apart
 * from parsing (session-file.ts), so a listing that finds every file in its
 * index never loads the YAML parser or the schema.
 */

export type ReadFailure = { readonly ok: false; readonly reason: 'missing' | 'unreadable' | 'newer' | 'damaged'; readonly error: string };

/** Far beyond any session typed by hand (a thousand pages of notes); a bigger file is something else. */
export const MAX_SESSION_BYTES = 8 * 1024 * 1024;

const failed = (reason: ReadFailure['reason'], error: string): ReadFailure => ({ ok: false, reason, error });

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

const tooLarge = (size: number): ReadFailure =>
  failed('damaged', `${sizeText(size)}: larger than the ${sizeText(MAX_SESSION_BYTES)} hld reads from one session file`);

/** Why the system would not give us the file: the reason, and whether it is simply not there. */
function statFailure(file: string, error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    // A link whose target is gone is there, and the user should hear about it.
    try {
      if (lstatSync(file).isSymbolicLink()) return failed('unreadable', 'is a link to a file that does not exist');
    } catch {
      // not there at all
    }
    return failed('missing', 'no such file');
  }
  return failed('unreadable', `cannot be read: ${systemReason(error)}`);
}

/**
 * The text of a session file, or why not. `stats` is the caller's stat of it
 * (listings have one already). Only a regular file is opened, non-blocking
 * (so a FIFO swapped in after the stat cannot hang us), and never more than
 * MAX_SESSION_BYTES are read.
 */
export function readSessionText(file: string, stats?: Stats): { readonly ok: true; readonly text: string } | ReadFailure {
  let fd: number;
  try {
    const before = stats ?? statSync(file);
    if (!before.isFile()) return failed('unreadable', `is ${fileKind(before)}, not a session file`);
    if (before.size > MAX_SESSION_BYTES) return tooLarge(before.size);
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return statFailure(file, error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return failed('unreadable', `is ${fileKind(opened)}, not a session file`);
    // Read to the end, whatever the size said (it can grow under us, or read 0 as /proc does), never past the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let chunk = Buffer.alloc(Math.min(opened.size, MAX_SESSION_BYTES) + 1); ; chunk = Buffer.alloc(64 * 1024)) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_SESSION_BYTES) return tooLarge(total);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (error) {
    return failed('unreadable', `cannot be read: ${systemReason(error)}`);
  } finally {
    closeSync(fd);
  }
}

