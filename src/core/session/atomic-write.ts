import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replace a file so that a reader (or a crash) sees either the old content or
 * the new one, never half of each: write a temporary file in the same folder
 * (rename is only atomic within one file system), fsync it, rename it over the
 * target, then fsync the folder so the rename itself survives a power cut.
 * Synchronous on purpose: it must also work inside process.on('exit').
 */

export interface AtomicWriteHooks {
  /** Called after the temporary file is written and synced, before the rename. Tests use it to simulate a crash. */
  readonly beforeRename?: (tempFile: string) => void;
  /**
   * False for a cache that is rebuilt when damaged: no fsync of the file or
   * the folder (a power cut may tear it), the rename is still atomic.
   */
  readonly durable?: boolean;
}

const tempPrefix = (file: string): string => `.${basename(file)}.tmp-`;

/**
 * A fresh temporary name beside `file`: hidden (leading dot) so listings skip
 * it, and carrying the writer's pid so leftovers of a dead process can be found.
 */
export function tempFileFor(file: string): string {
  return join(dirname(file), `${tempPrefix(file)}${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** The pid that wrote `name` if it is a temporary file of `file`, else undefined. */
export function tempFileWriter(file: string, name: string): number | undefined {
  const prefix = tempPrefix(file);
  return name.startsWith(prefix) ? Number(name.slice(prefix.length).split('-')[0]) : undefined;
}

export function writeFileAtomic(file: string, content: string, hooks: AtomicWriteHooks = {}): void {
  const dir = dirname(file);
  const temp = tempFileFor(file);
  let renamed = false;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      const data = Buffer.from(content, 'utf8');
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      if (hooks.durable !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hooks.beforeRename?.(temp);
    renameSync(temp, file);
    renamed = true;
    if (hooks.durable !== false) syncFolder(dir);
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}

/** Make a rename durable. Some platforms (Windows) cannot open a folder; the rename is still atomic there. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort: durability of the folder entry, not atomicity, is lost
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
