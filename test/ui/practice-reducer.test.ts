import { describe, expect, test } from 'vitest';
import { archRows, EMPTY_DIAGRAM, selectableArchRows } from '../../src/core/architecture.js';
import { EstimateError } from '../../src/core/errors.js';
import { sessionSchema } from '../../src/core/session/schema.js';
import { editorText } from '../../src/ui/editor/editor.js';
import { practiceReducer } from '../../src/ui/practice/reducer.js';
import { guideLines } from '../../src/ui/practice/guide.js';
import { activeContexts, currentStep, initialPracticeState } from '../../src/ui/practice/state.js';
import { selectedRow } from '../../src/ui/practice/estimator.js';
import { makeContext, makeSession, makeState, press } from './practice-fixture.js';

const CAPACITY = 4; // hld14: the capacity-estimation step
const COST = 5;
const ARCHITECTURE = 7;

describe('practice reducer: steps and notes', () => {
  test('starts in the notes of the saved step, and typing writes the session notes', () => {
    let s = makeState();
    expect(s.focus).toBe('notes');
    s = press(s, 'Users shorten links', 'return', 'q and ? are typed too');
    expect(s.session.notes['clarify-requirements']).toBe('Users shorten links\nq and ? are typed too');
    s = press(s, 'ctrl+w', 'ctrl+w', '\x1b[1;5D', 'ctrl+a', '- ');
    expect(s.session.notes['clarify-requirements']).toBe('Users shorten links\n- q and ? are ');
    expect(s.quit).toBe(false);
    expect(s.overlay).toBeUndefined();
  });

  test('next and previous step keep each step its own notes', () => {
    let s = press(makeState(), 'first', 'ctrl+n', 'second');
    expect(currentStep(s).id).toBe('flow-and-actors');
    expect(s.session.current_step).toBe(1);
    expect(s.session.notes).toEqual({ 'clarify-requirements': 'first', 'flow-and-actors': 'second' });
    s = press(s, 'ctrl+p');
    expect(editorText(s.editor)).toBe('first');
    s = press(s, 'ctrl+p');
    expect(s.notice).toMatch(/first step/);
  });

  test('Esc leaves the notes; then letters are commands: d marks done, n moves on, q quits', () => {
    let s = press(makeState(), 'escape');
    expect(s.focus).toBe('steps');
    s = press(s, 'd');
    expect(s.session.done).toEqual(['clarify-requirements']);
    s = press(s, 'd');
    expect(s.session.done).toEqual([]);
    s = press(s, 'n');
    expect(s.session.current_step).toBe(1);
    expect(s.session.notes).toEqual({});
    s = press(s, 'q');
    expect(s.quit).toBe(true);
  });

  test('jump to a step from the list with the arrows and Enter', () => {
    let s = press(makeState(), 'escape', 'down', 'down', 'down');
    expect(s.session.current_step).toBe(0);
    expect(s.cursor).toBe(3);
    s = press(s, 'return');
    expect(s.session.current_step).toBe(3);
    expect(s.focus).toBe('notes');
  });

  test('a run of characters outside the notes is read key by key', () => {
    const s = press(makeState(), 'escape', 'jjj\r');
    expect(s.session.current_step).toBe(3);
  });

  test('Tab cycles steps, panel and notes; ctrl+d marks done while typing', () => {
    let s = press(makeState(), 'tab');
    expect(s.focus).toBe('steps');
    s = press(s, 'tab');
    expect(s.focus).toBe('panel');
    expect(activeContexts(s)[0]).toBe('guide');
    s = press(s, 'backtab', 'backtab', 'ctrl+d');
    expect(s.focus).toBe('notes');
    expect(s.session.done).toEqual(['clarify-requirements']);
  });

  /** The guide as one run of text (rows joined), so a wrapped heading reads whole. */
  const guideText = (s: ReturnType<typeof makeState>) => guideLines(currentStep(s), s.ctx.problem, s.session, 60).lines.map((l) => l.text.trim()).join(' ');

  test('hints are graduated: questions, a nudge, then the reference only after y; the guide scrolls to each', () => {
    let s = press(makeState({ current_step: ARCHITECTURE }), 'escape', 'h');
    expect(s.session.hints_shown['high-level-architecture']).toBe(1);
    expect(s.panel).toBe('guide');
    expect(s.guideScroll).toBeGreaterThan(0);
    expect(s.notice).toBe('Hint 1: questions to ask yourself (-0.5 in the report).');
    expect(guideText(s)).toContain('What would you ask yourself?');
    expect(guideText(s)).not.toContain('Think about it.');
    s = press(s, 'h');
    expect(s.session.hints_shown['high-level-architecture']).toBe(2);
    expect(guideText(s)).toContain('Think about it.');
    // The reference asks first; n keeps it hidden, and nothing is counted.
    s = press(s, 'h');
    expect(s.confirmReference).toBe(true);
    expect(activeContexts(s)).toEqual(['confirm-reference']);
    expect(s.notice).toBe('y shows the reference design (the answer, -3 in the report) · n not now');
    expect(press(s, 'x')).toMatchObject({ confirmReference: true, session: { hints_shown: { 'high-level-architecture': 2 } } });
    s = press(s, 'n');
    expect(s.confirmReference).toBe(false);
    expect(s.session.hints_shown['high-level-architecture']).toBe(2);
    expect(guideText(s)).not.toContain('[Client]');
    s = press(s, 'h', 'y');
    expect(s.session.hints_shown['high-level-architecture']).toBe(3);
    expect(guideText(s)).toContain('3. The reference design: Architecture');
    expect(guideText(s)).toContain('[Client] client');
    s = press(s, 'h');
    expect(s.notice).toBe('Every hint for this step is shown.');
  });

  test('v asks, then shows the reference at once, counting every level up to it', () => {
    let s = press(makeState({ current_step: ARCHITECTURE }), 'escape');
    expect(guideText(s)).toContain('Hints: 0 of 3 shown · h: questions to ask yourself (-0.5 in the report) · v: the reference design');
    s = press(s, 'v');
    expect(s.notice).toBe('y shows the reference design (the answer, -4.5 in the report) · n not now');
    s = press(s, 'y');
    expect(s.session.hints_shown['high-level-architecture']).toBe(3);
    expect(s.notice).toBe('Hint 3: the reference design and the 2 hints before it (-4.5 in the report).');
    expect(guideText(s)).toContain('[Client] client');
    expect(press(s, 'v').notice).toBe("This step's reference design is in the guide.");
    const afterOne = press(makeState({ current_step: ARCHITECTURE }), 'escape', 'h', 'v', 'y');
    expect(afterOne.notice).toBe('Hint 3: the reference design and the hint before it (-4 in the report).');
    const mock = press(makeState({ current_step: ARCHITECTURE, mode: 'mock', mock: { total_seconds: 600, elapsed_seconds: 0, paused: false, finished: false } }), 'escape', 'v');
    expect(mock.confirmReference).toBe(false);
    expect(mock.notice).toBe('In a mock the reference design waits for the report.');
  });

  test('in a mock the hints stop before the reference', () => {
    let s = press(makeState({ current_step: ARCHITECTURE, mode: 'mock', mock: { total_seconds: 600, elapsed_seconds: 0, paused: false, finished: false } }), 'escape');
    expect(guideText(s)).toContain('Hints: 0 of 2 shown · h: questions to ask yourself (-0.5 in the report); the reference design waits for the report');
    s = press(s, 'h', 'h', 'h');
    expect(s.session.hints_shown['high-level-architecture']).toBe(2);
    expect(s.confirmReference).toBe(false);
    expect(s.notice).toBe('Every hint for this step is shown; the reference design waits for the report.');
    expect(press(s, 'y').session).toBe(s.session);
    expect(guideText(s)).not.toContain('[Client]');
    expect(guideText(s)).not.toContain('cache reads');
  });

  test('hints shown are kept in the session, so a resumed session shows them again', () => {
    const before = press(makeState({ current_step: 1 }), 'escape', 'h');
    const resumed = makeState({ current_step: 1, hints_shown: before.session.hints_shown });
    expect(guideText(resumed)).toContain('Hints: 1 of 2 shown · h: the reference design (-3 in the report)');
    expect(press(resumed, 'escape', 'h', 'y').session.hints_shown['flow-and-actors']).toBe(2);
  });

  test('a session saved before hints were kept loads with none shown', () => {
    const { hints_shown: _, ...old } = makeSession();
    expect(sessionSchema.parse(old).hints_shown).toEqual({});
  });

  test('the guide scrolls within its length', () => {
    let s = press(makeState(), 'tab', 'tab');
    for (let i = 0; i < 200; i++) s = press(s, 'down');
    const bottom = s.guideScroll;
    expect(bottom).toBeGreaterThan(0);
    s = press(s, 'down');
    expect(s.guideScroll).toBe(bottom);
    s = press(s, 'pageup', 'pageup', 'pageup', 'pageup', 'pageup', 'pageup', 'pageup', 'pageup');
    expect(s.guideScroll).toBe(0);
  });

  test('time is counted for the current step', () => {
    let s = practiceReducer(makeState(), { type: 'tick', seconds: 1 });
    s = practiceReducer(s, { type: 'tick', seconds: 1 });
    expect(s.session.time_spent).toEqual({ 'clarify-requirements': 2 });
  });

  test('a resize rewraps the notes to the new pane width', () => {
    let s = press(makeState(), 'word '.repeat(30));
    const rows = s.editor.width;
    s = practiceReducer(s, { type: 'resize', columns: 120, rows: 40 });
    expect(s.editor.width).toBeGreaterThan(rows);
    expect(s.editor.height).toBeGreaterThan(7);
  });
});

describe('practice reducer: overlays', () => {
  test('help and reference open from browse keys and close with Esc; F1 works while typing', () => {
    let s = press(makeState(), 'escape', '?');
    expect(s.overlay?.kind).toBe('help');
    expect(activeContexts(s)).toEqual(['overlay']);
    s = press(s, 'down', 'escape');
    expect(s.overlay).toBeUndefined();
    s = press(s, 'r');
    expect(s.overlay).toEqual({ kind: 'reference', page: 0, scroll: 0 });
    s = press(s, 'right', 'right');
    expect(s.overlay).toMatchObject({ page: 2 });
    s = press(s, 'left', 'left', 'left');
    expect(s.overlay).toMatchObject({ page: expect.any(Number) });
    expect((s.overlay as { page: number }).page).toBeGreaterThan(2);
    s = press(s, 'q');
    expect(s.overlay).toBeUndefined();
    expect(s.quit).toBe(false);
    s = press(s, 'e', '\x1bOP');
    expect(s.overlay?.kind).toBe('help');
  });
});

describe('practice reducer: live estimator', () => {
  const atCapacity = () => press(makeState({ current_step: CAPACITY }), 'tab', 'tab');

  test('the capacity step opens on the estimator', () => {
    const s = atCapacity();
    expect(s.focus).toBe('panel');
    expect(activeContexts(s)[0]).toBe('estimator');
    expect(selectedRow(s.estimator, 'estimation')?.key).toBe('users');
  });

  test('a problem that cannot be estimated says why in the footer, whether the engine is there at once or loads later', () => {
    const broken = () => {
      throw new EstimateError('write_qps: unknown name nope');
    };
    const ready = initialPracticeState({ ...makeContext(), engine: broken }, makeSession());
    expect(ready.estimator.failure).toBe('write_qps: unknown name nope');
    expect(ready.notice).toBe('estimates unavailable: write_qps: unknown name nope');
    const loaded = practiceReducer(initialPracticeState({ ...makeContext(), engine: undefined }, makeSession()), { type: 'engine', run: broken });
    expect(loaded.notice).toBe('estimates unavailable: write_qps: unknown name nope');
  });

  test('saved values that no longer evaluate are set aside with a notice', () => {
    const s = makeState({ overrides: { users: 'lots' } });
    expect(s.estimator.shown?.get('users')?.display).toBe(makeState().estimator.shown?.get('users')?.display);
    expect(s.notice).toMatch(/^saved values not used: /);
  });

  test('typing a value recomputes every estimate at once; Enter saves the override', () => {
    let s = press(atCapacity(), 'return');
    expect(s.estimator.draft?.field.text).toBe('1000');
    const before = s.estimator.shown!.get('write_qps')!.value;
    s = press(s, 'ctrl+u', '2K');
    expect(s.estimator.shown!.get('write_qps')!.value).toBeCloseTo(before * 2);
    expect(s.session.overrides).toEqual({});
    s = press(s, 'return');
    expect(s.session.overrides).toEqual({ users: '2K' });
    expect(s.estimator.draft).toBeUndefined();
    expect(s.estimator.committed!.assumptions.find((a) => a.key === 'users')!.changed).toBe(true);
  });

  test('invalid input shows the error and keeps the last good value; Enter does not save it', () => {
    let s = press(atCapacity(), 'return', 'end', ' apples');
    expect(s.estimator.draft?.error).toMatch(/users/);
    expect(s.estimator.shown!.get('users')!.value).toBe(1000);
    s = press(s, 'return');
    expect(s.estimator.draft).toBeDefined();
    expect(s.session.overrides).toEqual({});
    s = press(s, 'escape');
    expect(s.estimator.draft).toBeUndefined();
    expect(s.estimator.shown).toBe(s.estimator.committed);
  });

  test('Esc after a good draft puts the saved values back; u resets an override', () => {
    let s = press(atCapacity(), 'return', 'end', '0');
    expect(s.estimator.shown!.get('users')!.value).toBe(10_000);
    s = press(s, 'escape');
    expect(s.estimator.shown!.get('users')!.value).toBe(1000);
    s = press(s, 'return', 'end', '0', 'return');
    expect(s.session.overrides).toEqual({ users: '10000' });
    s = press(s, 'u');
    expect(s.session.overrides).toEqual({});
    expect(s.estimator.shown!.get('users')!.value).toBe(1000);
  });

  test('typing the default again removes the override', () => {
    let s = press(atCapacity(), 'return', 'end', '0', 'return');
    s = press(s, 'return', 'backspace', 'return');
    expect(s.session.overrides).toEqual({});
  });

  test('estimates are not editable, and say so', () => {
    let s = atCapacity();
    for (let i = 0; i < 10; i++) s = press(s, 'down');
    expect(selectedRow(s.estimator, 'estimation')?.editable).toBe(false);
    s = press(s, 'return');
    expect(s.estimator.draft).toBeUndefined();
    expect(s.notice).toMatch(/computed/);
  });

  test('the cost step edits prices', () => {
    let s = press(makeState({ current_step: COST }), 'tab', 'tab');
    const row = selectedRow(s.estimator, 'cost')!;
    expect(row.key).toMatch(/^price_/);
    s = press(s, 'return', 'ctrl+a', '2*');
    s = press(s, 'return');
    expect(s.session.overrides[row.key]).toMatch(/^2\*/);
  });

  test('keys typed in a field never reach the notes or the commands', () => {
    const s = press(atCapacity(), 'return', 'q', 'd', 'ctrl+n');
    expect(s.quit).toBe(false);
    expect(s.session.done).toEqual([]);
    expect(s.session.current_step).toBe(CAPACITY);
    expect(s.estimator.draft?.field.text).toBe('1000qd');
  });
});

describe('practice reducer: architecture', () => {
  const atArchitecture = (patch = {}) => press(makeState({ current_step: ARCHITECTURE, ...patch }), 'tab', 'tab');
  const listed = (s: ReturnType<typeof makeState>) => archRows(EMPTY_DIAGRAM, s.session.architecture).map((r) => r.text);

  test('starts empty in practice and in a mock: the reference design is not the start of the candidate\'s', () => {
    for (const mode of ['practice', 'mock'] as const) {
      const s = atArchitecture({ mode });
      expect(listed(s)).toEqual(['Components', 'Connections']);
      // Nothing to remove, nothing selected.
      expect(press(s, 'x', 'down').session).toBe(s.session);
    }
  });

  test('add a component and a connection, then remove them', () => {
    let s = atArchitecture();
    expect(activeContexts(s)[0]).toBe('architecture');
    s = press(s, 'a', 'Client : client', 'return', 'a', 'Rate limiter : service', 'return');
    expect(s.session.architecture.added_components).toEqual([
      { id: 'client', label: 'Client', kind: 'client' },
      { id: 'rate_limiter', label: 'Rate limiter', kind: 'service' },
    ]);
    s = press(s, 'c', 'client -> rate limiter : HTTPS', 'return');
    expect(s.session.architecture.added_connections).toEqual([{ from: 'client', to: 'rate_limiter', label: 'HTTPS' }]);
    expect(listed(s)).toEqual(['Components', '[Client] client', '[Rate limiter] service', 'Connections', '[Client] --HTTPS--> [Rate limiter]']);
    s = press(s, 'x');
    expect(s.session.architecture.added_connections).toEqual([]);
  });

  test('a and c work on the step from the step list and the guide too: the editor takes the focus; in the notes they are letters', () => {
    const inNotes = makeState({ current_step: ARCHITECTURE });
    expect(inNotes.focus).toBe('notes');
    const typed = press(inNotes, 'a');
    expect(typed.archField).toBeUndefined();
    expect(typed.session.notes['high-level-architecture']).toBe('a');

    const fromSteps = press(inNotes, 'escape');
    expect(activeContexts(fromSteps)).toContain('architecture-step');
    let s = press(fromSteps, 'a');
    expect(s).toMatchObject({ focus: 'panel', panel: 'tool', archField: { mode: 'component' } });
    s = press(s, 'API : service', 'return');
    expect(s.session.architecture.added_components).toEqual([{ id: 'api', label: 'API', kind: 'service' }]);
    expect(activeContexts(s)[0]).toBe('architecture');

    const fromGuide = press(s, 'g');
    expect(fromGuide.panel).toBe('guide');
    expect(press(fromGuide, 'c')).toMatchObject({ focus: 'panel', panel: 'tool', archField: { mode: 'connection' } });
    // x acts on the chosen row, so only in the editor: from the step list it does nothing.
    expect(press(fromSteps, 'x').session).toBe(fromSteps.session);
  });

  test('other steps keep a, c and x for what they do there', () => {
    const capacity = press(makeState({ current_step: CAPACITY }), 'escape');
    expect(activeContexts(capacity)).not.toContain('architecture-step');
    expect(press(capacity, 'a').archField).toBeUndefined();
  });

  test('x on a component you added removes it and its connections', () => {
    let s = press(atArchitecture(), 'a', 'API : service', 'return', 'a', 'Queue : queue', 'return', 'c', 'api -> queue', 'return');
    expect(s.session.architecture.added_connections).toEqual([{ from: 'api', to: 'queue' }]);
    // Select the added component (components come first in the list), then remove it.
    const selected = () => selectableArchRows(archRows(EMPTY_DIAGRAM, s.session.architecture))[s.archSelected];
    while (selected()?.text !== '[Queue] queue') s = press(s, 'up');
    s = press(s, 'x');
    expect(s.session.architecture).toEqual({ added_components: [{ id: 'api', label: 'API', kind: 'service' }], removed_components: [], added_connections: [], removed_connections: [] });
    expect(listed(s).join('\n')).not.toContain('Queue');
  });

  test('a connection names components you drew, not the reference\'s', () => {
    // The tiny problem's reference has a Client and an API; the candidate has drawn neither.
    let s = press(atArchitecture(), 'c', 'client -> api', 'return');
    expect(s.archField?.error).toMatch(/no component 'client'/);
    s = press(s, 'escape');
    expect(s.archField).toBeUndefined();
  });
});
