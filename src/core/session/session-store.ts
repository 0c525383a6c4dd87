import type { z } from 'zod';
import type { Conventions } from '../conventions.js';
import { describeIssue } from '../data-file.js';
import { newMockClock } from '../mock/clock.js';
import { changedJudgedField, isJudgedMock, judgedMockLine } from '../mock/sealed.js';
import { onShutdown } from '../shutdown.js';
import { createAutosaver, type AutosaveOptions, type Autosaver } from './autosave.js';
import { writeRescueCopy, type RescueResult } from './rescue.js';
import { SESSION_VERSION, sessionSchema, type Session } from './schema.js';
import { serialiseSession } from './session-file.js';

/**
 * The one place an open session lives. Every writer goes through `update`
 * (the practice screen's edits, the clock's ticks, the plain walk's answers),
 * with a function of the current value, so nobody works on a stale copy;
 * every reader subscribes (screens with useSyncExternalStore). The store
 * owns saving: autosave within a second of an edit, atomic writes, a retry
 * every few seconds while saving fails, and a final save when it is closed,
 * by the command or by a signal or exit (see src/core/shutdown.ts). When
 * that final save fails, a rescue copy is written somewhere writable and
 * named, so typed work is never lost silently. It publishes the save state,
 * so a screen can say when saving fails and why.
 *
 * New parts of a session (a review of a mock's verdicts, chosen conventions)
 * are fields of Session: they are stored, saved and published here with the
 * rest, and need no store of their own.
 */

export type SaveState =
  /** Everything is on disk (or the session lives in memory only). */
  | { readonly kind: 'saved' }
  /** A change waits for its write (at most a second for an edit). */
  | { readonly kind: 'pending' }
  /** The last write failed; it is tried again every few seconds, and on close. */
  | { readonly kind: 'failed'; readonly error: string; readonly failures: number };

export interface SessionSnapshot {
  readonly session: Session;
  readonly save: SaveState;
}

/** How the final save went; when it failed, where the rescue copy went (or why none could be written). */
export type CloseReport = { readonly saved: true } | { readonly saved: false; readonly error: string; readonly rescue: RescueResult };

export type SessionChange = ((current: Session) => Session) | Partial<Session>;

/** An edit is saved within a second; a clock tick can wait for the next edit or a few seconds. */
export type Pace = 'edit' | 'clock';

export interface SessionStore {
  readonly id: string;
  /** Where it saves; undefined for a session kept in memory (tests, rendered frames). */
  readonly file: string | undefined;
  /** The current session (the same as getSnapshot().session). */
  readonly session: Session;
  /** For useSyncExternalStore: the same object until something changes. */
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * Change the session: a function of the current value, or the fields to
   * replace in it. Checked against the schema; throws on a value it would
   * refuse to read back (a bug, not user input).
   */
  update(change: SessionChange, pace?: Pace): void;
  /** Write any pending change now; never throws: the state says how it went. */
  flush(): SaveState;
  /** The final save, then the lock released. Safe to call twice (the second call returns the first report). */
  close(): CloseReport;
}

/** A store on a session file (createSession, openSession). */
export interface SavedSessionStore extends SessionStore {
  readonly file: string;
}

export interface StoreBacking {
  /** The file it saves to, for messages. */
  readonly file?: string;
  /** Write the session where it belongs; throws when it cannot. Without it the session lives in memory only. */
  readonly write?: (session: Session) => void;
  /** Called once, after the final save (releases the lock). */
  readonly release?: () => void;
  /** Save on a signal or exit, and report a failed final save on stderr when no command is left to report it. */
  readonly guardProcess?: boolean;
  /** Where a rescue copy may go (default: temporary, home and working folders). */
  readonly rescueFolders?: readonly string[];
  readonly autosave?: Pick<AutosaveOptions, 'delayMs' | 'laterMs' | 'retryMs'>;
  readonly stderr?: (text: string) => void;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the sessions folder is gone',
  ENOTDIR: 'a part of its path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'over the disk quota',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an input/output error',
};

/** Why a write failed, in words first: "the sessions folder is gone (ENOENT)". */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return REASONS[code] ? `${REASONS[code]} (${code})` : code;
  return error instanceof Error ? error.message : String(error);
}

/** The lines a failed final save leaves for the user: what failed, where the work is, and how to continue it. */
export function closeProblem(store: Pick<SessionStore, 'id' | 'file' | 'session'>, report: CloseReport): string | undefined {
  if (report.saved) return undefined;
  const where = store.file ?? 'its file';
  if ('file' in report.rescue) {
    return (
      `could not save session ${store.id} to ${where}: ${report.error}; your work is kept in ${report.rescue.file}. ` +
      `To continue it, move that file to ${where} and run: hld resume ${store.id}`
    );
  }
  // Nowhere to write: the session itself, on stderr, is the last copy.
  return `could not save session ${store.id} to ${where}: ${report.error}, and ${report.rescue.error}; here is the session, to keep by hand:\n${serialiseSession(store.session)}`;
}

/**
 * The first schema issue among the fields `next` changes from `current`. The
 * others were checked when they were set (or read), so a clock tick checks
 * the time it changed, not a whole session with 100k characters of notes.
 */
function changedFieldIssue(current: Session, next: Session): z.core.$ZodIssue | undefined {
  const shape: Record<string, z.ZodType> = sessionSchema.shape;
  for (const key of new Set([...Object.keys(current), ...Object.keys(next)])) {
    const value = (next as Record<string, unknown>)[key];
    if (value === (current as Record<string, unknown>)[key]) continue;
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) return { code: 'unrecognized_keys', keys: [key], path: [], message: `Unrecognized key: "${key}"`, input: next } as z.core.$ZodIssue;
    const check = field.safeParse(value);
    if (!check.success) {
      const first = check.error.issues[0]!;
      return { ...first, path: [key, ...first.path] };
    }
  }
  return undefined;
}

export function createSessionStore(initial: Session, backing: StoreBacking = {}): SessionStore {
  const id = initial.id;
  const stderr = backing.stderr ?? ((text: string) => void process.stderr.write(text));
  let snapshot: SessionSnapshot = { session: initial, save: { kind: 'saved' } };
  let closedWith: CloseReport | undefined;
  const listeners = new Set<() => void>();

  const publish = (next: Partial<SessionSnapshot>): void => {
    snapshot = { ...snapshot, ...next };
    for (const listener of [...listeners]) listener();
  };

  const write = backing.write;
  const saver: Autosaver | undefined = write
    ? createAutosaver(() => write(snapshot.session), {
        ...backing.autosave,
        onSaved: () => publish({ save: { kind: 'saved' } }),
        onFailed: (error) => {
          const failures = snapshot.save.kind === 'failed' ? snapshot.save.failures + 1 : 1;
          publish({ save: { kind: 'failed', error: writeFailure(error), failures } });
        },
      })
    : undefined;

  const store: SessionStore = {
    id,
    file: backing.file,
    get session() {
      return snapshot.session;
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    update(change, pace = 'edit') {
      if (closedWith) throw new Error(`session ${id} is closed; its changes can no longer be saved`);
      const proposed = typeof change === 'function' ? change(snapshot.session) : { ...snapshot.session, ...change };
      if (proposed === snapshot.session) return;
      if (proposed.id !== id) throw new Error(`a session's id cannot change (${id} -> ${proposed.id})`);
      const stamped: Session = { ...proposed, version: SESSION_VERSION, updated_at: new Date().toISOString() };
      const issue = changedFieldIssue(snapshot.session, stamped);
      if (issue) throw new Error(`invalid session update: ${describeIssue(issue)}`);
      // The screens never offer such a change (they say why); this keeps a judged mock's answer from changing by any other path.
      const sealed = isJudgedMock(snapshot.session) ? changedJudgedField(snapshot.session, stamped) : undefined;
      if (sealed) throw new Error(`invalid session update: ${judgedMockLine(snapshot.session)} (it changed ${sealed})`);
      // A failed save stays on show until a write succeeds: the new change is not on disk either.
      publish({ session: stamped, save: saver && snapshot.save.kind !== 'failed' ? { kind: 'pending' } : snapshot.save });
      saver?.touch(pace === 'edit' ? 'soon' : 'later');
    },
    flush() {
      try {
        saver?.flush();
      } catch {
        // onFailed has published why; the state says so.
      }
      return snapshot.save;
    },
    close() {
      if (closedWith) return closedWith;
      unguard();
      saver?.stop();
      let report: CloseReport = { saved: true };
      try {
        saver?.flush();
      } catch (error) {
        report = { saved: false, error: writeFailure(error), rescue: writeRescueCopy(id, serialiseSession(snapshot.session), backing.rescueFolders) };
      }
      closedWith = report;
      try {
        backing.release?.();
      } catch {
        // Whatever stopped the release (a read-only or vanished folder) is
        // what the report already says; it must not replace that report.
      }
      return report;
    },
  };

  const unguard = backing.guardProcess
    ? onShutdown({
        run: (_ending, graceful) => {
          const report = store.close();
          // A command that carries on reports it with its other output; otherwise this is the last word.
          const problem = graceful ? undefined : closeProblem(store, report);
          if (problem) stderr(`hld: ${problem}\n`);
        },
      })
    : () => undefined;

  return store;
}

/** A session kept in memory only: for tests, and for frames drawn without a terminal. */
export function memorySessionStore(initial: Session): SessionStore {
  return createSessionStore(initial);
}

export interface NewSession {
  readonly problem: string;
  readonly framework: string;
  readonly mode: 'practice' | 'mock';
  /** A mock's length; a mock session starts its clock at 0 of this. */
  readonly mockMinutes?: number;
  /** Conventions chosen by flag; without them the defaults hold. */
  readonly conventions?: Conventions | undefined;
  /** The store picks a free id on disk; without one, an id in the same form (20261121-0930-url-shortener, in UTC). */
  readonly id?: string;
}

/** A fresh session value; the schema fills in the empty parts. */
export function newSession(init: NewSession, now = new Date()): Session {
  const iso = now.toISOString();
  const id = init.id ?? `${iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}-${init.problem}`.toLowerCase();
  return sessionSchema.parse({
    version: SESSION_VERSION,
    id,
    problem: init.problem,
    framework: init.framework,
    mode: init.mode,
    created_at: iso,
    updated_at: iso,
    ...(init.mode === 'mock' && init.mockMinutes !== undefined ? { mock: newMockClock(init.mockMinutes) } : {}),
    ...(init.conventions ? { conventions: init.conventions } : {}),
  });
}
