import { describe, expect, it } from 'vitest';
import { keyPointCoverage, mentionsTerm } from '../../src/core/coverage.js';
import { loadProblem } from '../../src/core/problem/load.js';

const shortener = loadProblem('url-shortener');

describe('term matching', () => {
  it('ignores case and matches whole words, with plurals', () => {
    expect(mentionsTerm('Put a CACHE in front', 'cache')).toBe(true);
    expect(mentionsTerm('two caches', 'cache')).toBe(true);
    expect(mentionsTerm('a cachet of quality', 'cache')).toBe(false);
    expect(mentionsTerm('we rate-limit', 'rate limit')).toBe(false);
    expect(mentionsTerm('add rate   limits per key', 'rate limit')).toBe(true);
  });

  it('matches numbers and punctuation terms only on their own', () => {
    expect(mentionsTerm('return a 301 here', '301')).toBe(true);
    expect(mentionsTerm('port 3010', '301')).toBe(false);
    expect(mentionsTerm('reads are 100:1 over writes', '100:1')).toBe(true);
    expect(mentionsTerm('base62, 7 chars', 'base62')).toBe(true);
  });
});

describe('key-point coverage', () => {
  it('counts a point covered by any one of its synonyms and names the term found', () => {
    const result = keyPointCoverage(shortener, 'Use Redis for hot links.\nCodes from a KGS.');
    const cache = result.points.find((p) => p.id === 'cache')!;
    expect(cache.covered).toBe(true);
    expect(cache.matched).toEqual(expect.arrayContaining(['redis', 'hot links']));
    expect(result.points.find((p) => p.id === 'key_generation')!.covered).toBe(true);
    expect(result.covered).toBe(2);
    expect(result.total).toBe(shortener.key_points.length);
  });

  it('gives each missed point its reason from the problem file', () => {
    const result = keyPointCoverage(shortener, '');
    expect(result.covered).toBe(0);
    expect(result.fraction).toBe(0);
    for (const p of result.points) {
      expect(p.covered).toBe(false);
      expect(p.why).toBe(shortener.key_points.find((k) => k.id === p.id)!.why);
    }
  });
});
