import { describe, expect, test } from 'vitest';
import { ERROR_LINE_MAX, errorLine } from '../../src/cli/main.js';
import { describeSystemError, isSystemError } from '../../src/core/system-error.js';

describe('errorLine, the last defence for every error message', () => {
  test('names the program once', () => {
    expect(errorLine('unknown problem')).toBe('hld: unknown problem');
    expect(errorLine('hld delete: no session')).toBe('hld delete: no session');
  });

  test('escapes control characters, so a message is one line and sends nothing to the terminal', () => {
    expect(errorLine('bad value x\u001b[2J\nsecond line\r\u0007')).toBe('hld: bad value x\\e[2J\\nsecond line\\r\\u0007');
  });

  test('cuts a huge message and says how long it was', () => {
    const line = errorLine(`value ${'9'.repeat(130_000)}`);
    expect(line.length).toBeLessThan(ERROR_LINE_MAX + 40);
    expect(line).toMatch(/… \(130,006 characters\)$/);
  });
});

describe('system errors', () => {
  const fault = (code: string, errno: number, syscall: string, path?: string) => Object.assign(new Error(`${code}: whatever`), { code, errno, syscall, ...(path ? { path } : {}) });

  test('are told apart from bugs by their E-code', () => {
    expect(isSystemError(fault('ENOSPC', -28, 'write'))).toBe(true);
    expect(isSystemError(new Error('plain'))).toBe(false);
    expect(isSystemError(Object.assign(new Error('zod'), { code: 'invalid_type' }))).toBe(false);
  });

  test('read as what could not be done, to which path, and why', () => {
    expect(describeSystemError(fault('EACCES', -13, 'open', '/x/doc.md'))).toBe("cannot open '/x/doc.md': permission denied (EACCES)");
    expect(describeSystemError(fault('EROFS', -30, 'mkdir', '/ro/hld\nx'))).toBe("cannot mkdir '/ro/hld\\nx': read-only file system (EROFS)");
    expect(describeSystemError(fault('ENOSPC', -28, 'write'))).toBe('cannot write: no space left on device (ENOSPC)');
  });
});
