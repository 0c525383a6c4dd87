import { computeEstimate, overridesWith, type EstimateInputs } from '../../core/estimate/recompute.js';
import type { EstimateReport, ReportEntry } from '../../core/estimate/types.js';
import type { StepKind } from '../../core/template/schema.js';
import { lineInput, lineInputReducer, type LineInput, type LineInputAction } from '../editor/line-input.js';

/**
 * The live estimator: the report for the saved overrides, a draft value being
 * typed, and the report the draft gives. A draft that does not evaluate keeps
 * the last good report on screen with the one-line error beside it.
 */
export interface EstimatorState {
  /** Index among the selectable rows. */
  readonly selected: number;
  readonly committed: EstimateReport | undefined;
  /** What the table shows: the committed report, or the last good one while a draft is typed. */
  readonly shown: EstimateReport | undefined;
  /** The problem cannot be estimated at all (a broken formula); nothing is editable. */
  readonly failure: string | undefined;
  readonly draft: Draft | undefined;
}

export interface Draft {
  readonly key: string;
  readonly field: LineInput;
  readonly error: string | undefined;
}

export type EstimatorRow =
  | { readonly type: 'heading'; readonly text: string }
  | {
      readonly type: 'value';
      readonly key: string;
      readonly label: string;
      readonly display: string;
      readonly changed: boolean;
      /** Assumptions and prices can be changed; estimates and costs are computed. */
      readonly editable: boolean;
      readonly input: string;
    };

/** The estimator before the engine has loaded: nothing to show yet. */
export const pendingEstimator = (): EstimatorState => ({ selected: 0, committed: undefined, shown: undefined, failure: undefined, draft: undefined });

/**
 * The estimator for saved overrides, and a notice for the footer when something is wrong: overrides that no
 * longer evaluate (the problem file changed) are set aside, and a problem that cannot be estimated says why.
 */
export function initialEstimator(inputs: EstimateInputs, overrides: Readonly<Record<string, string>>): EstimatorState & { notice?: string } {
  const saved = computeEstimate(inputs, overrides);
  if ('report' in saved) return { selected: 0, committed: saved.report, shown: saved.report, failure: undefined, draft: undefined };
  const defaults = computeEstimate(inputs, {});
  if ('report' in defaults) {
    return { selected: 0, committed: defaults.report, shown: defaults.report, failure: undefined, draft: undefined, notice: `saved values not used: ${saved.error}` };
  }
  return { selected: 0, committed: undefined, shown: undefined, failure: defaults.error, draft: undefined, notice: `estimates unavailable: ${defaults.error}` };
}

const valueRow = (entry: ReportEntry, editable: boolean): EstimatorRow => ({
  type: 'value',
  key: entry.key,
  label: entry.label,
  display: entry.display,
  changed: 'changed' in entry ? entry.changed : false,
  editable,
  input: 'input' in entry ? entry.input : '',
});

/** The table for a step: capacity steps show assumptions, estimates and costs; cost steps prices and costs. */
export function estimatorRows(report: EstimateReport, kind: StepKind): EstimatorRow[] {
  const rows: EstimatorRow[] = [];
  const section = (text: string, entries: readonly ReportEntry[], editable: boolean) => {
    if (entries.length === 0) return;
    rows.push({ type: 'heading', text });
    for (const entry of entries) rows.push(valueRow(entry, editable));
  };
  if (kind === 'cost') {
    section('Prices (editable)', report.prices, true);
    section('Cost per month', [...report.costs, report.total], false);
    section('Assumptions (editable)', report.assumptions, true);
  } else {
    section('Assumptions (editable)', report.assumptions, true);
    section('Estimates', report.estimates, false);
    section('Cost per month', [...report.costs, report.total], false);
  }
  return rows;
}

export const selectableRows = (rows: readonly EstimatorRow[]) =>
  rows.filter((r): r is Extract<EstimatorRow, { type: 'value' }> => r.type === 'value');

export function moveSelection(state: EstimatorState, kind: StepKind, delta: number): EstimatorState {
  if (!state.shown) return state;
  const count = selectableRows(estimatorRows(state.shown, kind)).length;
  const selected = Math.max(0, Math.min(count - 1, state.selected + delta));
  return selected === state.selected ? state : { ...state, selected };
}

export function selectedRow(state: EstimatorState, kind: StepKind) {
  if (!state.shown) return undefined;
  return selectableRows(estimatorRows(state.shown, kind))[state.selected];
}

/** Start typing a new value for the selected assumption or price, starting from its current text. */
export function startDraft(state: EstimatorState, kind: StepKind): EstimatorState {
  const row = selectedRow(state, kind);
  if (!row || !row.editable) return state;
  return { ...state, draft: { key: row.key, field: lineInput(row.input), error: undefined } };
}

/** One edit to the draft, and the estimate recomputed with it. */
export function editDraft(
  state: EstimatorState,
  action: LineInputAction,
  inputs: EstimateInputs,
  overrides: Readonly<Record<string, string>>,
): EstimatorState {
  const draft = state.draft;
  if (!draft) return state;
  const field = lineInputReducer(draft.field, action);
  if (field === draft.field) return state;
  return evaluateDraft({ ...state, draft: { ...draft, field } }, inputs, overrides);
}

function evaluateDraft(state: EstimatorState, inputs: EstimateInputs, overrides: Readonly<Record<string, string>>): EstimatorState {
  const draft = state.draft!;
  if (draft.field.text.trim() === '') {
    return { ...state, draft: { ...draft, error: 'type a value, e.g. 500M, 2 KB, 20% or mau * 0.5 (Esc keeps the old one)' } };
  }
  const result = computeEstimate(inputs, { ...overrides, [draft.key]: draft.field.text });
  if ('error' in result) return { ...state, draft: { ...draft, error: result.error } };
  return { ...state, shown: result.report, draft: { ...draft, error: undefined } };
}

/**
 * Accept the draft: the new overrides to save, or the draft kept open when it
 * does not evaluate. A value equal to the default removes the override.
 */
export function commitDraft(
  state: EstimatorState,
  overrides: Readonly<Record<string, string>>,
): { state: EstimatorState; overrides: Record<string, string> | undefined } {
  const draft = state.draft;
  if (!draft) return { state, overrides: undefined };
  if (draft.error !== undefined || !state.shown) return { state, overrides: undefined };
  return { state: { ...state, committed: state.shown, draft: undefined }, overrides: overridesWith(state.shown, overrides, draft.key, draft.field.text) };
}

export function cancelDraft(state: EstimatorState): EstimatorState {
  return state.draft ? { ...state, shown: state.committed, draft: undefined } : state;
}

/** Put the selected value back to the problem's default (or the price table's). */
export function resetSelected(
  state: EstimatorState,
  kind: StepKind,
  inputs: EstimateInputs,
  overrides: Readonly<Record<string, string>>,
): { state: EstimatorState; overrides: Record<string, string> | undefined } {
  const row = selectedRow(state, kind);
  if (!row || !row.editable || overrides[row.key] === undefined) return { state, overrides: undefined };
  const next = { ...overrides };
  delete next[row.key];
  const result = computeEstimate(inputs, next);
  if ('error' in result) return { state, overrides: undefined };
  return { state: { ...state, committed: result.report, shown: result.report }, overrides: next };
}
