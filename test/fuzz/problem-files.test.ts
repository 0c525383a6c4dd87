import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DataFileError } from '../../src/core/errors.js';
import { checkProblemFile } from '../../src/core/problem/check.js';
import { loadProblemFile, problemFromData } from '../../src/core/problem/load.js';
import { builtinProblemsDir } from '../../src/core/paths.js';
import { fuzzParameters, fuzzRuns } from './runs.js';

/**
 * Mutated shipped problems, through the path a user's own problem file takes
 * (parse, schema, id, then the check beyond the schema). The contract: either
 * a valid problem, or a DataFileError that names the file, on one line. Never
 * another error, and never more than 100 ms of CPU for one file.
 *
 * Text mutations go through the YAML parser (a shipped problem takes ~20 ms
 * of CPU to parse, so they run fewer cases); structural ones replace, drop or
 * add a value anywhere in the parsed tree and start from validation, as the
 * build's pre-parsed cache does.
 */

/**
 * The bound is 100 ms a file. A shipped problem takes ~20 ms of CPU to
 * parse and check on an idle machine, several times that on a busy shared one,
 * so the bound is 100 ms or 4x the slowest unmutated file in this run,
 * whichever is larger: blow-ups (seconds) fail either way.
 */
let maxCpuMs = 100;
const dir = mkdtempSync(join(tmpdir(), 'hld-fuzz-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shipped = readdirSync(builtinProblemsDir())
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const text = readFileSync(join(builtinProblemsDir(), name), 'utf8');
    return { name, text, data: parse(text) as unknown };
  });

type Outcome = 'valid' | 'refused';

/** Run `load` once and hold it to the contract. */
function outcomeOf(file: string, load: () => void): Outcome {
  try {
    load();
    return 'valid';
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    expect(error.file).toBe(file);
    expect(error.message.startsWith(`${file}: `)).toBe(true);
    expect(error.message).not.toMatch(/[\n\r\u001b]/);
    return 'refused';
  }
}

/**
 * What `load` does and the CPU time it takes. A case over the limit is run
 * again, up to three times, and its fastest run counts: a garbage collection
 * or a busy neighbour on a shared machine passes, a blow-up stays.
 */
function underContract(file: string, load: () => void): { outcome: Outcome; cpuMs: number } {
  let cpuMs = Infinity;
  let outcome: Outcome = 'valid';
  for (let attempt = 0; attempt < 3 && cpuMs >= maxCpuMs; attempt++) {
    const before = process.cpuUsage();
    outcome = outcomeOf(file, load);
    const used = process.cpuUsage(before);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { outcome, cpuMs };
}

/** Words a problem file might hold by mistake or by malice. */
const HOSTILE_TEXT = [
  'req/s', '1/s', 'B', 'GB/day', 'USD/month', '1', '', ' ', '0', '-1', '1e-300', '1e400', '(-1)^0.5', '(-8)^(1/3)', '1/0', '0/0',
  '10^1000', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'peak_factor', 'cost_total', 'mau * 0', 'round(1.5, 2)',
  '20%', '1 KB', '2 years', 'x'.repeat(400), '9'.repeat(5_000), 'a\nb', '\u001b[2J', '{{constructor}}', 'import("fs")', 'evaluate("1")',
  'f(x) = x', '[1, 2]', '"text"', 'a ? b : c', '1:3', 'dau to TB',
];

const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_TEXT),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom<unknown>(null, true, false, [], {}, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('key', 'value', 'unit', 'constructor', '__proto__', 'x'), fc.string({ maxLength: 8 }), { maxKeys: 2 }),
);

/** Every container and leaf of a parsed file, by path. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

interface Mutation {
  readonly problem: number;
  readonly at: number;
  readonly kind: 'replace' | 'drop' | 'add-key' | 'reuse-key';
  readonly value: unknown;
  readonly key: string;
  readonly pick: number;
}

/** The parsed file with one mutation applied; the original is left alone. */
function mutate(data: unknown, m: Mutation): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  const paths = pathsOf(copy);
  const path = paths[m.at % paths.length]!;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, step) => node[step] as Record<string | number, unknown>, copy);
  const last = path.at(-1)!;
  switch (m.kind) {
    case 'replace':
      parent[last] = m.value;
      break;
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'add-key':
      // defineProperty, so a key named __proto__ is an own key, as YAML would make it.
      Object.defineProperty(parent, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    case 'reuse-key': {
      // A name that exists elsewhere in the file: cycles, self-references, a formula's name as a unit.
      const keys = pathsOf(copy).filter((p) => p.at(-1) === 'key' || p.at(-1) === 'line').map((p) => p.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], copy));
      parent[last] = keys[m.pick % keys.length];
      break;
    }
  }
  return copy;
}

const mutation = fc.record({
  problem: fc.nat({ max: shipped.length - 1 }),
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'drop', 'add-key', 'reuse-key'),
  value: hostileValue,
  key: fc.constantFrom('key', 'unit', 'extra', 'constructor', '__proto__', 'min', 'max', 'allow_zero'),
  pick: fc.nat(),
});

interface TextEdit {
  readonly problem: number;
  readonly at: number;
  readonly kind: 'delete-line' | 'duplicate-line' | 'swap-lines' | 'replace-char' | 'insert' | 'truncate' | 'replace-value';
  readonly text: string;
}

function editText(text: string, e: TextEdit): string {
  const lines = text.split('\n');
  const line = e.at % lines.length;
  switch (e.kind) {
    case 'delete-line':
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 'swap-lines': {
      const other = (line + 1) % lines.length;
      const swapped = [...lines];
      [swapped[line], swapped[other]] = [swapped[other]!, swapped[line]!];
      return swapped.join('\n');
    }
    case 'replace-char': {
      const at = e.at % text.length;
      return `${text.slice(0, at)}${e.text.slice(0, 1)}${text.slice(at + 1)}`;
    }
    case 'insert': {
      const at = e.at % text.length;
      return `${text.slice(0, at)}${e.text}${text.slice(at)}`;
    }
    case 'truncate':
      return text.slice(0, e.at % text.length);
    case 'replace-value':
      // `  unit: 1/day` -> `  unit: <text>`, the edit a user makes most.
      lines[line] = lines[line]!.replace(/^(\s*-?\s*[a-z_]+:\s).*$/, `$1${e.text}`);
      return lines.join('\n');
  }
}

const textEdit = fc.record({
  problem: fc.nat({ max: shipped.length - 1 }),
  at: fc.nat(),
  kind: fc.constantFrom<TextEdit['kind']>('delete-line', 'duplicate-line', 'swap-lines', 'replace-char', 'insert', 'truncate', 'replace-value', 'replace-value'),
  text: fc.oneof(fc.constantFrom(...HOSTILE_TEXT, '&a', '*a', '!!js/function', '- ', ': ', '{', '[', '"', "'", '\t', '<<: *a'), fc.string({ maxLength: 20 })),
});

const STRUCTURAL_RUNS = 1_000;
const TEXT_RUNS = 150;
/** Room for the runs asked for (npm run fuzz asks 100,000): tens of ms each on a busy machine, YAML parses more. */
const timeoutFor = (runs: number, msEach: number) => ({ timeout: Math.max(60_000, runs * msEach) });

describe('fuzz: mutated problem files', () => {
  test('the shipped problems pass as they are (and set the CPU bound for this run)', () => {
    let slowest = 0;
    for (const { name, text } of shipped) {
      const file = join(dir, name);
      writeFileSync(file, text);
      // Warm up first: the first parse pays for compiling the parser.
      for (let i = 0; i < 2; i++) expect(outcomeOf(file, () => checkProblemFile(loadProblemFile(file), file))).toBe('valid');
      const before = process.cpuUsage();
      // A fresh object each time, so the check runs again rather than finding it done.
      checkProblemFile(problemFromData(file, structuredClone(shipped.find((p) => p.name === name)!.data)), file);
      loadProblemFile(file);
      const used = process.cpuUsage(before);
      slowest = Math.max(slowest, (used.user + used.system) / 1000);
    }
    maxCpuMs = Math.max(100, 4 * slowest);
  });

  test('a changed, dropped or added value anywhere: a valid problem or a DataFileError naming the file', timeoutFor(fuzzRuns(STRUCTURAL_RUNS), 50), () => {
    const seen = { valid: 0, refused: 0, slowest: 0 };
    fc.assert(
      fc.property(mutation, (m) => {
        const { name, data } = shipped[m.problem]!;
        const file = join(dir, name);
        const mutated = mutate(data, m);
        const { outcome, cpuMs } = underContract(file, () => checkProblemFile(problemFromData(file, mutated), file));
        seen[outcome]++;
        seen.slowest = Math.max(seen.slowest, cpuMs);
        expect(cpuMs).toBeLessThan(maxCpuMs);
      }),
      fuzzParameters(STRUCTURAL_RUNS),
    );
    console.log(`problem files, values changed: ${seen.valid + seen.refused} cases, ${seen.valid} valid, ${seen.refused} refused; slowest ${seen.slowest.toFixed(1)} ms CPU (bound ${maxCpuMs.toFixed(0)} ms)`);
    // Both outcomes occur, or the mutations are not reaching the checks.
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  test('an edited YAML text: a valid problem or a DataFileError naming the file', timeoutFor(fuzzRuns(TEXT_RUNS), 300), () => {
    const seen = { valid: 0, refused: 0, slowest: 0 };
    fc.assert(
      fc.property(textEdit, (e) => {
        const { name, text } = shipped[e.problem]!;
        const file = join(dir, name);
        writeFileSync(file, editText(text, e));
        const { outcome, cpuMs } = underContract(file, () => checkProblemFile(loadProblemFile(file), file));
        seen[outcome]++;
        seen.slowest = Math.max(seen.slowest, cpuMs);
        expect(cpuMs).toBeLessThan(maxCpuMs);
      }),
      fuzzParameters(TEXT_RUNS),
    );
    console.log(`problem files, YAML text edited: ${seen.valid + seen.refused} cases, ${seen.valid} valid, ${seen.refused} refused; slowest ${seen.slowest.toFixed(1)} ms CPU (bound ${maxCpuMs.toFixed(0)} ms)`);
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
