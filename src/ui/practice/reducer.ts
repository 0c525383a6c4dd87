import { tickSession, updateSessionClock, type ClockAction } from '../../core/mock/clock.js';
import type { Session } from '../../core/session/schema.js';
import { createEditor, editorReducer, editorText, type EditorAction } from '../editor/editor.js';
import { lineInput, lineInputReducer } from '../editor/line-input.js';
import { editorActionFor, lineInputActionFor } from '../editor/key-actions.js';
import { isTextCommand, resolveKey, type Command, type TextCommand } from '../keymap.js';
import { keysOf, type KeyPress } from '../keys/parse-key.js';
import { addComponent, addConnection, archRows, EMPTY_DIAGRAM, selectableArchRows, toggleRow } from '../../core/architecture.js';
import {
  cancelDraft,
  commitDraft,
  conventionOfRow,
  conventionRowKey,
  cycleConvention,
  editDraft,
  initialEstimator,
  moveSelection,
  resetSelected,
  selectedRow,
  selectKey,
  startDraft,
} from './estimator.js';
import type { EstimateRunner } from '../../core/estimate/recompute.js';
import { guideLines } from './guide.js';
import { HIDDEN_ESTIMATES_KEY } from '../../core/mock/cold-estimate.js';
import { changedJudgedField, isJudgedMock } from '../../core/mock/sealed.js';
import { HINT_COSTS, HINT_KIND_WORDS, hintProgress } from '../../core/hints.js';
import { overlayHeight } from './layout.js';
import { helpPage, referencePages } from './overlays.js';
import {
  activeContexts,
  currentStep,
  estimateInputs,
  FOCUS_ORDER,
  hasTool,
  judgedNotice,
  END_CONFIRM_SECONDS,
  layoutOf,
  panelSplit,
  showsTool,
  stepCount,
  stepIndex,
  type PracticeAction,
  type PracticeState,
} from './state.js';

/**
 * The practice screen's state machine. Every key goes through here: the keymap
 * says which command it is in the current context, and anything that is not a
 * command is typing for the focused text field.
 */
export function practiceReducer(state: PracticeState, action: PracticeAction): PracticeState {
  const next = reduce(state, action);
  if (next === state || !isJudgedMock(state.session)) return next;
  // A mock that is over is read-only: a change to its answer (or a field opened to make one) is refused, saying why.
  const opensField = (!state.estimator.draft && next.estimator.draft !== undefined) || (!state.archField && next.archField !== undefined);
  if (!opensField && !changedJudgedField(state.session, next.session)) return next;
  return { ...state, notice: judgedNotice(state.session) };
}

function reduce(state: PracticeState, action: PracticeAction): PracticeState {
  switch (action.type) {
    case 'key':
      return onKey(state.notice === undefined ? state : { ...state, notice: undefined }, action.key);
    case 'command':
      return isTextCommand(action.command) ? state : runCommand(state, action.command);
    case 'tick':
      return tick(state, action.seconds);
    case 'resize':
      return resize(state, action.columns, action.rows);
    case 'engine':
      return engineReady(state, action.run);
  }
}

const typing = (state: PracticeState): boolean =>
  !state.overlay && (state.focus === 'notes' || state.estimator.draft !== undefined || state.archField !== undefined);

function onKey(state: PracticeState, key: KeyPress): PracticeState {
  // Outside a text field, a run of characters (fast typing, a paste) is a series of keys.
  if (key.name === 'text' && key.text.length > 1 && !typing(state)) return keysOf(key.text).reduce(onKey, state);
  const binding = resolveKey(key, activeContexts(state));
  if (!binding) return state;
  return isTextCommand(binding.command) ? editText(state, binding.command, key) : runCommand(state, binding.command);
}

/** An editing command for the text being typed: a field's value, or the notes. */
function editText(state: PracticeState, command: TextCommand, key: KeyPress): PracticeState {
  if (state.overlay) return state;
  if (state.estimator.draft) {
    const edit = lineInputActionFor(command, key);
    return edit ? { ...state, estimator: editDraft(state.estimator, edit, estimateInputs(state), state.session.overrides) } : state;
  }
  if (state.archField) {
    const edit = lineInputActionFor(command, key);
    if (!edit) return state;
    return { ...state, archField: { ...state.archField, input: lineInputReducer(state.archField.input, edit), error: undefined } };
  }
  if (state.focus === 'notes') {
    const edit = editorActionFor(command, key);
    return edit ? editNotes(state, edit) : state;
  }
  return state;
}

function editNotes(state: PracticeState, edit: EditorAction): PracticeState {
  const editor = editorReducer(state.editor, edit);
  if (editor === state.editor) return state;
  // The editor replaces its lines only when the text changes: no need to join and compare 100k characters.
  if (editor.lines === state.editor.lines) return { ...state, editor };
  const text = editorText(editor);
  const id = currentStep(state).id;
  const notes = { ...state.session.notes };
  if (text === '') delete notes[id];
  else notes[id] = text;
  return { ...state, editor, session: { ...state.session, notes } };
}

const withSession = (state: PracticeState, patch: Partial<Session>): PracticeState => ({ ...state, session: { ...state.session, ...patch } });

/** A mock clock action (core's updateSessionClock); the state stays the same object when the clock does not change. */
function onClock(state: PracticeState, action: ClockAction): PracticeState {
  const session = updateSessionClock(state.session, action, state.ctx.framework);
  return session === state.session ? state : { ...state, session };
}
const say = (state: PracticeState, notice: string): PracticeState => ({ ...state, notice });

export function goToStep(state: PracticeState, index: number): PracticeState {
  const count = stepCount(state);
  const target = Math.max(0, Math.min(count - 1, index));
  if (target === stepIndex(state)) return { ...state, cursor: target };
  const step = state.ctx.framework.steps[target]!;
  const layout = layoutOf(state);
  return {
    ...withSession(state, { current_step: target }),
    cursor: target,
    panel: hasTool(step) ? 'tool' : 'guide',
    guideScroll: 0,
    editor: createEditor(state.session.notes[step.id] ?? '', layout.paneWidth, layout.notesHeight),
    estimator: { ...cancelDraft(state.estimator), selected: 0 },
    archField: undefined,
    archSelected: 0,
    confirmReference: false,
    focus: state.focus === 'panel' && !hasTool(step) && state.panel === 'tool' ? 'steps' : state.focus,
  };
}

function guideLimit(state: PracticeState): number {
  const layout = layoutOf(state);
  const step = currentStep(state);
  const { lines } = guideLines(step, state.ctx.problem, state.session, layout.paneWidth);
  return Math.max(0, lines.length - layout.panelHeight);
}

const scrollGuide = (state: PracticeState, delta: number): PracticeState => ({
  ...state,
  guideScroll: Math.max(0, Math.min(guideLimit(state), state.guideScroll + delta)),
});

function overlayLimit(state: PracticeState): number {
  const overlay = state.overlay;
  if (!overlay) return 0;
  const layout = layoutOf(state);
  const page = overlay.kind === 'help' ? helpPage(layout.columns) : referencePages(state.ctx.cards, state.ctx.prices, layout.columns)[overlay.page];
  return Math.max(0, (page?.lines.length ?? 0) - overlayHeight(layout));
}

function scrollOverlay(state: PracticeState, delta: number): PracticeState {
  const overlay = state.overlay;
  if (!overlay) return state;
  const scroll = Math.max(0, Math.min(overlayLimit(state), overlay.scroll + delta));
  return { ...state, overlay: { ...overlay, scroll } };
}

function flipReference(state: PracticeState, delta: number): PracticeState {
  const overlay = state.overlay;
  if (overlay?.kind !== 'reference') return state;
  const count = referencePages(state.ctx.cards, state.ctx.prices, layoutOf(state).columns).length;
  if (count === 0) return state;
  return { ...state, overlay: { kind: 'reference', page: (overlay.page + delta + count) % count, scroll: 0 } };
}

function runCommand(state: PracticeState, command: Exclude<Command, TextCommand>): PracticeState {
  const step = currentStep(state);
  const tool = showsTool(state) ? step.kind : undefined;
  const page = Math.max(1, panelSplit(state).panelHeight - 1);
  switch (command) {
    case 'quit':
      return { ...state, quit: true, estimator: cancelDraft(state.estimator), archField: undefined, confirmReference: false };
    case 'focus-next':
    case 'focus-prev': {
      const delta = command === 'focus-next' ? 1 : FOCUS_ORDER.length - 1;
      const focus = FOCUS_ORDER[(FOCUS_ORDER.indexOf(state.focus) + delta) % FOCUS_ORDER.length]!;
      return { ...state, focus, cursor: focus === 'steps' ? stepIndex(state) : state.cursor };
    }
    case 'next-step':
      return stepIndex(state) === stepCount(state) - 1 ? say(state, 'This is the last step. Press q to save and quit.') : goToStep(state, stepIndex(state) + 1);
    case 'prev-step':
      return stepIndex(state) === 0 ? say(state, 'This is the first step.') : goToStep(state, stepIndex(state) - 1);
    case 'toggle-done': {
      const done = state.session.done.includes(step.id);
      const next = withSession(state, { done: done ? state.session.done.filter((id) => id !== step.id) : [...state.session.done, step.id] });
      return say(next, done ? `"${step.title}" is no longer marked done.` : `"${step.title}" marked done.`);
    }
    case 'reveal-hint': {
      const { levels, shown } = hintProgress(state.ctx.problem, step, state.session);
      const next = levels[shown];
      if (!next) {
        const later = state.session.mode === 'mock' ? '; the reference design waits for the report' : '';
        return say({ ...state, panel: 'guide' }, `Every hint for this step is shown${later}.`);
      }
      // The reference is the answer: it takes a second, deliberate key.
      if (next.kind === 'reference') return askForReference(state);
      return revealHint(state, shown + 1);
    }
    case 'show-reference':
      return askForReference(state);
    case 'reference-confirm':
      // The reference is the last level: every level up to it is revealed (and counted).
      return state.confirmReference ? revealHint({ ...state, confirmReference: false }, hintProgress(state.ctx.problem, step, state.session).levels.length) : state;
    case 'reference-cancel':
      return say({ ...state, confirmReference: false }, 'The reference stays hidden.');
    case 'toggle-panel':
      if (!hasTool(step)) return say(state, 'This step has only the guide.');
      return { ...state, panel: state.panel === 'tool' ? 'guide' : 'tool', guideScroll: 0 };
    case 'edit-notes':
      return { ...state, focus: 'notes' };
    case 'leave-notes':
      return { ...state, focus: 'steps', cursor: stepIndex(state) };
    case 'open-help':
      return { ...state, overlay: { kind: 'help', scroll: 0 } };
    case 'open-reference':
      return { ...state, overlay: { kind: 'reference', page: 0, scroll: 0 } };
    case 'close-overlay':
      return { ...state, overlay: undefined };
    case 'page-next':
      return flipReference(state, 1);
    case 'page-prev':
      return flipReference(state, -1);
    case 'move-up':
    case 'move-down':
    case 'page-up':
    case 'page-down': {
      const delta = command === 'move-up' ? -1 : command === 'move-down' ? 1 : command === 'page-up' ? -page : page;
      if (state.overlay) return scrollOverlay(state, delta);
      if (state.focus === 'steps') return { ...state, cursor: Math.max(0, Math.min(stepCount(state) - 1, state.cursor + delta)) };
      if (tool === 'architecture') {
        const count = selectableArchRows(archRows(EMPTY_DIAGRAM, state.session.architecture)).length;
        return { ...state, archSelected: Math.max(0, Math.min(count - 1, state.archSelected + delta)) };
      }
      if (tool) return { ...state, estimator: moveSelection(state.estimator, step.kind, delta) };
      return scrollGuide(state, delta);
    }
    case 'activate':
      if (state.focus === 'steps') return goToStep({ ...state, focus: 'notes' }, state.cursor);
      if (tool === 'estimation' || tool === 'cost') {
        const row = selectedRow(state.estimator, step.kind);
        if (row?.key === HIDDEN_ESTIMATES_KEY) return say(state, 'In a mock you work out the estimates in your notes; the report checks them.');
        if (row && conventionOfRow(row.key)) return nextConventionOf(state);
        if (row?.group === 'check') return say(state, `${row.label} is a design check; change an assumption it depends on (marked ◂).`);
        if (row && !row.editable) return say(state, `${row.label} is computed; change an assumption above it.`);
        return { ...state, estimator: startDraft(state.estimator, step.kind) };
      }
      return state;
    case 'next-convention': {
      if (tool !== 'estimation' && tool !== 'cost') return state;
      // On a convention: its next choice. Elsewhere: go to the conventions first, so a key never changes one unseen.
      if (conventionOfRow(selectedRow(state.estimator, step.kind)?.key ?? '')) return nextConventionOf(state);
      return { ...state, estimator: selectKey(state.estimator, step.kind, conventionRowKey('secondsPerDay')) };
    }
    case 'toggle-zoom':
      if (tool !== 'estimation' && tool !== 'cost') return state;
      return { ...state, zoomed: !state.zoomed };
    case 'reset-value': {
      if (tool !== 'estimation' && tool !== 'cost') return state;
      const result = resetSelected(state.estimator, step.kind, estimateInputs(state), state.session.overrides);
      return result.overrides ? { ...withSession(state, { overrides: result.overrides }), estimator: result.state } : say(state, 'Already the default value.');
    }
    case 'add-component':
    case 'add-connection':
      // From the step list or the guide too: the editor comes into view and takes the focus, so after the field
      // ↑↓ and x act on what was added, and the footer shows the editor's keys.
      return {
        ...state,
        focus: 'panel',
        panel: 'tool',
        archField: { mode: command === 'add-component' ? 'component' : 'connection', input: lineInput(), error: undefined },
      };
    case 'remove-selected': {
      const row = selectableArchRows(archRows(EMPTY_DIAGRAM, state.session.architecture))[state.archSelected];
      return row ? withSession(state, { architecture: toggleRow(state.session.architecture, row) }) : state;
    }
    case 'field-commit':
      return commitField(state);
    case 'field-cancel':
      return { ...state, estimator: cancelDraft(state.estimator), archField: undefined };
    case 'home-next-framework':
    case 'home-prev-framework':
    case 'home-start':
    case 'home-switch-list':
    case 'go-top':
    case 'go-bottom':
    case 'drill-answer':
    case 'drill-next':
    case 'drill-givens-next':
    case 'drill-givens-prev':
    case 'drill-quit':
    case 'drill-close':
    case 'review-start':
    case 'review-accept':
    case 'review-overrule':
    case 'review-back':
    case 'review-next':
    case 'review-accept-rest':
    case 'review-save':
    case 'review-later':
      return state;
    case 'mock-pause':
      return onClock(state, { type: 'toggle-pause' });
    case 'mock-end':
      // A second Ctrl+X within a few seconds ends the mock; the first only asks.
      if (state.endArmedFor === 0) return state.session.mock ? { ...state, endArmedFor: END_CONFIRM_SECONDS } : state;
      return { ...onClock(state, { type: 'finish' }), endArmedFor: 0 };
  }
}

/**
 * Ask before showing the step's reference design (practice only; a mock keeps
 * it for the report). The cost said is what the report will count: the
 * reference and any level before it not yet revealed.
 */
function askForReference(state: PracticeState): PracticeState {
  const { levels, shown } = hintProgress(state.ctx.problem, currentStep(state), state.session);
  if (levels.at(-1)?.kind !== 'reference') {
    return say(state, state.session.mode === 'mock' ? 'In a mock the reference design waits for the report.' : 'This step has no reference design to show.');
  }
  if (shown >= levels.length) return say({ ...state, panel: 'guide' }, "This step's reference design is in the guide.");
  const cost = levels.slice(shown).reduce((sum, level) => sum + HINT_COSTS[level.kind], 0);
  return say({ ...state, panel: 'guide', confirmReference: true }, `y shows the reference design (the answer, -${cost} in the report) · n not now`);
}

/** Reveal hint levels up to `count` on the current step: the guide shows them and scrolls to the new one; the session counts it. */
function revealHint(state: PracticeState, count: number): PracticeState {
  const step = currentStep(state);
  const { levels, shown } = hintProgress(state.ctx.problem, step, state.session);
  const next = { ...withSession(state, { hints_shown: { ...state.session.hints_shown, [step.id]: count } }), panel: 'guide' as const };
  const level = levels[count - 1];
  const cost = levels.slice(shown, count).reduce((sum, l) => sum + HINT_COSTS[l.kind], 0);
  const { hintStart } = guideLines(step, state.ctx.problem, next.session, layoutOf(state).paneWidth);
  // v reveals the levels before the reference too: say so, or "-4.5" reads as the reference's own cost.
  const skipped = count - 1 - shown;
  const withEarlier = skipped > 0 ? ` and the ${skipped === 1 ? 'hint' : `${skipped} hints`} before it` : '';
  const said = level ? say(next, `Hint ${count}: ${HINT_KIND_WORDS[level.kind]}${withEarlier} (-${cost} in the report).`) : next;
  return { ...said, guideScroll: Math.min(hintStart, guideLimit(next)) };
}

/** The chosen convention moved to its next choice: stored in the session (the export uses it) and every value recomputed. */
function nextConventionOf(state: PracticeState): PracticeState {
  const result = cycleConvention(state.estimator, currentStep(state).kind, estimateInputs(state), state.session.overrides);
  if (!result) return state;
  const { notice, ...estimator } = result.state;
  return { ...withSession(state, { conventions: result.conventions }), estimator, notice: notice ?? state.notice };
}

function commitField(state: PracticeState): PracticeState {
  if (state.estimator.draft) {
    const result = commitDraft(state.estimator, state.session.overrides);
    if (!result.overrides) return state;
    return { ...withSession(state, { overrides: result.overrides }), estimator: result.state };
  }
  const field = state.archField;
  if (!field) return state;
  const edits = state.session.architecture;
  const add = field.mode === 'component' ? addComponent : addConnection;
  const result = add(EMPTY_DIAGRAM, edits, field.input.text);
  if ('error' in result) return { ...state, archField: { ...field, error: result.error } };
  const rows = selectableArchRows(archRows(EMPTY_DIAGRAM, result.edits));
  // Select what was just added: the last component, or the last connection.
  const lastOfKind = rows.map((r) => r.type).lastIndexOf(field.mode);
  return { ...withSession(state, { architecture: result.edits }), archField: undefined, archSelected: Math.max(0, lastOfKind) };
}

function engineReady(state: PracticeState, run: EstimateRunner): PracticeState {
  if (state.ctx.engine) return state;
  const next = { ...state, ctx: { ...state.ctx, engine: run } };
  const { notice, ...estimator } = initialEstimator(estimateInputs(next), state.session.overrides, state.estimator.cold);
  return { ...next, estimator, notice: notice ?? state.notice };
}

/** Time passes. A mock charges its clock and the current step while it runs (core's tickSession); practice charges the step. */
function tick(state: PracticeState, seconds: number): PracticeState {
  const armed = state.endArmedFor > 0 ? { ...state, endArmedFor: state.endArmedFor - 1 } : state;
  if (state.session.mock) {
    const session = tickSession(state.session, state.ctx.framework, seconds);
    return session === state.session ? armed : { ...armed, session };
  }
  const id = currentStep(state).id;
  const spent = state.session.time_spent[id] ?? 0;
  return withSession(armed, { time_spent: { ...state.session.time_spent, [id]: spent + seconds } });
}

function resize(state: PracticeState, columns: number, rows: number): PracticeState {
  if (columns === state.columns && rows === state.rows) return state;
  const layout = layoutOf({ columns, rows });
  const next = { ...state, columns, rows, editor: editorReducer(state.editor, { type: 'resize', width: layout.paneWidth, height: layout.notesHeight }) };
  return { ...next, guideScroll: Math.min(next.guideScroll, guideLimit(next)), overlay: next.overlay ? { ...next.overlay, scroll: 0 } : undefined };
}
