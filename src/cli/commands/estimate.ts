import { estimateLazily } from '../../core/estimate/lazy.js';
import { UsageError } from '../../core/errors.js';
import { findProblemEntry } from '../../core/problem/files.js';
import { loadProblemFileLazily } from '../../core/problem/load-lazy.js';
import { quoted, shownValue } from '../../core/shown-value.js';
import { estimateToJson } from '../../core/report/estimate-json.js';
import { renderEstimateMarkdown } from '../../core/report/estimate-markdown.js';
import { renderEstimateText } from '../../core/report/estimate-text.js';
import { expectPositionals, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CONVENTION_OPTIONS, CONVENTION_VALUES, CONVENTIONS_HELP, conventionsFromFlags } from '../convention-flags.js';
import { readSeed, refuseSeed } from '../seed.js';

const FORMATS = ['table', 'json', 'markdown'] as const;

const options = {
  set: { type: 'string', multiple: true, short: 's' },
  format: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  ...CONVENTION_OPTIONS,
  'peak-factor': { type: 'string' },
  prices: { type: 'string' },
  limits: { type: 'string' },
  seed: { type: 'string' },
} as const;

/**
 * `--set key=value` pairs into an overrides map; the same key twice is a usage
 * error. The map has no prototype, so a key such as `constructor` or
 * `__proto__` is a key like any other (and then an unknown assumption).
 */
export function parseSetFlags(values: readonly string[] = []): Record<string, string> {
  const overrides = Object.create(null) as Record<string, string>;
  for (const pair of values) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--set ${quoted(pair)}: expected key=value, for example --set mau=300M`);
    const key = pair.slice(0, at).trim();
    if (Object.hasOwn(overrides, key)) {
      throw new UsageError(`--set ${quoted(key)} is given twice (${quoted(overrides[key]!)} and ${quoted(pair.slice(at + 1))})`);
    }
    overrides[key] = pair.slice(at + 1);
  }
  return overrides;
}

/**
 * `--set peak_factor=2 to 4` without quotes: the shell splits the range at its
 * spaces, so `to` arrives as a stray argument. Say so, with the quoted flag to
 * type, rather than only "unexpected argument 'to'".
 */
function refuseUnquotedRange(argv: readonly string[], positionals: readonly string[]): void {
  if (positionals[1] !== 'to') return;
  const at = argv.indexOf('to');
  const low = argv[at - 1];
  const high = argv[at + 1];
  const example =
    low !== undefined && high !== undefined && low.includes('=') && !high.startsWith('-')
      ? `--set "${shownValue(`${low.replace(/^--?s(et)?=/, '')} to ${high}`)}"`
      : '--set "dau=100M to 400M"';
  throw new UsageError(`hld estimate: 'to' on its own: the shell split a range at its spaces; put the range in quotes, as ${example}`);
}

const command: Command = {
  name: 'estimate',
  options,
  completion: { positionals: ['problem'], values: { format: FORMATS, prices: 'file', limits: 'file', ...CONVENTION_VALUES } },
  help: `Usage: hld estimate <problem> [--set key=value]... [conventions] [--format table|json|markdown]

Computes QPS, peak QPS, storage, bandwidth, cache, servers and monthly cost from
the problem's assumptions. Every number comes with its unit, formula and working,
and design checks compare them with what one component sustains (data/limits.yaml).

Options
  -s, --set key=value   change an assumption, a price or a limit (repeatable)
      --seed N          seed of the sampling when a value is a range: a whole
                        number (default 1)
  -f, --format FORMAT   table (default), json or markdown; --json is short for json
      --peak-factor N   same as --set peak_factor=N
      --prices FILE     your own price rows (YAML, same shape as data/prices.yaml)
      --limits FILE     your own limit rows (YAML, same shape as data/limits.yaml)

${CONVENTIONS_HELP}

Values: 300M, 1.5B or 2 bn (billion), 20K, 100 million, 2 KB, 500 bytes
("500 B" with a space is bytes), 20%, 10^5, 1e9, 100M / day, 5 Mbps, 4 s,
$25K/month, $0.096/hour, and expressions over other assumptions such as
"mau * 0.5". A bare number takes the assumption's own unit. See the keys with:
hld problems show <problem>

Ranges: "100M to 400M" is a 90% interval (log-normal when both ends are above
0). Every output then shows P5, P50 and P95, what drives the key outputs, and
which design checks flip inside the range.

Examples
  hld estimate twitter --set "dau=100M to 400M" --seed 7
  hld estimate twitter --set mau=500M --set "dau=mau * 0.5" --set price_server=80
  hld estimate whatsapp --set dau=50M --set "messages_per_user_per_day=10 * 4"
  hld estimate netflix --set "bytes_per_view=300 MB" --set "video_size=300 MB"
  hld estimate url-shortener --month 2.5Ms --year 12mo --format markdown
  hld estimate uber --set 'price_cache_node=$0.2/hour' --json`,
  async run({ argv, output, env }) {
    const { values, positionals } = parseCommandArgs('estimate', argv, options, { '--seed': refuseSeed });
    refuseUnquotedRange(argv, positionals);
    const [id] = expectPositionals('estimate', positionals, ['problem']);
    const format = values.json ? 'json' : (values.format ?? 'table');
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format ${quoted(format)} is not accepted; use one of: ${FORMATS.join(', ')}`);
    }
    const overrides = parseSetFlags(values.set);
    if (values['peak-factor'] !== undefined) {
      if (overrides['peak_factor'] !== undefined) throw new UsageError('--peak-factor and --set peak_factor are both given; use one');
      overrides['peak_factor'] = values['peak-factor'];
    }
    const conventions = conventionsFromFlags(values);
    const seed = values.seed === undefined ? undefined : readSeed(values.seed);
    // Only what this run needs is loaded: a shipped problem comes pre-validated from the build, and
    // mathjs only when a typed value needs more than our own parser and unit table.
    const entry = findProblemEntry(id!, env);
    const problem = await loadProblemFileLazily(entry.file);
    // The user's own problem is checked beyond its schema (units, formulas), as every command does (problem-arg.ts).
    if (entry.origin === 'user') (await import('../../core/problem/check.js')).checkProblemFile(problem, entry.file);
    const report = await estimateLazily(problem, {
      overrides,
      conventions,
      env,
      pricesFile: values.prices,
      limitsFile: values.limits,
      ...(seed === undefined ? {} : { seed }),
    });

    if (format === 'json') output.out(JSON.stringify(estimateToJson(report), null, 2));
    else if (format === 'markdown') output.out(renderEstimateMarkdown(report));
    else output.out(renderEstimateText(report));
    return 0;
  },
};

export default command;
