import { describe, expect, it } from 'vitest';
import { keyPointSummary } from '../../../src/core/mock/key-points.js';
import { loadProblem } from '../../../src/core/problem/load.js';

const shortener = loadProblem('url-shortener');

describe('key-point coverage in the mock report', () => {
  it('counts a point covered by any one of its synonyms, ignoring case, and names the terms found', () => {
    const result = keyPointSummary(shortener, 'Use REDIS for hot links.\nCodes from a kgs.');
    const cache = result.points.find((p) => p.id === 'cache')!;
    expect(cache.covered).toBe(true);
    expect(cache.matched).toEqual(expect.arrayContaining(['redis', 'hot links']));
    expect(result.points.find((p) => p.id === 'key_generation')!.covered).toBe(true);
    expect(result.covered).toBe(2);
    expect(result.total).toBe(shortener.key_points.length);
  });

  it('does not count a term found inside another word', () => {
    // "ttl" inside "subtitle" and "range" inside "arrange" must not count.
    const result = keyPointSummary(shortener, 'arrange the subtitles');
    expect(result.covered).toBe(0);
  });

  it('keeps the file order and gives each missed point its reason', () => {
    const result = keyPointSummary(shortener, '');
    expect(result.points.map((p) => p.id)).toEqual(shortener.key_points.map((k) => k.id));
    for (const p of result.points) {
      expect(p.covered).toBe(false);
      expect(p.why).toBe(shortener.key_points.find((k) => k.id === p.id)!.why);
    }
  });
});
