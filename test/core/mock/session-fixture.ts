import { newMockClock } from '../../../src/core/mock/clock.js';
import { sessionSchema, type Session, type SessionInput } from '../../../src/core/session/schema.js';

/** A URL-shortener mock session on hld14, with any fields replaced. */
export function mockSession(minutes: number, patch: Partial<SessionInput> = {}): Session {
  return sessionSchema.parse({
    version: 1,
    id: '20261121-0930-url-shortener',
    problem: 'url-shortener',
    framework: 'hld14',
    mode: 'mock',
    created_at: '2026-11-21T09:30:00Z',
    updated_at: '2026-11-21T09:30:00Z',
    mock: newMockClock(minutes),
    ...patch,
  });
}
