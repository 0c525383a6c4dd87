// Run by session-index.test.ts, several at once while sessions come and go:
// list again and again; every listing must succeed and the index must always be whole JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSessions } from '../../../src/core/session/list.js';

const home = process.argv[2]!;
const index = join(home, 'sessions', '.index.json');
let runs = 0;
try {
  for (; runs < 40; runs++) {
    const listing = await listSessions({ HLD_HOME: home }, { now: Date.now() + 10_000 });
    if (listing.damaged.length || listing.unreadable.length) throw new Error(`set aside or skipped: ${JSON.stringify(listing)}`);
    try {
      JSON.parse(readFileSync(index, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`index not whole: ${(error as Error).message}`);
    }
  }
  process.stdout.write(`listed ${runs} times\n`);
} catch (error) {
  process.stdout.write(`failed after ${runs}: ${(error as Error).message}\n`);
}
