import { getSystemErrorMap } from 'node:util';
import type { Stats } from 'node:fs';

/**
 * Words for what the file system said, for the one line a user sees when a
 * session cannot be read or saved.
 */

/** "permission denied (EACCES)"; the code alone when Node has no words for it; the message for other errors. */
export function systemReason(error: unknown): string {
  const { code, errno } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code === 'string') {
    const words = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
    return words ? `${words} (${code})` : code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** What a path that is not a regular file is, in words: "a named pipe (FIFO)". */
export function fileKind(stats: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}
