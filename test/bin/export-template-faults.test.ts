import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createSession } from '../../src/core/session/store.js';
import { expectOneLineError, hld } from './run-binary.js';

/** Issue 11: `--template /dev/zero` grew to 11.8 GB; `{{constructor}}` crashed the export. */
describe('hld export with a hostile --template', () => {
  const home = mkdtempSync(join(tmpdir(), 'hld-export-'));
  const env = { HLD_HOME: home };
  const handle = createSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }, env);
  handle.close();
  const id = handle.session.id;

  test('/dev/zero is refused in one line, at once', () => {
    expect(expectOneLineError(hld(['export', id, '-o', '-', '--template', '/dev/zero'], env), 2)).toBe('hld: --template /dev/zero: is a device, not a file hld can read');
  });

  test('{{constructor}} is an unknown placeholder', () => {
    const template = join(home, 'mine.md');
    writeFileSync(template, '# {{title}}\n\n{{constructor}}\n');
    expect(expectOneLineError(hld(['export', id, '-o', '-', '--template', template], env), 1)).toMatch(/^hld: .*mine\.md: unknown placeholder \{\{constructor\}\} \(known: /);
  });
});
