// Run by lock-race.test.ts, many at once: try to open one session and hold it.
import { openSession } from '../../../src/core/session/store.js';

try {
  const handle = await openSession(process.argv[2], process.env);
  process.stdout.write('GOT\n');
  setTimeout(() => handle.close(), Number(process.argv[3] ?? 2000));
} catch (error) {
  process.stdout.write(`BUSY ${(error as Error).message}\n`);
}
