// Run by exit-flush.test.ts as a real process: opens a session, makes an edit
// that autosave has not written yet, then waits to be signalled or exits.
// The store guards itself: nothing here installs a signal handler.
// `graceful` stands in for a full-screen view: it registers a hook that hands
// control back, and the "command" then finishes and says so.
import { onShutdown } from '../../../src/core/shutdown.js';
import { createSession } from '../../../src/core/session/store.js';

const store = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, process.env);
store.update({ notes: { 'clarify-requirements': 'typed just before the end' } });
const mode = process.argv[2];
if (mode === 'graceful') {
  const keepAlive = setInterval(() => {}, 1000);
  const unguard = onShutdown({
    graceful: true,
    run: (ending) => {
      clearInterval(keepAlive);
      unguard();
      // The view is gone; the command carries on, closes the session and prints its last line.
      setTimeout(() => process.stdout.write(`finished after ${ending}; closed: ${JSON.stringify(store.close())}\n`), 10);
    },
  });
}
process.stdout.write(`${store.id}\n`);
if (mode === 'exit') process.exit(0);
if (mode !== 'graceful') setInterval(() => {}, 1000);
