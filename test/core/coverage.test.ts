import { describe, expect, it } from 'vitest';
import { containsTerm, keyPointCoverage, normaliseForMatching } from '../../src/core/coverage.js';

const problem = {
  key_points: [
    { id: 'cache', point: 'Cache hot items', terms: ['cache', 'redis'], why: 'reads dominate' },
    { id: 'fanout', point: 'Fan-out on write', terms: ['fan-out', 'push model'], why: 'timeline latency' },
    { id: 'ratio', point: 'Read/write ratio', terms: ['100:1', 'read/write ratio'], why: 'sizing' },
    { id: 'rate', point: 'Rate limits', terms: ['rate limit'], why: 'abuse' },
  ],
};

describe('keyPointCoverage', () => {
  it('finds terms case-insensitively, with the matched terms in problem order', () => {
    const result = keyPointCoverage(problem, 'We put REDIS in front; a Cache-aside pattern. Fan out on write for most users.');
    expect(result.covered.map((c) => [c.point.id, c.matched])).toEqual([
      ['cache', ['cache', 'redis']],
      ['fanout', ['fan-out']],
    ]);
    expect(result.missed.map((p) => p.id)).toEqual(['ratio', 'rate']);
  });

  it('needs a word start, but allows plurals and suffixes', () => {
    expect(containsTerm(normaliseForMatching('separate limits'), 'rate limit')).toBe(false);
    expect(containsTerm(normaliseForMatching('rate limits per key'), 'rate limit')).toBe(true);
    expect(containsTerm(normaliseForMatching('caches'), 'cache')).toBe(true);
    expect(containsTerm(normaliseForMatching('about 100:1 reads'), '100:1')).toBe(true);
    expect(containsTerm(normaliseForMatching('read_write ratio'), 'read/write ratio')).toBe(true);
  });

  it('covers nothing for empty notes', () => {
    expect(keyPointCoverage(problem, '').covered).toEqual([]);
  });
});
