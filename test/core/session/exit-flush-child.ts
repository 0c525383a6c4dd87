// Run by exit-flush.test.ts as a real process: opens a session, makes an edit
// that autosave has not written yet, then waits to be signalled or exits.
import { createSession, installExitFlush } from '../../../src/core/session/store.js';

const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, process.env);
installExitFlush(handle);
handle.update({ ...handle.session, notes: { 'clarify-requirements': 'typed just before the end' } });
process.stdout.write(`${handle.session.id}\n`);
if (process.argv[2] === 'exit') process.exit(0);
setInterval(() => {}, 1000);
