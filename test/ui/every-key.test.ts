import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createDrill } from '../../src/core/drill/drill.js';
import { loadProblem } from '../../src/core/problem/load.js';
import { DRILL_CONTEXTS, drillReducer, initialDrillState, type DrillState } from '../../src/ui/drill/drill-state.js';
import { editorActionFor, lineInputActionFor } from '../../src/ui/editor/key-actions.js';
import { homeReducer, initialHomeState } from '../../src/ui/home/state.js';
import { parseKey, type KeyPress } from '../../src/ui/keys/parse-key.js';
import { HELP_SECTIONS, isTextCommand, KEYMAP, resolveKey, type KeyContext } from '../../src/ui/keymap.js';
import { pagerMove } from '../../src/ui/mock/text-pager.js';
import { initialReviewState, REVIEW_CONTEXTS, reviewReducer, type ReviewState } from '../../src/ui/review/review-state.js';
import { practiceReducer } from '../../src/ui/practice/reducer.js';
import { activeContexts, type PracticeState } from '../../src/ui/practice/state.js';
import { fuzzParameters } from '../fuzz/runs.js';
import { makeState, press } from './practice-fixture.js';

/** What a terminal sends: the named keys parseKey knows, every Ctrl letter, Alt and Ctrl arrows, printable characters. */
const RAW_KEYS = [
  ...['\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1b[5~', '\x1b[6~', '\x1b[3~', '\x1b[Z', '\x1bOP', '\r', '\t', '\x7f', '\x1b'],
  ...Array.from({ length: 26 }, (_, i) => String.fromCharCode(i + 1)).filter((c) => c !== '\t' && c !== '\r'),
  '\x1b[1;3D',
  '\x1b[1;5C',
  '\x1b[1;3A',
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 32)),
];
const keyArbitrary = fc.constantFrom(...RAW_KEYS).map(parseKey);

function resolves(key: KeyPress, contexts: readonly KeyContext[]): boolean {
  return resolveKey(key, contexts) !== undefined;
}

describe('no key does what the key table does not list', () => {
  test('the practice screen: a key that changes anything has a binding in the active contexts', () => {
    const starts: PracticeState[] = [
      makeState(),
      press(makeState(), 'escape'),
      press(makeState({ current_step: 4 }), 'backtab'),
      press(makeState({ current_step: 4 }), 'backtab', 'return'),
      press(makeState({ current_step: 7 }), 'tab', 'tab', 'a'),
      // The architecture step with the step list, then the guide, focused.
      press(makeState({ current_step: 7 }), 'escape'),
      press(makeState({ current_step: 7 }), 'escape', 'g'),
      press(makeState(), 'escape', '?'),
      press(makeState(), 'escape', 'r'),
      // Asked whether to show the reference design.
      press(makeState({ current_step: 1 }), 'escape', 'h', 'h'),
      makeState({ mode: 'mock', mock: { total_seconds: 600, elapsed_seconds: 0, paused: false, finished: false } }),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...starts), keyArbitrary, (state, key) => {
        const next = practiceReducer(state, { type: 'key', key });
        const changed = next !== state && JSON.stringify({ ...next, notice: undefined }) !== JSON.stringify({ ...state, notice: undefined });
        if (changed) expect(resolves(key, activeContexts(state)), JSON.stringify(key)).toBe(true);
      }),
      fuzzParameters(1500),
    );
  });

  test('the drill: every phase', () => {
    const drill = createDrill(loadProblem('url-shortener'), { seed: 3, count: 2 });
    const asking = initialDrillState(drill);
    const feedback = drillReducer([...drill.questions[0]!.display].reduce<DrillState>((s, ch) => drillReducer(s, parseKey(ch)), asking), parseKey('\r'));
    const summary: DrillState = { ...feedback, phase: 'summary' };
    expect(feedback.phase).toBe('feedback');
    fc.assert(
      fc.property(fc.constantFrom(asking, feedback, summary), keyArbitrary, (state, key) => {
        if (drillReducer(state, key) !== state) expect(resolves(key, DRILL_CONTEXTS[state.phase]), JSON.stringify(key)).toBe(true);
      }),
      fuzzParameters(1000),
    );
  });

  test('the review after a mock: every page', () => {
    const intro = initialReviewState(['a', 'b', 'c']);
    const point: ReviewState = { ...intro, phase: 'point', index: 1, choices: { a: 'accept' }, scroll: 1 };
    const done: ReviewState = { ...intro, phase: 'done', choices: { a: 'accept', b: 'overrule', c: 'accept' } };
    fc.assert(
      fc.property(fc.constantFrom(intro, point, done), keyArbitrary, (state, key) => {
        if (reviewReducer(state, key, 3) !== state) expect(resolves(key, REVIEW_CONTEXTS[state.phase]), JSON.stringify(key)).toBe(true);
      }),
      fuzzParameters(1000),
    );
  });

  test('the report pager and the home screen', () => {
    const home = initialHomeState({
      problems: [{ id: 'a', title: 'A', summary: '' }, { id: 'b', title: 'B', summary: '' }],
      broken: [],
      frameworks: [{ id: 'x', title: 'X', summary: '' }, { id: 'y', title: 'Y', summary: '' }],
      sessions: [{ id: 's', problem: 'a', framework: 'x', mode: 'practice', updatedAt: '2026-11-21T09:00:00Z', currentStep: 0, doneSteps: 0 }],
    });
    fc.assert(
      fc.property(keyArbitrary, (key) => {
        if (pagerMove(key, 5, 10, 30) !== 5) expect(resolves(key, ['pager']), JSON.stringify(key)).toBe(true);
        if (homeReducer(home, key) !== home) expect(resolves(key, ['home']), JSON.stringify(key)).toBe(true);
      }),
      fuzzParameters(500),
    );
  });
});

describe('editing keys are in the table', () => {
  const notes = (raw: string) => {
    const key = parseKey(raw);
    const command = resolveKey(key, ['notes', 'always'])?.command;
    return command && isTextCommand(command) ? editorActionFor(command, key) : undefined;
  };
  const field = (raw: string) => {
    const key = parseKey(raw);
    const command = resolveKey(key, ['field', 'line-edit'])?.command;
    return command && isTextCommand(command) ? lineInputActionFor(command, key) : command;
  };

  test('the notes editor', () => {
    expect(notes('x')).toEqual({ type: 'insert', text: 'x' });
    expect(notes('q')).toEqual({ type: 'insert', text: 'q' });
    expect(notes('pasted text')).toEqual({ type: 'insert', text: 'pasted text' });
    expect(notes('\r')).toEqual({ type: 'newline' });
    expect(notes('\x7f')).toEqual({ type: 'backspace' });
    expect(notes('\x1b[3~')).toEqual({ type: 'delete' });
    expect(notes('\x17')).toEqual({ type: 'deleteWordBack' });
    expect(notes('\x1b[1;3D')).toEqual({ type: 'wordLeft' });
    expect(notes('\x1b[1;5C')).toEqual({ type: 'wordRight' });
    expect(notes('\x01')).toEqual({ type: 'home' });
    expect(notes('\x1b[F')).toEqual({ type: 'end' });
    expect(notes('\x1b[5~')).toEqual({ type: 'pageUp' });
    expect(notes('\x1b[B')).toEqual({ type: 'down' });
  });

  test('one-line fields', () => {
    expect(field('5')).toEqual({ type: 'insert', text: '5' });
    expect(field('\x15')).toEqual({ type: 'clearBefore' });
    expect(field('\x05')).toEqual({ type: 'end' });
    expect(field('\r')).toBe('field-commit');
    expect(field('\x1b')).toBe('field-cancel');
  });

  test('the help has a section for every context, so it lists what each screen accepts', () => {
    const contexts = new Set(KEYMAP.flatMap((b) => b.contexts));
    const covered = new Set(HELP_SECTIONS.flatMap((s) => s.contexts));
    for (const context of contexts) expect(covered.has(context), context).toBe(true);
  });
});
