import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_BYTES, readDocTemplate, renderTemplate } from '../../../src/core/export/template.js';
import { readCappedText } from '../../../src/core/read-capped.js';

const dir = mkdtempSync(join(tmpdir(), 'hld-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('template placeholders never reach Object.prototype (issue 11)', () => {
  // `constructor` is the one Object.prototype name the placeholder syntax (lower case, digits, _) can spell.
  it('{{constructor}} is an unknown placeholder, not a crash', () => {
    expect(() => renderTemplate('# {{title}}\n{{constructor}}', { title: 'T' }, 'my.md')).toThrow('my.md: unknown placeholder {{constructor}} (known: title)');
  });

  it('{{constructor}} where a value of that name exists is filled like any other', () => {
    expect(renderTemplate('{{constructor}}', Object.fromEntries([['constructor', 'C']]))).toBe('C\n');
  });
});

describe('reading a template: regular files only, and at most 1 MiB', () => {
  it('/dev/zero is refused at once instead of growing to gigabytes', () => {
    expect(() => readDocTemplate('/dev/zero')).toThrow("--template /dev/zero: is a device, not a file hld can read");
  });

  it('a folder and a named pipe are refused; the pipe is never opened, so nothing waits for a writer', () => {
    expect(() => readDocTemplate(dir)).toThrow(`--template ${dir}: is a folder, not a file hld can read`);
    const fifo = join(dir, 'doc.md');
    execFileSync('mkfifo', [fifo]);
    expect(() => readDocTemplate(fifo)).toThrow(`--template ${fifo}: is a named pipe (FIFO), not a file hld can read`);
  });

  it('a file over the cap is refused, one at the cap is read', () => {
    const big = join(dir, 'big.md');
    writeFileSync(big, 'x'.repeat(MAX_TEMPLATE_BYTES + 1));
    expect(() => readDocTemplate(big)).toThrow(`--template ${big}: is larger than 1 MiB, more than hld reads from one file`);
    writeFileSync(big, 'x'.repeat(MAX_TEMPLATE_BYTES));
    expect(readDocTemplate(big)).toHaveLength(MAX_TEMPLATE_BYTES);
  });

  it('a missing file, and a path with control characters, are one escaped line', () => {
    expect(() => readDocTemplate(join(dir, 'none\n\u001b[2J.md'))).toThrow(`--template ${dir}/none\\n\\e[2J.md: no such file`);
  });
});

describe('readCappedText', () => {
  it('counts while reading, so a file that reports size 0 (as /proc does) is still capped', () => {
    const read = readCappedText('/proc/self/status', 10);
    expect(read).toEqual({ ok: false, reason: 'is larger than 10 bytes, more than hld reads from one file' });
    expect(readCappedText('/proc/self/status', 1024 * 1024).ok).toBe(true);
  });

  it('reads a regular file whole', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'a.md'), 'héllo');
    expect(readCappedText(join(dir, 'sub', 'a.md'), 100)).toEqual({ ok: true, text: 'héllo' });
  });
});
