import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { cachedValid } from '../../src/core/data-cache.js';
import { conceptsFileSchema } from '../../src/core/judge/concepts.js';
import { limitTableSchema } from '../../src/core/limits/schema.js';
import { packageRoot } from '../../src/core/paths.js';
import { priceTableSchema } from '../../src/core/prices/schema.js';
import { problemSchema } from '../../src/core/problem/schema.js';
import { referenceFileSchema } from '../../src/core/reference/schema.js';
import { frameworkSchema } from '../../src/core/template/schema.js';

// npm test builds first; the cache is what the shipped binary reads at start-up.
const SCHEMAS: readonly [RegExp, z.ZodType][] = [
  [/^problems\//, problemSchema],
  [/^templates\//, frameworkSchema],
  [/^data\/prices\.yaml$/, priceTableSchema],
  [/^data\/limits\.yaml$/, limitTableSchema],
  [/^data\/reference\.yaml$/, referenceFileSchema],
  [/^data\/concepts\.yaml$/, conceptsFileSchema],
];
const shipped = ['problems', 'templates', 'data'].flatMap((folder) =>
  readdirSync(join(packageRoot(), folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${folder}/${name}`),
);

describe('the compiled data cache', () => {
  test.each(shipped)('%s: the cache holds what its schema makes of the YAML today', (path) => {
    const file = join(packageRoot(), path);
    const source = readFileSync(file, 'utf8');
    const schema = SCHEMAS.find(([pattern]) => pattern.test(path))?.[1];
    expect(schema, `no schema for ${path}: add it here and in scripts/compile-data.ts`).toBeDefined();
    expect(cachedValid(file, source), 'dist/data-cache/ is older than this file: run npm run build').toEqual(schema!.parse(parse(source)));
  });

  test('an edited file is not served from the cache', () => {
    const file = join(packageRoot(), 'problems/url-shortener.yaml');
    const edited = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited');
    expect(cachedValid(file, edited)).toBeUndefined();
  });
});
