import { closeSync, openSync, writeSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The last resort when a session cannot be saved where it belongs (its folder
 * removed, a full or read-only disk): a copy of the whole session file in the
 * first folder that takes it, so the work can be put back by hand. Never
 * overwrites anything: a fresh name is created exclusively.
 */

/** Where a rescue copy may go, in order: the temporary folder, the home folder, the working folder. */
export function rescueFolders(): string[] {
  const folders = [tmpdir(), homedir(), process.cwd()];
  return folders.filter((folder, i) => folder !== '' && folders.indexOf(folder) === i);
}

const stamp = (now: Date): string => now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

export type RescueResult = { readonly file: string } | { readonly error: string };

/** Write `content` as `hld-rescue-<id>-<time>.yaml` in the first folder that takes it. */
export function writeRescueCopy(id: string, content: string, folders: readonly string[] = rescueFolders(), now: Date = new Date()): RescueResult {
  const failures: string[] = [];
  for (const folder of folders) {
    for (let n = 1; n <= 20; n++) {
      const file = join(folder, `hld-rescue-${id}-${stamp(now)}${n > 1 ? `-${n}` : ''}.yaml`);
      let fd: number | undefined;
      try {
        fd = openSync(file, 'wx', 0o600);
        const data = Buffer.from(content, 'utf8');
        let offset = 0;
        while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
        return { file };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        failures.push(`${folder} (${code ?? (error as Error).message})`);
        break;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    }
  }
  return { error: `no folder took a copy: ${failures.join(', ') || 'none to try'}` };
}
