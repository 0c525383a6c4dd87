import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../e2e/tmux.js';

type Meta = { outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }> };
const metaFile = join(ROOT, 'dist/meta.json');

/** What loads before the practice screen's first frame: the static imports of its chunks, not the dynamic ones. */
describe.skipIf(!existsSync(metaFile))('the practice screen bundle (skipped without npm run build)', () => {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
  const chunkFor = (entry: string) => Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry)?.[0];
  const staticInputs = (start: string): string[] => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length) {
      const out = stack.pop()!;
      if (seen.has(out) || !meta.outputs[out]) continue;
      seen.add(out);
      for (const imp of meta.outputs[out].imports) if (imp.kind === 'import-statement') stack.push(imp.path);
    }
    return [...seen].flatMap((out) => Object.keys(meta.outputs[out]!.inputs));
  };

  test('draws its first frame without loading mathjs (the estimator loads it afterwards)', () => {
    const launch = chunkFor('src/ui/launch.tsx');
    const practice = chunkFor('src/cli/commands/practice.ts');
    expect(launch).toBeDefined();
    const loaded = [...staticInputs(launch!), ...staticInputs(practice!), ...staticInputs(chunkFor('src/ui/session/run-practice.ts')!)];
    expect(loaded.some((f) => f.includes('node_modules/ink/'))).toBe(true);
    expect(loaded.filter((f) => f.includes('node_modules/mathjs') || f.includes('src/core/estimate/engine.ts'))).toEqual([]);
  });
});
