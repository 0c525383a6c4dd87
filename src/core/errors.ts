import { shownValue } from './shown-value.js';

/**
 * Typed errors. Every error a user can cause is an HldError: it carries the
 * one-line message shown to the user and the process exit code, so the CLI
 * never prints a stack trace for bad input.
 */
export const EXIT = {
  ok: 0,
  /** A problem file, an estimate or a session could not be used. */
  failure: 1,
  /** The command line itself was wrong. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class HldError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = EXIT.failure) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Wrong flags, unknown commands, unknown names typed on the command line. */
export class UsageError extends HldError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** Longest detail a file error repeats; past it, the file holds a paste, not a typo. */
const FILE_ERROR_DETAIL_MAX = 300;

/**
 * A YAML file (problem, template, prices, session) failed to parse or
 * validate. The message is one line whatever the file holds: control
 * characters in the path or the detail are escaped, and the detail is cut.
 */
export class DataFileError extends HldError {
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`${shownValue(file, FILE_ERROR_DETAIL_MAX)}: ${shownValue(detail, FILE_ERROR_DETAIL_MAX)}`, EXIT.failure);
    this.file = file;
  }
}

/** A value typed for an assumption (CLI --set, TUI editor, drill answer) is not acceptable. */
export class ValueError extends HldError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** An estimate formula could not be evaluated (cycle, unknown name, wrong unit, division by zero). */
export class EstimateError extends HldError {
  constructor(message: string) {
    super(message, EXIT.failure);
  }
}
