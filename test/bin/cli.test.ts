import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STANDARD_ESTIMATES } from '../../src/core/problem/schema.js';
import { chunkFor, staticInputs } from './bundle-graph.js';
import { expectOneLineError, hld, ROOT } from './run-binary.js';

const problemIds = readdirSync(join(ROOT, 'problems'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const emptyHome = () => ({ HLD_HOME: mkdtempSync(join(tmpdir(), 'hld-home-')) });

describe('hld as a process', () => {
  test('--version prints the package version', () => {
    const result = hld(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('--help lists the commands and the exit codes', () => {
    const result = hld(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/estimate\s+back-of-the-envelope/);
    // The home screen is what bare `hld` opens, so it is described as `hld`, not listed as a command.
    expect(result.stdout).toMatch(/Usage: hld\s+the home screen/);
    expect(result.stdout).not.toMatch(/^\s+home\s/m);
    expect(result.stdout).toMatch(/Exit codes[\s\S]*0\s+ok[\s\S]*1\s+a problem[\s\S]*2\s+usage error/);
  });

  test('a command help names its options', () => {
    const result = hld(['estimate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--set key=value');
    expect(result.stdout).toContain('--storage decimal|binary');
  });

  test('--seed is a whole number in both helps, the README and the refusal', () => {
    const said = (text: string) => text.replace(/\s+/g, ' ');
    expect(said(hld(['estimate', '--help']).stdout)).toMatch(/--seed N seed of the sampling when a value is a range: a whole number/);
    expect(said(hld(['drill', '--help']).stdout)).toMatch(/--seed N replay a drill: the same whole number/);
    const readme = said(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme).toContain('`--seed N` (a whole number) reproduces a drill');
    expect(readme).toContain('`--seed N`, a whole number, repeats or varies them');
    expect(expectOneLineError(hld(['estimate', 'twitter', '--seed', 'monday'], emptyHome()), 2)).toContain('give a whole number');
  });

  test('an unknown command suggests the nearest', () => {
    const text = expectOneLineError(hld(['estmate', 'twitter']), 2);
    expect(text).toBe("hld: unknown command 'estmate'; did you mean 'estimate'? (see: hld --help)");
  });

  test('all six problems are listed', () => {
    const result = hld(['problems'], emptyHome());
    expect(result.code).toBe(0);
    for (const id of ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram']) expect(result.stdout).toContain(id);
  });

  test('problems show lists every assumption key with its default, unit and source', () => {
    const result = hld(['problems', 'show', 'url-shortener'], emptyHome());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/peak_factor = \S+\s+\[1\]/);
    expect(result.stdout).toContain('source:');
  });
});

describe('hld estimate', () => {
  test.each(problemIds)('%s --format json gives every standard output with unit, formula and working', (id) => {
    const result = hld(['estimate', id, '--format', 'json'], emptyHome());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const keys = json.estimates.map((e: { key: string }) => e.key);
    for (const standard of STANDARD_ESTIMATES) expect(keys).toContain(standard);
    for (const e of [...json.estimates, ...json.costs, json.total]) {
      expect(Number.isFinite(e.value)).toBe(true);
      expect(e.unit).toBeTruthy();
      expect(e.formula).toBeTruthy();
      expect(e.show_work).toContain(' = ');
      expect(e.display).not.toMatch(/e[+-]?\d/); // never a raw exponent
    }
    expect(json.total.key).toBe('cost_total');
    expect(json.convention_lines.length).toBeGreaterThanOrEqual(5);
  });

  test('the table prints conventions, assumptions, estimates and the total', () => {
    const result = hld(['estimate', 'url-shortener'], emptyHome());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 day = 86,400 s');
    expect(result.stdout).toMatch(/write_qps\s+\S+\/s\s+= /);
    expect(result.stdout).toMatch(/cost_total\s+\$/);
  });

  test('--set and convention flags change the numbers and are marked', () => {
    const base = JSON.parse(hld(['estimate', 'url-shortener', '--json'], emptyHome()).stdout);
    const quick = JSON.parse(hld(['estimate', 'url-shortener', '--json', '--day', '1e5', '--set', 'peak_factor=3'], emptyHome()).stdout);
    const write = (j: { estimates: { key: string; value: number }[] }) => j.estimates.find((e) => e.key === 'write_qps')!.value;
    expect(quick.conventions.secondsPerDay).toBe(100000);
    expect(quick.assumptions.find((a: { key: string }) => a.key === 'peak_factor').changed).toBe(true);
    expect(write(quick)).not.toBe(write(base));
  });

  test('--format markdown gives GitHub tables', () => {
    const result = hld(['estimate', 'twitter', '--format', 'markdown'], emptyHome());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| Estimate | Value | Formula and working |');
    expect(result.stdout).toMatch(/\| \*\*Monthly total\*\* `cost_total` \|/);
  });

  test.each([
    [['estimate', 'twiter'], "hld: unknown problem 'twiter'; did you mean 'twitter'?"],
    [['estimate', 'twitter', '--set', 'maux=5'], "unknown assumption 'maux' for twitter; did you mean 'mau'?"],
    [['estimate', 'twitter', '--set', 'mau=-5'], "assumption 'mau' = '-5': must not be negative"],
    [['estimate', 'twitter', '--set', 'mau'], "--set 'mau': expected key=value"],
    [['estimate', 'twitter', '--set', 'mau=import("fs")'], "calls 'import()', which is not allowed"],
    [['estimate', 'twitter', '--set', 'mau=5 GB'], "is a size in bytes (B), but"],
    [['estimate', 'twitter', '--format', 'xml'], "--format 'xml' is not accepted; use one of: table, json, markdown"],
    [['estimate', 'twitter', '--month', '32d'], "--month '32d' is not accepted; use one of: 30d, 30.42d, 2.5Ms, any number of days from 28 to 31"],
    [['estimate', 'twitter', '--formt', 'json'], "unknown option '--formt'; did you mean '--format'?"],
    [['estimate'], 'hld estimate: missing <problem>'],
    [['estimate', 'twitter', '--set', 'dau=400M to 100M'], "assumption 'dau' = '400M to 100M': is a range whose low end is above its high end"],
    [['estimate', 'twitter', '--set', 'tweets_per_user_per_day=-1 to 5'], 'has a low end that must not be negative'],
    [['estimate', 'twitter', '--set', 'photo_size=1 MB to 2 s'], 'has a high end that is a duration (s), but average photo size is measured in B'],
    [['estimate', 'twitter', '--set', 'dau=100M to'], 'is a range with no high end'],
    [['estimate', 'twitter', '--set', 'dau=100M to 400M', '--seed', ' '], '--seed needs a value: a whole number from 0 to 4,294,967,295, as in --seed 42'],
    [['estimate', 'twitter', '--seed', '-3'], "--seed '-3' is not accepted; give a whole number from 0 to 4,294,967,295, as in --seed 42"],
    [['estimate', 'twitter', '--seed=-3'], "--seed '-3' is not accepted; give a whole number from 0 to 4,294,967,295, as in --seed 42"],
    [['estimate', 'twitter', '--set', 'dau=100M to 400M', '--seed', 'monday'], "--seed 'monday' is not accepted; give a whole number from 0 to 4,294,967,295"],
    [['estimate', 'twitter', '--seed', '1.5'], "--seed '1.5' is not accepted"],
    [['estimate', 'twitter', '--seed', '4294967296'], "--seed '4294967296' is not accepted"],
    [['drill', 'twitter', '--seed', 'monday', '--plain'], "--seed 'monday' is not accepted; give a whole number from 0 to 4,294,967,295, as in --seed 42"],
    [['drill', 'twitter', '--seed', '-1', '--plain'], "--seed '-1' is not accepted; give a whole number"],
    // Last on the line, with nothing after it: the same line of what is accepted, not only 'needs a value'.
    [['estimate', 'twitter', '--seed'], '--seed needs a value: a whole number from 0 to 4,294,967,295, as in --seed 42'],
    [['drill', 'twitter', '--plain', '--seed'], '--seed needs a value: a whole number from 0 to 4,294,967,295, as in --seed 42'],
    [['estimate', 'twitter', '--seed='], '--seed needs a value: a whole number from 0 to 4,294,967,295, as in --seed 42'],
    [['estimate', 'twitter', '--storage', 'binery'], "--storage 'binery' is not accepted; use one of: decimal, binary; did you mean 'binary'?"],
    [['estimate', 'twitter', '--set', 'dau=5 TB'], 'daily active users is a plain number with no unit (a count or a ratio)'],
    // A range typed as a book prints it, unquoted: the shell splits it, and `to` arrives on its own.
    [['estimate', 'twitter', '--set', 'peak_factor=2', 'to', '4'], `hld estimate: 'to' on its own: the shell split a range at its spaces; put the range in quotes, as --set "peak_factor=2 to 4"`],
    [['estimate', 'twitter', '-s', 'dau=100M', 'to', '400M', '--json'], 'put the range in quotes, as --set "dau=100M to 400M"'],
    [['estimate', 'twitter', '--peak-factor', '2', 'to', '4'], 'put the range in quotes, as --set "dau=100M to 400M"'],
    [['estimate', 'twitter', '--set', 'peak_factor=2-4'], "must be at least 1 ('-' subtracts); for a range write '2 to 4'"],
  ])('bad input %j exits 2 with one line', (args, expected) => {
    expect(expectOneLineError(hld(args, emptyHome()), 2)).toContain(expected);
  });
});

describe('hld estimate with a range typed in --set', () => {
  const RANGE = ['estimate', 'twitter', '--set', 'dau=100M to 400M'];

  test('the table: P5, P50 and P95 of every output a range reaches, what drives them, and the check that flips', () => {
    const result = hld(RANGE, emptyHome());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ranges: 2,000 samples .* seed 1 \(--seed 1 repeats them\)/);
    expect(result.stdout).toMatch(/^ {2}dau\s+100 M to 400 M {2}\*/m);
    expect(result.stdout).toMatch(/^ {2}peak_qps\s+29 K\/s\s+57\.9 K\/s\s+116 K\/s\s+= /m);
    expect(result.stdout).toMatch(/What drives the key outputs[\s\S]*storage_total: P5 [\s\S]*dau\s+█+\s+22 PB to 88\.1 PB/);
    expect(result.stdout).toMatch(/^ {2}FLIPS {2}Write events .* Kafka partition/m);
    expect(result.stdout).toMatch(/flips within the ranges: over the limit in \d+% of samples/);
    expect(result.stdout).toMatch(/^ {2}OVER {3}Tweet and like writes on one relational primary/m);
  });

  test('JSON: every estimate and cost a range reaches has its spread, the key outputs their drivers, every check its verdict across', () => {
    const json = JSON.parse(hld([...RANGE, '--format', 'json', '--seed', '7'], emptyHome()).stdout);
    expect(json.sampling).toMatchObject({ samples: 2000, seed: 7 });
    const dauFree = new Set(['tweet_record_size', 'media_bytes_per_tweet', 'timeline_cache_memory', 'queue_brokers', 'cost_queue', 'cost_messages']);
    for (const entry of [...json.estimates, ...json.costs, json.total]) {
      if (dauFree.has(entry.key)) continue;
      expect(entry.spread, entry.key).toBeDefined();
      expect(entry.spread.p5, entry.key).toBeLessThanOrEqual(entry.spread.p50);
      expect(entry.spread.p50, entry.key).toBeLessThanOrEqual(entry.spread.p95);
    }
    for (const key of ['peak_qps', 'storage_total', 'cache_memory', 'servers']) {
      const entry = json.estimates.find((e: { key: string }) => e.key === key);
      expect(entry.drivers[0], key).toMatchObject({ key: 'dau', relative: 1 });
      expect(entry.drivers[0].display.at_low, key).toBeTruthy();
    }
    expect(json.total.drivers[0].key).toBe('dau');
    for (const check of json.checks) expect(typeof check.across.flips, check.key).toBe('boolean');
    expect(json.checks.filter((c: { across: { flips: boolean } }) => c.across.flips).map((c: { key: string }) => c.key)).toEqual(['write_events_on_one_partition']);
  });

  test('markdown: the drivers as bars and the checks with their verdict across the range', () => {
    const md = hld([...RANGE, '--format', 'markdown'], emptyHome()).stdout;
    expect(md).toContain('## What drives the key outputs');
    expect(md).toMatch(/\| `dau` \| █+ \| 28\.9 K\/s \| 116 K\/s \|/);
    expect(md).toMatch(/\| \*\*FLIPS\*\* \| Write events/);
  });

  test('point inputs print no ranges and no drivers', () => {
    const result = hld(['estimate', 'twitter'], emptyHome());
    expect(result.stdout).not.toContain('ranges:');
    expect(result.stdout).not.toContain('What drives');
    expect(result.stdout).toContain('Design checks');
  });
});

describe('hld validate and your own problems', () => {
  test('a valid problem file', () => {
    const result = hld(['validate', 'problems/url-shortener.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok: problems\/url-shortener.yaml \(url-shortener\): \d+ assumptions/);
  });

  test('a broken field is named with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hld-validate-'));
    const file = join(dir, 'url-shortener.yaml');
    const text = readFileSync(join(ROOT, 'problems/url-shortener.yaml'), 'utf8').replace(/^(\s*)unit: B$/m, '$1unit: 7');
    writeFileSync(file, text.replace(/^title:.*$/m, 'title: ""'));
    const line = expectOneLineError(hld(['validate', file]), 1);
    expect(line).toContain(`${file}: title: a non-empty text`);
  });

  test('a formula with the wrong unit is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hld-validate-'));
    const file = join(dir, 'url-shortener.yaml');
    const text = readFileSync(join(ROOT, 'problems/url-shortener.yaml'), 'utf8');
    writeFileSync(file, text.replace(/(- key: storage_total[\s\S]*?formula: )(.*)/, '$1$2 * retention'));
    const line = expectOneLineError(hld(['validate', file]), 1);
    expect(line).toMatch(/estimate 'storage_total' \(formula '.*\* retention'\) gives .*, but is declared in B/);
  });

  test('a missing file', () => {
    expect(expectOneLineError(hld(['validate', 'nope.yaml']), 1)).toBe('hld: nope.yaml: no such file');
  });

  test('problems in $HLD_HOME/problems are listed and estimated; a broken one is skipped with a warning', () => {
    const home = emptyHome();
    mkdirSync(join(home.HLD_HOME, 'problems'));
    const text = readFileSync(join(ROOT, 'problems/url-shortener.yaml'), 'utf8').replace(/^id: url-shortener$/m, 'id: my-links');
    writeFileSync(join(home.HLD_HOME, 'problems', 'my-links.yaml'), text);
    writeFileSync(join(home.HLD_HOME, 'problems', 'broken.yaml'), 'id: broken\ntitle: [unclosed\n');
    const list = hld(['problems'], home);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/my-links .*\(yours\)/);
    expect(list.stderr).toMatch(/skipped a broken problem file: .*broken.yaml: not valid YAML at line \d+/);
    expect(hld(['estimate', 'my-links', '--json'], home).code).toBe(0);
  });
});

describe('start-up stays light', () => {
  test.each(['estimate', 'problems', 'validate'])('hld %s never loads React, Ink or inquirer', (name) => {
    const loaded = staticInputs('dist/hld.js', chunkFor(`src/cli/commands/${name}.ts`));
    expect(loaded.some((f) => f.startsWith(`src/cli/commands/${name}.ts`))).toBe(true);
    expect(loaded.filter((f) => /node_modules\/(ink|react|react-reconciler|@inquirer|yoga-layout)\//.test(f))).toEqual([]);
  });

  test('the entry chunk alone loads no mathjs', () => {
    expect(staticInputs('dist/hld.js').filter((f) => f.includes('node_modules/mathjs'))).toEqual([]);
  });
});

describe('error lines name the program once', () => {
  test.each([
    [['delete'], 'hld delete: missing <id> (usage: hld delete <id>)'],
    [['estimate'], 'hld estimate: missing <problem> (usage: hld estimate <problem>)'],
    // --random is the other way to start a mock; the usage line offers it.
    [['--verison'], "hld: unknown option '--verison'; did you mean '--version'? (see: hld --help)"],
    [['--plain'], "hld: unknown option '--plain' (see: hld --help)"],
    [['mock'], 'hld mock: missing <problem> (usage: hld mock <problem>, or hld mock --random for one picked at random)'],
    [['estimate', 'twiter'], "hld: unknown problem 'twiter'; did you mean 'twitter'?"],
  ])('%j', (args, start) => {
    const line = expectOneLineError(hld(args, emptyHome()), 2);
    expect(line.startsWith(start)).toBe(true);
    expect(line).not.toMatch(/^hld: hld /);
  });
});
