// Start-up and responsiveness benchmarks, reported as ratios against a bare
// `node -e ''` measured in the same run, so the numbers compare across machines.
// A benchmark, not a test: it never fails on a slow machine.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'hld.js');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const home = mkdtempSync(join(tmpdir(), 'hld-bench-'));
// NODE_EXTRA_CA_CERTS costs every Node start ~36 ms on this machine; users do not have it.
const env = { ...process.env, HLD_HOME: home, NODE_EXTRA_CA_CERTS: '' };
delete env.NODE_EXTRA_CA_CERTS;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeProcess(args) {
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i >= 2) samples.push(elapsed); // the first two warm the file cache
  }
  return median(samples);
}

/** Time from spawn until `marker` appears on a pseudo-terminal (util-linux `script` provides the pty). */
function timeFirstFrame(args, marker) {
  const command = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const once = () =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const child = spawn('script', ['-qfec', `stty cols 100 rows 30; ${command}`, '/dev/null'], {
        cwd: root,
        env: { ...env, TERM: 'xterm-256color' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let seen = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`no first frame containing '${marker}' within 10 s; saw: ${seen.slice(-300)}`));
      }, 10_000);
      child.stdout.on('data', (chunk) => {
        seen += chunk.toString('utf8');
        if (seen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes(marker)) {
          const elapsed = performance.now() - start;
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve(elapsed);
        }
      });
      child.on('error', reject);
    });
  return (async () => {
    const samples = [];
    for (let i = 0; i < runs + 1; i++) {
      const elapsed = await once();
      if (i >= 1) samples.push(elapsed);
    }
    return median(samples);
  })();
}

/**
 * One keystroke in the live estimator: the practice screen's reducer takes a
 * digit typed into an assumption and recomputes every estimate. Timed in
 * process on the real reducer, from the capacity step with a value being edited.
 */
async function timeKeystroke() {
  const ui = await import(join(root, 'dist', 'bench-ui.js'));
  const problem = ui.loadProblem('twitter', env);
  const framework = ui.loadFramework('hld14');
  // Stop typing notes, go to step 5 (capacity estimation), focus the estimator,
  // edit the first assumption, clear it (Ctrl+U) and type 300: a valid value.
  const keys = ['\x1b', 'n', 'n', 'n', 'n', '\t', '\r', '\x15', '3', '0', '0'];
  let state = ui.practiceStateFor({ problem, framework, keys, env });
  const digit = ui.parseKey('0');
  const backspace = ui.parseKey('\x7f');
  const samples = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    const next = ui.practiceReducer(state, { type: 'key', key: digit });
    samples.push(performance.now() - start);
    if (next.estimator.shown === state.estimator.shown || next.estimator.draft?.error) {
      throw new Error('the keystroke did not recompute the estimate: the bench did not reach the estimator editor');
    }
    state = ui.practiceReducer(next, { type: 'key', key: backspace });
  }
  return median(samples);
}

const rows = [];
const node = timeProcess(['-e', '']);
rows.push(['node -e \'\' (baseline)', node]);
rows.push(['hld --version', timeProcess([bin, '--version'])]);
rows.push(['hld estimate twitter --format json', timeProcess([bin, 'estimate', 'twitter', '--format', 'json'])]);
try {
  rows.push(['hld practice url-shortener: first frame (pty)', await timeFirstFrame([bin, 'practice', 'url-shortener'], 'URL shortener')]);
} catch (error) {
  rows.push([`hld practice url-shortener: first frame (unavailable: ${error.message.split('\n')[0]})`, NaN]);
}
rows.push(['one keystroke in the live estimator: recompute every estimate (in process)', await timeKeystroke()]);

rmSync(home, { recursive: true, force: true });
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`median of ${runs} runs; ratio = time / bare node start in this run\n`);
for (const [name, ms] of rows) {
  const text = Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
  const ratio = Number.isNaN(ms) ? '' : `${(ms / node).toFixed(2)}x node`;
  console.log(`${name.padEnd(width)}  ${text.padStart(10)}  ${ratio}`);
}
