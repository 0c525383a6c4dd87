import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { cachedData } from '../../src/core/data-file.js';
import { packageRoot } from '../../src/core/paths.js';

// npm test builds first; the cache is what the shipped binary reads at start-up.
const shipped = ['problems', 'templates', 'data'].flatMap((folder) =>
  readdirSync(join(packageRoot(), folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(packageRoot(), folder, name)),
);

describe('the pre-parsed data cache', () => {
  test.each(shipped)('%s: the cache holds exactly what the YAML says', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(cachedData(file, source), 'dist/data-cache.json is older than this file: run npm run build').toEqual(parse(source));
  });

  test('an edited file is not served from the cache', () => {
    const file = shipped.find((f) => f.endsWith('url-shortener.yaml'))!;
    const edited = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited');
    expect(cachedData(file, edited)).toBeUndefined();
  });
});
