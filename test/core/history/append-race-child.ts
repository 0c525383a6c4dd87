// Run by history-faults.test.ts, several at once: append results as fast as possible,
// as several hld processes finishing drills at once would.
import { appendHistory } from '../../../src/core/history/store.js';

const [home, tag] = [process.argv[2]!, process.argv[3]!];
for (let i = 0; i < 200; i++) {
  appendHistory(
    { version: 1, kind: 'drill', at: new Date(Date.UTC(2026, 10, 20, 0, 0, i)).toISOString(), problem: `p-${tag}`, score: i % 101, seed: i, questions: [{ key: 'peak_read_qps', grade: 'good', ratio: 1 }] },
    { HLD_HOME: home },
  );
}
process.stdout.write('appended\n');
