import { runEstimate } from '../../src/core/estimate/engine.js';
import { loadPrices } from '../../src/core/prices/load.js';
import { loadReferenceCards } from '../../src/core/reference/load.js';
import type { Session } from '../../src/core/session/schema.js';
import { newSession } from '../../src/core/session/session-store.js';
import { loadFramework } from '../../src/core/template/load.js';
import { parseKey, type KeyPress } from '../../src/ui/keys/parse-key.js';
import { practiceReducer } from '../../src/ui/practice/reducer.js';
import { initialPracticeState, type PracticeContext, type PracticeState } from '../../src/ui/practice/state.js';
import { makeProblem } from '../fixtures/problem.js';

export function makeSession(patch: Partial<Session> = {}): Session {
  return { ...newSession({ problem: 'tiny', framework: 'hld14', mode: 'practice' }, new Date('2026-11-21T09:00:00Z')), ...patch };
}

/** The tiny problem on a framework, with the real reference cards, prices and engine. */
export const makeContext = (framework = 'hld14'): PracticeContext => ({
  problem: makeProblem(),
  framework: loadFramework(framework),
  cards: loadReferenceCards(),
  prices: loadPrices(),
  engine: runEstimate,
});

export function makeState(patch: Partial<Session> = {}, framework = 'hld14', size: [number, number] = [80, 24]): PracticeState {
  return initialPracticeState(makeContext(framework), makeSession({ framework, ...patch }), size[0], size[1]);
}

const NAMED: Record<string, string> = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  pageup: '\x1b[5~',
  pagedown: '\x1b[6~',
  delete: '\x1b[3~',
  backspace: '\x7f',
  return: '\r',
  escape: '\x1b',
  tab: '\t',
  backtab: '\x1b[Z',
};

/** A key by name ('ctrl+n', 'return', 'up') or literal text. */
export function key(spec: string): KeyPress {
  if (spec.startsWith('ctrl+') && spec.length === 6) return parseKey(String.fromCharCode(spec.charCodeAt(5) - 96));
  return parseKey(NAMED[spec] ?? spec);
}

export const press = (state: PracticeState, ...keys: string[]): PracticeState =>
  keys.reduce((s, k) => practiceReducer(s, { type: 'key', key: key(k) }), state);
