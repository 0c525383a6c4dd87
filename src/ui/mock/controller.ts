import { currentStepTime, isRunning, isTimeUp, tickSession, updateSessionClock, type ClockAction } from '../../core/mock/clock.js';
import type { Session } from '../../core/session/schema.js';
import type { SessionHandle } from '../../core/session/store-api.js';
import type { Framework } from '../../core/template/schema.js';

/**
 * The mock clock between the practice screen and the session store.
 *
 * The practice screen owns the session it edits and saves it through a
 * handle; this controller hands it a wrapped handle and keeps two fields for
 * itself: `mock` (the clock) and `time_spent` (charged only while the clock
 * runs, so a paused mock costs no step any time). Every save from the screen
 * is merged with them, and every tick is saved the same way, so neither side
 * overwrites the other.
 */
export interface MockSnapshot {
  readonly session: Session;
  /** Bumped on every change, for useSyncExternalStore. */
  readonly version: number;
  /** Ctrl+X was pressed once; a second press within a few seconds ends the mock. */
  readonly endArmed: boolean;
}

/** How long a first Ctrl+X waits for the second (in clock ticks). */
export const END_CONFIRM_SECONDS = 5;

export class MockController {
  private readonly inner: SessionHandle;
  private readonly framework: Framework;
  private snapshot: MockSnapshot;
  /** Ticks left before an armed end request lapses. */
  private armedFor = 0;
  private readonly listeners = new Set<() => void>();
  /** The wrapped handle to give the practice screen. */
  readonly handle: SessionHandle;

  constructor(inner: SessionHandle, framework: Framework) {
    if (!inner.session.mock) throw new Error('MockController needs a mock session');
    this.inner = inner;
    this.framework = framework;
    this.snapshot = { session: inner.session, version: 0, endArmed: false };
    const controller = this;
    this.handle = {
      get session() {
        return controller.snapshot.session;
      },
      update(next: Session) {
        const own = controller.snapshot.session;
        controller.save({ ...next, mock: own.mock, time_spent: own.time_spent });
      },
      flush: () => inner.flush(),
      close: () => inner.close(),
    };
  }

  get session(): Session {
    return this.snapshot.session;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): MockSnapshot => this.snapshot;

  get running(): boolean {
    return isRunning(this.snapshot.session.mock!);
  }

  get timeUp(): boolean {
    return isTimeUp(this.snapshot.session.mock!);
  }

  tick(seconds: number): void {
    if (this.armedFor > 0 && --this.armedFor === 0) this.setArmed(false);
    const next = tickSession(this.snapshot.session, this.framework, seconds);
    if (next !== this.snapshot.session) this.save(next);
  }

  togglePause(): void {
    this.apply({ type: 'toggle-pause' });
  }

  /** The first call arms, the second ends the mock; returns true when it ended. */
  requestEnd(): boolean {
    if (!this.snapshot.endArmed) {
      this.armedFor = END_CONFIRM_SECONDS;
      this.setArmed(true);
      return false;
    }
    this.setArmed(false);
    this.apply({ type: 'finish' });
    return true;
  }

  private setArmed(endArmed: boolean): void {
    if (!endArmed) this.armedFor = 0;
    this.snapshot = { ...this.snapshot, endArmed, version: this.snapshot.version + 1 };
    this.notify();
  }

  /** Time used and budget of the step the screen is on. */
  currentStep() {
    return currentStepTime(this.snapshot.session, this.framework);
  }

  private apply(action: ClockAction): void {
    const next = updateSessionClock(this.snapshot.session, action, this.framework);
    if (next !== this.snapshot.session) this.save(next);
  }

  private save(next: Session): void {
    this.snapshot = { ...this.snapshot, session: next, version: this.snapshot.version + 1 };
    this.inner.update(next);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
