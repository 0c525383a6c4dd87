// Build step (scripts/build.mjs bundles and runs this): the shipped YAML
// compiled into dist/data-cache/, so a run that uses only shipped files
// loads neither the YAML parser, nor zod, nor mathjs:
// - every file parsed, and validated by its schema (defaults applied);
// - every problem estimated under every convention set, so a formula whose
//   unit is wrong, or a default out of range, fails the build, naming it;
// - every expression text those estimates parse, parsed by mathjs (the
//   reference parser) into the trees the estimator evaluates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { DEFAULT_CONVENTIONS, type Conventions } from '../src/core/conventions.js';
import { sha1, type CacheEntry, type DataCache } from '../src/core/data-cache.js';

export { ASTS_FILE, CACHE_FOLDER, cacheFileOf } from '../src/core/data-cache.js';
import { runEstimate } from '../src/core/estimate/run.js';
import { conceptsFileSchema } from '../src/core/judge/concepts.js';
import { limitTableSchema, type LimitTable } from '../src/core/limits/schema.js';
import { priceTableSchema, type PriceTable } from '../src/core/prices/schema.js';
import { withFileId } from '../src/core/problem/files.js';
import { problemSchema, type Problem } from '../src/core/problem/schema.js';
import { referenceFileSchema } from '../src/core/reference/schema.js';
import { frameworkSchema } from '../src/core/template/schema.js';
import type { Ast } from '../src/core/units/ast.js';
import { recordParsedTexts, setPrecompiledTrees } from '../src/core/units/expression.js';
import { parseWithMathjs } from '../src/core/units/math.js';

/** The convention sets every shipped problem must estimate under. */
export const CONVENTION_SETS: readonly Conventions[] = [
  DEFAULT_CONVENTIONS,
  { ...DEFAULT_CONVENTIONS, secondsPerDay: 100_000, month: '2.5Ms', year: '12mo' },
  { ...DEFAULT_CONVENTIONS, storage: 'binary', bandwidth: 'bits' },
  { ...DEFAULT_CONVENTIONS, month: '30.42d', year: '12mo' },
  { ...DEFAULT_CONVENTIONS, servers: 'dau' },
];

function schemaFor(path: string): z.ZodType | undefined {
  if (path.startsWith('problems/')) return problemSchema;
  if (path.startsWith('templates/')) return frameworkSchema;
  switch (path) {
    case 'data/prices.yaml':
      return priceTableSchema;
    case 'data/limits.yaml':
      return limitTableSchema;
    case 'data/reference.yaml':
      return referenceFileSchema;
    case 'data/concepts.yaml':
      return conceptsFileSchema;
    default:
      return undefined;
  }
}

class BuildDataError extends Error {}

export function compileShippedData(root: string): DataCache {
  const files: Record<string, CacheEntry> = {};
  for (const folder of ['problems', 'templates', 'data']) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = `${folder}/${name}`;
      const source = readFileSync(join(root, path), 'utf8');
      const data: unknown = parse(source);
      const schema = schemaFor(path);
      const result = schema?.safeParse(data);
      if (result && !result.success) {
        const issue = result.error.issues[0]!;
        throw new BuildDataError(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
      }
      files[path] = { sha1: sha1(source), ...(result ? { valid: result.data } : { data }) };
    }
  }

  const prices = files['data/prices.yaml']!.valid as PriceTable;
  const limits = files['data/limits.yaml']!.valid as LimitTable;
  const texts = new Set<string>();
  setPrecompiledTrees(false);
  recordParsedTexts(texts);
  try {
    for (const [path, entry] of Object.entries(files)) {
      if (!path.startsWith('problems/')) continue;
      const problem = withFileId(join(root, path), entry.valid as Problem);
      for (const conventions of CONVENTION_SETS) {
        try {
          runEstimate(problem, { prices, limits, conventions });
        } catch (error) {
          throw new BuildDataError(`${path}: does not estimate under ${JSON.stringify(conventions)}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    recordParsedTexts(undefined);
    setPrecompiledTrees(true);
  }
  const asts: Record<string, Ast> = {};
  for (const text of [...texts].sort()) asts[text] = parseWithMathjs(text);
  return { files, asts };
}
