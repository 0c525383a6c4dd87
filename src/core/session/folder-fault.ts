import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { parse, sep } from 'node:path';
import { shownValue } from '../shown-value.js';
import { systemReason } from '../fs-fault.js';

/**
 * Why the sessions folder cannot be listed or written, in one line that names
 * the path at fault and the way out: HLD_HOME or `sessions` being a file, a
 * `sessions` link that points nowhere, a read-only disk, no permission.
 */

const shown = (path: string): string => shownValue(path, 160);

/** The first part of `path` that exists but is not a folder (or a link to nothing), in words; undefined when none is. */
function blockingPart(path: string): string | undefined {
  const root = parse(path).root;
  const parts = path.slice(root.length).split(sep).filter(Boolean);
  let at = root;
  for (const part of parts) {
    at = at === root ? `${root}${part}` : `${at}${sep}${part}`;
    let link = false;
    try {
      const stats = lstatSync(at);
      link = stats.isSymbolicLink();
      if (!link) {
        if (!stats.isDirectory()) return `${shown(at)} is a file, not a folder`;
        continue;
      }
    } catch {
      return undefined; // missing from here on: creating it is the fix, not a fault
    }
    try {
      if (!statSync(at).isDirectory()) return `${shown(at)} is a link to a file, not to a folder`;
    } catch {
      let target = '?';
      try {
        target = readlinkSync(at);
      } catch {
        // keep '?'
      }
      return `${shown(at)} is a link to ${shown(target)}, which does not exist`;
    }
  }
  return undefined;
}

/** What is wrong with `dir` (or a folder above it), from the error and a look at the path. */
export function folderFault(dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'ENOENT' || code === 'ELOOP') {
    const part = blockingPart(dir);
    if (part) return part;
  }
  if (code === 'EROFS') return `the disk is read-only (EROFS)`;
  return systemReason(error);
}

/** `cannot list the sessions in <dir>: <what is wrong>; <the way out>`. */
export function sessionsFolderProblem(dir: string, error: unknown, doing: 'list' | 'save'): string {
  const what = folderFault(dir, error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const wayOut =
    code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
      ? `set HLD_HOME to a folder you can ${doing === 'save' ? 'write to' : 'read'}`
      : `move it out of the way, or set HLD_HOME to another folder`;
  return `cannot ${doing === 'list' ? 'list the sessions in' : 'save a session in'} ${shown(dir)}: ${what}; ${wayOut}`;
}
