import { isTimeUp } from '../../core/mock/clock.js';
import type { PriceTable } from '../../core/prices/schema.js';
import type { Problem } from '../../core/problem/schema.js';
import type { ReferenceCard } from '../../core/reference/schema.js';
import type { Session } from '../../core/session/schema.js';
import type { Framework, Step } from '../../core/template/schema.js';
import { createEditor, rowCount, type EditorState } from '../editor/editor.js';
import type { LineInput } from '../editor/line-input.js';
import type { Command, KeyContext } from '../keymap.js';
import type { EstimateInputs, EstimateRunner } from '../../core/estimate/recompute.js';
import { coldRunner } from '../../core/mock/cold-estimate.js';
import { isJudgedMock } from '../../core/mock/sealed.js';
import { initialEstimator, pendingEstimator, type EstimatorState } from './estimator.js';
import { estimatorSplit, practiceLayout, type PracticeLayout } from './layout.js';

/** What the practice screen is built from; it never changes while the screen is open. */
export interface PracticeContext {
  readonly problem: Problem;
  readonly framework: Framework;
  readonly cards: readonly ReferenceCard[];
  readonly prices: PriceTable | undefined;
  /** The estimation engine, once loaded (the screen asks for it after its first frame). */
  readonly engine: EstimateRunner | undefined;
}

export type Focus = 'steps' | 'panel' | 'notes';
export const FOCUS_ORDER: readonly Focus[] = ['steps', 'panel', 'notes'];

export type Overlay = { readonly kind: 'help'; readonly scroll: number } | { readonly kind: 'reference'; readonly page: number; readonly scroll: number };

/** A one-line field on the architecture step. */
export interface ArchField {
  readonly mode: 'component' | 'connection';
  readonly input: LineInput;
  readonly error: string | undefined;
}

/**
 * The practice screen's state: what the screen shows (focus, editor, overlay,
 * ...) and the session it edits. Only the reducer's view of it: the screen
 * keeps the session in its store, passes the store's current value in with
 * every action and writes the reducer's next session back to the store.
 */
export interface PracticeState {
  readonly ctx: PracticeContext;
  /** The session being edited, as the store has it. */
  readonly session: Session;
  readonly columns: number;
  readonly rows: number;
  readonly focus: Focus;
  /** The step highlighted in the step list (Enter goes there). */
  readonly cursor: number;
  /** On estimation, cost and architecture steps the panel shows the tool or the guide. */
  readonly panel: 'guide' | 'tool';
  readonly guideScroll: number;
  readonly editor: EditorState;
  readonly overlay: Overlay | undefined;
  readonly estimator: EstimatorState;
  /** The estimator given the whole body (z) while it has the focus: two columns at 80 wide, more rows. */
  readonly zoomed: boolean;
  readonly archSelected: number;
  readonly archField: ArchField | undefined;
  /** One line for the footer until the next key. */
  readonly notice: string | undefined;
  readonly quit: boolean;
  /** Clock ticks left before a first Ctrl+X (end the mock) lapses; 0 when not armed. */
  readonly endArmedFor: number;
  /** `h` asked whether to show the step's reference design (practice only); y shows it, n does not. */
  readonly confirmReference: boolean;
}

/** The screen's own part of the state: everything but the session, which lives in the store. */
export type PracticeView = Omit<PracticeState, 'session'>;

/** How long a first Ctrl+X waits for the second (in clock ticks, one a second). */
export const END_CONFIRM_SECONDS = 5;

export type PracticeAction =
  | { readonly type: 'key'; readonly key: import('../keys/parse-key.js').KeyPress }
  | { readonly type: 'command'; readonly command: Command }
  /** Time passes: on the current step, or on the mock clock in a mock. */
  | { readonly type: 'tick'; readonly seconds: number }
  | { readonly type: 'resize'; readonly columns: number; readonly rows: number }
  | { readonly type: 'engine'; readonly run: EstimateRunner };

export const layoutOf = (state: Pick<PracticeState, 'columns' | 'rows'>): PracticeLayout => practiceLayout(state.columns, state.rows);

export const stepCount = (state: PracticeState): number => state.ctx.framework.steps.length;
export const stepIndex = (state: PracticeState): number => Math.min(Math.max(0, state.session.current_step), stepCount(state) - 1);
export const currentStep = (state: PracticeState): Step => state.ctx.framework.steps[stepIndex(state)]!;
export const hasTool = (step: Step): boolean => step.kind !== 'notes';
export const showsTool = (state: PracticeState): boolean => hasTool(currentStep(state)) && state.panel === 'tool';
/** The estimator has the whole body: zoomed, and the estimator is what has the focus. */
export const estimatorZoomed = (state: PracticeState): boolean =>
  state.zoomed && !state.overlay && state.focus === 'panel' && showsTool(state) && currentStep(state).kind !== 'architecture';
/** The rows of the panel and of the notes below it: beside the estimator the notes keep only what their text needs. */
export function panelSplit(state: PracticeState): { readonly panelHeight: number; readonly notesHeight: number } {
  const layout = layoutOf(state);
  const besideEstimator = showsTool(state) && currentStep(state).kind !== 'architecture';
  return besideEstimator ? estimatorSplit(layout, rowCount(state.editor)) : { panelHeight: layout.panelHeight, notesHeight: layout.notesHeight };
}
export const hintsShown = (state: PracticeState, step: Step): number => state.session.hints_shown[step.id] ?? 0;

/**
 * The engine inputs; only called once the engine is there (the estimator has no rows before).
 * A mock's estimator shows no computed estimate or cost before the report (src/core/mock/cold-estimate.ts).
 */
export const estimateInputs = (state: Pick<PracticeState, 'ctx' | 'session'>): EstimateInputs => ({
  run: state.session.mode === 'mock' ? coldRunner(state.ctx.engine!) : state.ctx.engine!,
  problem: state.ctx.problem,
  prices: state.ctx.prices,
  conventions: state.session.conventions,
});

/** The contexts whose keys apply now, most specific first. */
export function activeContexts(state: PracticeState): KeyContext[] {
  // The mock keys while its clock can still run; a mock that is over only has its notes.
  const mock: KeyContext[] = state.session.mock && !isTimeUp(state.session.mock) ? ['mock'] : [];
  if (state.overlay) return state.overlay.kind === 'reference' ? ['reference', 'overlay'] : ['overlay'];
  if (state.confirmReference) return ['confirm-reference'];
  if (state.estimator.draft || state.archField) return ['field', 'line-edit'];
  switch (state.focus) {
    case 'notes':
      return ['notes', 'always', ...mock];
    case 'steps':
      return ['steps', ...architectureStep(state), 'browse', 'always', ...mock];
    case 'panel': {
      const step = currentStep(state);
      const pane: KeyContext = !showsTool(state) ? 'guide' : step.kind === 'architecture' ? 'architecture' : 'estimator';
      return [pane, ...(pane === 'architecture' ? [] : architectureStep(state)), 'browse', 'always', ...mock];
    }
  }
}

/** The architecture step's own keys (add a component or a connection) when its editor does not have the focus. */
const architectureStep = (state: PracticeState): KeyContext[] => (currentStep(state).kind === 'architecture' ? ['architecture-step'] : []);

/** The footer's line on a mock that is over: read-only, and where its report is (the notes title says how to practise again; both fit 80 columns). */
export const judgedNotice = (session: Pick<Session, 'id'>): string => `Mock over: read-only. Report: hld mock --resume ${session.id}`;

export function initialPracticeState(ctx: PracticeContext, session: Session, columns = 80, rows = 24): PracticeState {
  const current = Math.min(Math.max(0, session.current_step), ctx.framework.steps.length - 1);
  const step = ctx.framework.steps[current]!;
  const layout = practiceLayout(columns, rows);
  const cold = session.mode === 'mock';
  const { notice, ...estimator } = ctx.engine
    ? initialEstimator(estimateInputs({ ctx, session }), session.overrides, cold)
    : { ...pendingEstimator(cold), notice: undefined };
  return {
    ctx,
    session,
    columns,
    rows,
    focus: 'notes',
    cursor: current,
    panel: hasTool(step) ? 'tool' : 'guide',
    guideScroll: 0,
    editor: createEditor(session.notes[step.id] ?? '', layout.paneWidth, layout.notesHeight),
    overlay: undefined,
    estimator,
    zoomed: false,
    archSelected: 0,
    archField: undefined,
    notice: isJudgedMock(session) ? judgedNotice(session) : notice,
    quit: false,
    endArmedFor: 0,
    confirmReference: false,
  };
}
