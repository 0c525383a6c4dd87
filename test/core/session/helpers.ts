import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away HLD_HOME for one test. */
export function tempHome(): { env: NodeJS.ProcessEnv; home: string; sessions: string; cleanup: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'hld-sessions-'));
  return {
    env: { HLD_HOME: home },
    home,
    sessions: join(home, 'sessions'),
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  };
}
