import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/core/session/atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hld-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic write', () => {
  it('replaces the content', () => {
    const file = join(dir, 's.yaml');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new content');
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['s.yaml']);
  });

  it('interrupted between write and rename, leaves the old file intact', () => {
    const file = join(dir, 's.yaml');
    writeFileSync(file, 'old notes');
    let tempSeen = '';
    expect(() =>
      writeFileAtomic(file, 'new notes', {
        beforeRename: (temp) => {
          // The new content is fully on disk, beside the target, in the same folder.
          tempSeen = temp;
          expect(readFileSync(temp, 'utf8')).toBe('new notes');
          expect(temp.startsWith(dir)).toBe(true);
          throw new Error('crash');
        },
      }),
    ).toThrow('crash');
    expect(tempSeen).not.toBe('');
    expect(readFileSync(file, 'utf8')).toBe('old notes');
    expect(readdirSync(dir)).toEqual(['s.yaml']);
  });
});
