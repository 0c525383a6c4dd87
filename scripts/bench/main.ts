// How fast hld is for a user. Every figure is measured in turns with bare
// Node in the same run (A B, B A, ...), reported as a median with its spread
// and as a ratio to bare Node, next to the target it must meet. A benchmark,
// not a test: what it cannot measure is printed as n/a with the reason, and
// it never fails. Run through scripts/bench.mjs (npm run bench).
import { mkdirSync, rmSync } from 'node:fs';
import { constants, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { alternate } from './alternate.js';
import { NOTES_SIZES, prepareHomes, type BenchHomes } from './fixtures.js';
import { peakRssOfNode, timeNode } from './processes.js';
import { killAllTerminals, openTerminal, ptyMissing } from './pty.js';
import { figureOf, markdownTable, missingFigure, targetSummary, textTable, type Figure, type FigureDef } from './report.js';
import { recomputeFigures, POINT_FIGURE, RANGES_FIGURE, SCREEN_FIGURE } from './recompute.js';
import { firstFrame, idleCpu, typist } from './screens.js';
import { summarise } from './stats.js';

const GROUPS = ['commands', 'memory', 'estimator', 'screens', 'typing'] as const;
type Group = (typeof GROUPS)[number];

const USAGE = `Usage: npm run bench [-- --markdown] [-- --only ${GROUPS.join(',')}]

  --markdown   print the table as Markdown, ready for the README
  --only LIST  measure only these groups (comma-separated)

BENCH_RUNS counted rounds per figure (default 10, after 2 warm-up rounds);
BENCH_IDLE_SECONDS seconds of idle practice screen per notes size (default 10).`;

function positive(name: string, fallback: number): number {
  const n = Number(process.env[name] ?? fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The environment users have: no CA file of this machine (~36 ms per Node start), no CI variables (Ink draws only the last frame under CI). */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name === 'NODE_EXTRA_CA_CERTS' || name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_')) delete env[name];
  }
  return env;
}

const reason = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 160);
const log = (text: string): void => void process.stderr.write(`bench: ${text}\n`);

/**
 * `root`: the hld-dojo folder (built); `scratch`: a temporary folder this
 * removes when done; `recomputeScript`: recompute-child.ts built where it finds
 * the package's data (undefined when it could not be built: the figure is n/a).
 */
export async function runBench(root: string, scratch: string, argv: readonly string[], recomputeScript?: string): Promise<void> {
  const { values: flags } = parseArgs({ args: [...argv], options: { markdown: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const only = new Set((flags.only ?? GROUPS.join(',')).split(',').map((g) => g.trim()));
  for (const group of only) if (!GROUPS.includes(group as Group)) throw new Error(`--only takes ${GROUPS.join(', ')}; not '${group}'`);

  const runs = positive('BENCH_RUNS', 10);
  const warmup = 2;
  const idleSeconds = positive('BENCH_IDLE_SECONDS', 10);
  const node = process.execPath;
  const bin = join(root, 'bin', 'hld.js');
  const bare = join(root, 'scripts', 'bench', 'bare-node.mjs');
  const env = userEnv();
  const withHome = (home: string): NodeJS.ProcessEnv => ({ ...env, HLD_HOME: home });
  const emptyHome = join(scratch, 'home-empty');
  mkdirSync(emptyHome, { recursive: true });

  const cleanUp = (): void => {
    killAllTerminals();
    rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(128 + constants.signals[signal]));

  const figures: Figure[] = [];
  const notes = new Set<string>();
  /** Measure one or more figures; if it throws, they become n/a with the reason. */
  const measure = async (defs: FigureDef | FigureDef[], run: () => Promise<Figure | Figure[]>): Promise<void> => {
    const list = Array.isArray(defs) ? defs : [defs];
    log(list.map((d) => d.label).join('; '));
    try {
      const result = await run();
      figures.push(...(Array.isArray(result) ? result : [result]));
    } catch (error) {
      figures.push(...list.map((d) => missingFigure(d, reason(error))));
    }
  };

  const started = new Date();
  const loadBefore = loadavg()[0]!;
  let homes: BenchHomes | undefined;
  let homesMissing: string | undefined;
  /** The saved sessions, written when a figure first needs them. */
  const needHomes = async (): Promise<BenchHomes> => {
    if (homesMissing) throw new Error(homesMissing);
    if (!homes) {
      log("writing 10 and 1,000 saved sessions, and sessions with notes, with the store's own code");
      try {
        homes = await prepareHomes(root, scratch);
      } catch (error) {
        homesMissing = `could not write the saved sessions: ${reason(error)}`;
        throw new Error(homesMissing);
      }
    }
    return homes;
  };

  if (only.has('commands')) {
    const group = 'Commands: start to exit';
    type Home = 'ten' | 'thousand';
    /**
     * `judged`: the session is exported once before the rounds, as a user's
     * first export does, so the rounds read what that export kept (the judged
     * report, the parsed session and the estimate); 'each run': the report and
     * the parsed session are forgotten before every run, as when the notes
     * changed since, so every run parses the session and judges the notes.
     */
    const commands: { label: string; args: (homes: BenchHomes | undefined) => string[]; home?: Home; target?: number; judged?: 'once' | 'each run' }[] = [
      { label: 'hld --version', args: () => ['--version'] },
      { label: 'hld estimate twitter --format json', args: () => ['estimate', 'twitter', '--format', 'json'], target: 3 },
      {
        label: 'hld estimate twitter --format json --set "mau=600M * 1.1"',
        args: () => ['estimate', 'twitter', '--format', 'json', '--set', 'mau=600M * 1.1'],
        target: 6,
      },
      // A range: the same start-up plus 2,000 samples of every value, drivers and checks (issue 13 sets no target).
      { label: 'hld estimate twitter --format json --set "dau=100M to 400M"', args: () => ['estimate', 'twitter', '--format', 'json', '--set', 'dau=100M to 400M'] },
      { label: 'hld problems', args: () => ['problems'], target: 3 },
      { label: 'hld validate problems/twitter.yaml', args: () => ['validate', 'problems/twitter.yaml'], target: 3 },
      { label: 'hld export <id> -o - (10 saved sessions; exported before)', args: (h) => ['export', h!.exportId, '-o', '-'], home: 'ten', target: 3, judged: 'once' },
      // No target: what the first export after the notes changed costs, language model and all (a finished mock never pays it: its report is kept when it ends).
      { label: 'hld export <id> -o - (the same, its notes changed since: parsed and judged in the run)', args: (h) => ['export', h!.exportId, '-o', '-'], home: 'ten', judged: 'each run' },
      { label: 'hld sessions (10 saved sessions)', args: () => ['sessions'], home: 'ten' },
      { label: 'hld sessions (1,000 saved sessions)', args: () => ['sessions'], home: 'thousand', target: 3 },
      { label: 'hld export -o - (the latest of 1,000 sessions; exported before)', args: () => ['export', '-o', '-'], home: 'thousand', target: 3, judged: 'once' },
    ];
    for (const command of commands) {
      const def: FigureDef = { group, label: command.label, unit: 'ms', target: command.target ? { of: 'ratio', limit: command.target } : undefined };
      await measure(def, async () => {
        const homes = command.home ? await needHomes() : undefined;
        const args = command.args(homes);
        const home = homes && command.home ? homes[command.home] : emptyHome;
        const options = { cwd: root, env: withHome(home) };
        // What an export keeps in the hld home (see core/judge/stored-report.ts, core/session/parsed-copy.ts, core/estimate/kept.ts).
        const forget = (...folders: string[]) => {
          for (const folder of folders) rmSync(join(home, folder), { recursive: true, force: true });
        };
        if (command.judged) {
          forget('reports', 'parsed', 'estimates');
          timeNode([bin, ...args], options);
        }
        const measureRun = () => {
          // Changed notes: the session file is new to hld and its report is judged again; its estimate still holds.
          if (command.judged === 'each run') forget('reports', 'parsed');
          return timeNode([bin, ...args], options);
        };
        return figureOf(def, await alternate({ runs, warmup, measure: measureRun, baseline: () => timeNode(['-e', ''], options) }));
      });
    }
  }

  if (only.has('memory')) {
    const group = 'Memory: peak resident set';
    for (const [label, args] of [
      ['hld estimate twitter --format json', ['estimate', 'twitter', '--format', 'json']],
      ['hld estimate twitter --format json --set "mau=600M * 1.1"', ['estimate', 'twitter', '--format', 'json', '--set', 'mau=600M * 1.1']],
    ] as const) {
      const def: FigureDef = { group, label, unit: 'MiB', target: { of: 'value', limit: 60, strict: true } };
      await measure(def, async () => {
        const options = { cwd: root, env: withHome(emptyHome), root, scratch };
        return figureOf(def, await alternate({ runs, warmup, measure: () => peakRssOfNode([bin, ...args], options), baseline: () => peakRssOfNode(['-e', ''], options) }));
      });
    }
  }

  if (only.has('estimator')) {
    await measure([RANGES_FIGURE, POINT_FIGURE, SCREEN_FIGURE], async () => {
      if (!recomputeScript) throw new Error('the recompute script was not built');
      return recomputeFigures(recomputeScript, root, withHome(emptyHome), runs);
    });
  }

  const noPty = ptyMissing();

  if (only.has('screens')) {
    const group = 'Screens: start to first frame, in a terminal (pty)';
    const screens: { label: string; argv: string[]; marker: string; target?: number }[] = [
      { label: 'the pty harness alone (script, sh, stty, echo)', argv: ['echo', 'ready'], marker: 'ready' },
      { label: 'hld: home screen (1,000 saved sessions)', argv: [node, bin], marker: 'Resume a session (Tab)', target: 8 },
      { label: 'hld practice twitter (1,000 saved sessions)', argv: [node, bin, 'practice', 'twitter'], marker: 'Notes (typing', target: 8 },
    ];
    for (const screen of screens) {
      const def: FigureDef = { group, label: screen.label, unit: 'ms', target: screen.target ? { of: 'ratio', limit: screen.target } : undefined };
      await measure(def, async () => {
        if (noPty) throw new Error(noPty);
        const homes = await needHomes();
        const options = { cwd: root, env: withHome(homes.thousand) };
        const samples = await alternate({
          runs,
          warmup,
          measure: async () => {
            try {
              return await firstFrame(screen.argv, screen.marker, options);
            } finally {
              homes.resetThousand();
            }
          },
          baseline: () => firstFrame([node, bare, 'ready'], 'ready', options),
        });
        return figureOf(def, samples);
      });
    }
  }

  if (only.has('typing')) {
    const group = 'Practice screen: typing notes, in a terminal (pty)';
    for (const chars of NOTES_SIZES) {
      const size = chars.toLocaleString('en-US');
      const keyDef: FigureDef = {
        group,
        label: `keystroke to frame, ${size} characters of notes`,
        unit: 'ms',
        target: chars === 100_000 ? { of: 'value', limit: 20 } : undefined,
      };
      const idleDef: FigureDef = {
        group,
        label: `idle screen, CPU per second, ${size} characters of notes`,
        unit: 'ms/s',
        target: { of: 'value', limit: 5, strict: true },
      };
      const idle = chars !== 10_000;
      await measure(idle ? [keyDef, idleDef] : keyDef, async () => {
        if (noPty) throw new Error(noPty);
        const homes = await needHomes();
        const options = { cwd: root, env: withHome(homes.notes) };
        const hld = openTerminal([node, bin, 'resume', homes.notesIds.get(chars)!], options);
        const echo = openTerminal([node, bare, 'ready', '--echo'], options);
        try {
          await Promise.all([hld.waitFor('Notes (typing'), echo.waitFor('ready')]);
          await sleep(1500); // the estimator's engine loads just after the first frame
          const result: Figure[] = [figureOf(keyDef, await alternate({ runs, warmup: 3, measure: typist(hld), baseline: typist(echo) }))];
          if (idle) {
            await sleep(2000); // the autosave of what was typed
            const pids = [hld.pid(), echo.pid()];
            if (pids.some((pid) => pid === undefined)) throw new Error('cannot find the pid of the program in the terminal');
            log(`${idleDef.label}: ${idleSeconds} s`);
            const [screen, base] = await idleCpu(pids as number[], idleSeconds);
            if (!screen!.precise) notes.add('Idle CPU was read from /proc/<pid>/stat in 10 ms ticks (no schedstat here): its one-second spread is coarse.');
            result.push({
              ...idleDef,
              centre: 'mean',
              value: { ...summarise(screen!.slices)!, median: screen!.mean },
              baseline: { ...summarise(base!.slices)!, median: base!.mean },
            });
          }
          return result;
        } finally {
          await Promise.all([hld.stop(), echo.stop()]);
        }
      });
    }
  }

  const loadAfter = loadavg()[0]!;
  const cores = cpus();
  const machine = `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
  const date = started.toISOString().slice(0, 10);
  const command = `BENCH_RUNS=${runs} npm run bench${flags.markdown ? ' -- --markdown' : ''}`;
  const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end`;
  const rounds = `${runs} counted rounds per figure after ${warmup} warm-up rounds (3 keys for typing)`;
  if (flags.markdown) {
    console.log(`Measured ${date} on ${machine}; ${load}; \`${command}\`: ${rounds}.\n`);
    console.log(markdownTable(figures));
  } else {
    console.log(`${date}, ${machine}; ${load}`);
    console.log(`${command}: ${rounds}, each against bare node in turn.`);
    console.log('IQR = the middle half of the samples; ratio = each sample over the bare-node sample taken next to it.\n');
    console.log(textTable(figures));
  }
  console.log(`\n${targetSummary(figures)}.`);
  for (const note of notes) console.log(note);
}
