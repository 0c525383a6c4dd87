import { getSystemErrorMap } from 'node:util';
import { quoted } from './shown-value.js';

/**
 * Faults from the operating system (a full disk, a read-only folder, a file
 * where a folder should be) are the user's environment, not a bug in hld: they
 * get one line that says what could not be done, to which path, and why.
 */

export interface SystemError extends Error {
  readonly code: string;
  readonly errno?: number;
  readonly syscall?: string;
  readonly path?: string;
}

/** An error raised by a system call (it has an E-code such as ENOSPC). */
export function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string' && /^E[A-Z0-9]+$/.test((error as SystemError).code);
}

/** "no space left on device" for ENOSPC; the code itself when Node knows no text for it. */
export function systemErrorReason(error: SystemError): string {
  const known = error.errno === undefined ? undefined : getSystemErrorMap().get(error.errno)?.[1];
  return known ? `${known} (${error.code})` : error.code;
}

/** `cannot open '/x/doc.md': permission denied (EACCES)`. */
export function describeSystemError(error: SystemError): string {
  const what = error.syscall ? `cannot ${error.syscall}` : 'a system call failed';
  const where = error.path ? ` ${quoted(error.path, 120)}` : '';
  return `${what}${where}: ${systemErrorReason(error)}`;
}
