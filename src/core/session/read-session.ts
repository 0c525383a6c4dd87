import { HldError, UsageError } from '../errors.js';
import { shownValue } from '../shown-value.js';
import { damagedLine, setAsideReported } from './list.js';
import type { Session } from './schema.js';
import { readSessionFile, type ReadResult } from './session-file.js';

const shownFile = (file: string): string => shownValue(file, 160);

/**
 * Read session `id` from `file` (or take what the caller's read of it gave),
 * or throw the one line that says why not; a damaged file is set aside and
 * reported. Loads the YAML parser and the schema.
 */
export async function readOrSetAside(file: string, id: string, result: ReadResult = readSessionFile(file, id)): Promise<Session> {
  if (result.ok) return result.session;
  switch (result.reason) {
    case 'damaged': {
      const aside = await setAsideReported(file, result.error);
      throw new HldError(`${damagedLine(aside)}; the other sessions are unaffected`);
    }
    case 'newer':
      throw new HldError(`session file ${shownFile(file)} was ${result.error}`);
    case 'unreadable':
      throw new HldError(`session file ${shownFile(file)} ${result.error}; it was left as it is`);
    case 'missing':
      throw new UsageError(`no session '${id}' (see: hld sessions)`);
  }
}
