import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Reading a file a user names (a template, a problem or price file) without
 * trusting what it is: a FIFO would block the read forever, /dev/zero would
 * fill memory, a folder cannot be read. Only regular files are read, and at
 * most `maxBytes` of them.
 */

export type CappedRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${bytes / (1024 * 1024)} MiB`;
  return bytes >= 1024 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

/** The reason when a system call failed: `no such file`, `cannot be read (EACCES)`. */
function failure(error: unknown): CappedRead {
  const code = (error as NodeJS.ErrnoException).code;
  return { ok: false, reason: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})` };
}

/** The UTF-8 text of a regular file of at most `maxBytes`, or why not. Never blocks on a pipe, never reads past the cap. */
export function readCappedText(file: string, maxBytes: number): CappedRead {
  let fd: number;
  try {
    // stat first: opening a FIFO for reading waits for a writer.
    const stats = statSync(file);
    if (!stats.isFile()) return { ok: false, reason: `is ${kindOf(stats)}, not a file hld can read` };
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: `is ${kindOf(stats)}, not a file hld can read` };
    const tooLarge: CappedRead = { ok: false, reason: `is larger than ${describeSize(maxBytes)}, more than hld reads from one file` };
    if (stats.size > maxBytes) return tooLarge;
    // The size can change (or be reported as 0, as /proc does) under us: count while reading.
    const chunk = Buffer.alloc(64 * 1024);
    const chunks: Buffer[] = [];
    let total = 0;
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      total += read;
      if (total > maxBytes) return tooLarge;
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}
