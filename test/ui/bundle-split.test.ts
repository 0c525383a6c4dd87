import { describe, expect, test } from 'vitest';
import { chunkFor, staticInputs } from '../bin/bundle-graph.js';

/** What loads before the practice screen's first frame: the static imports of its chunks, not the dynamic ones. */
describe('the practice screen bundle', () => {
  test('draws its first frame without loading mathjs (the estimator loads it afterwards)', () => {
    const loaded = staticInputs(chunkFor('src/cli/commands/practice.ts'), chunkFor('src/ui/practice/show-practice.tsx'));
    expect(loaded.some((f) => f.includes('node_modules/ink/'))).toBe(true);
    expect(loaded.filter((f) => f.includes('node_modules/mathjs') || f.includes('src/core/estimate/engine.ts'))).toEqual([]);
  });
});
