import { HldError, UsageError } from '../errors.js';
import { shownValue } from '../shown-value.js';
import { damagedLine, setAsideReported } from './list.js';
import type { Session } from './schema.js';
import { parseSessionText, readSessionText } from './session-file.js';

const shownFile = (file: string): string => shownValue(file, 160);

/**
 * Read session `id` from `file` (or from its text, when the caller has read
 * it already), or throw the one line that says why not; a damaged file is set
 * aside and reported. Loads the YAML parser and the schema.
 */
export async function readOrSetAside(file: string, id: string, read: ReturnType<typeof readSessionText> = readSessionText(file)): Promise<Session> {
  const result = read.ok ? parseSessionText(read.text, id) : read;
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
