import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { fileKind, systemReason } from './fs-fault.js';

/**
 * Reading a file hld keeps for the user (a session, the history) without
 * trusting what is at that path now: only a regular file is opened, and
 * non-blocking, so a FIFO swapped in cannot make us wait for a writer
 * forever; a device or a growing file is never read past `maxBytes`.
 */

export type RegularFileRead =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      /** missing: nothing there; not-a-file: a folder, FIFO, socket or device; unreadable: the system refused; too-large: over the cap. */
      readonly kind: 'missing' | 'not-a-file' | 'unreadable' | 'too-large';
      /** In words: "is a named pipe (FIFO)", "cannot be read: permission denied (EACCES)". */
      readonly reason: string;
      /** For too-large: the bytes found (at least maxBytes + 1). */
      readonly size?: number;
    };

function statFailure(file: string, error: unknown): RegularFileRead {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    // A link whose target is gone is there, and the user should hear about it.
    try {
      if (lstatSync(file).isSymbolicLink()) return { ok: false, kind: 'unreadable', reason: 'is a link to a file that does not exist' };
    } catch {
      // not there at all
    }
    return { ok: false, kind: 'missing', reason: 'no such file' };
  }
  return { ok: false, kind: 'unreadable', reason: `cannot be read: ${systemReason(error)}` };
}

const notAFile = (stats: Stats): RegularFileRead => ({ ok: false, kind: 'not-a-file', reason: `is ${fileKind(stats)}` });
const tooLarge = (size: number): RegularFileRead => ({ ok: false, kind: 'too-large', reason: 'is too large', size });

/** The UTF-8 text of `file`, or why not. `stats`: the caller's stat of it, when it has one already. */
export function readRegularFile(file: string, maxBytes: number, stats?: Stats): RegularFileRead {
  let fd: number;
  try {
    const before = stats ?? statSync(file);
    if (!before.isFile()) return notAFile(before);
    if (before.size > maxBytes) return tooLarge(before.size);
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return statFailure(file, error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return notAFile(opened);
    // Read to the end, whatever the size said (it can grow under us, or read 0 as /proc does), never past the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let chunk = Buffer.alloc(Math.min(opened.size, maxBytes) + 1); ; chunk = Buffer.alloc(64 * 1024)) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) return tooLarge(total);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (error) {
    return { ok: false, kind: 'unreadable', reason: `cannot be read: ${systemReason(error)}` };
  } finally {
    closeSync(fd);
  }
}

/** "12.0 MiB", "3 KiB": sizes in messages. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
