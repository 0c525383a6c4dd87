import { DEFAULT_CONVENTIONS, nextConvention, type ConventionField, type Conventions } from '../../core/conventions.js';
import { ratioText } from '../../core/estimate/ratio-text.js';
import { changeFromDefaults } from '../../core/estimate/graph.js';
import { computeEstimate, overridesWith, type EstimateInputs } from '../../core/estimate/recompute.js';
import type { CheckResult, EstimateReport, ReportEntry } from '../../core/estimate/types.js';
import { verdictWord } from '../../core/report/ranges.js';
import type { StepKind } from '../../core/template/schema.js';
import { lineInput, lineInputReducer, type LineInput, type LineInputAction } from '../editor/line-input.js';
import { numberText } from '../../core/units/number-text.js';

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
  /** The estimate at the problem's defaults (same conventions): what each row's change ("2.4x") is measured from. */
  readonly defaults: EstimateReport | undefined;
  /**
   * A mock: the design checks and what drives the key outputs stay hidden until
   * the report (they are the reference's decisions), like its estimates.
   */
  readonly cold: boolean;
}

export interface Draft {
  readonly key: string;
  readonly field: LineInput;
  readonly error: string | undefined;
}

/** What a value row is: the table puts what you set (left) beside what follows from it (right). */
export type RowGroup = 'assumption' | 'price' | 'convention' | 'estimate' | 'cost' | 'check';

/** Inputs on the left of a wide table, outputs on the right. */
export const INPUT_GROUPS: readonly RowGroup[] = ['assumption', 'price', 'convention'];

export interface ValueRow {
  readonly type: 'value';
  readonly key: string;
  readonly group: RowGroup;
  readonly label: string;
  readonly display: string;
  readonly changed: boolean;
  /** Assumptions, prices and conventions can be changed; estimates, costs and checks are computed. */
  readonly editable: boolean;
  readonly input: string;
  /** Its value over its value at the problem's defaults, when that differs (see changeText). */
  readonly change: number | undefined;
  /** `29–116 K/s`: P5 to P95 when some input is a range. */
  readonly spread: string | undefined;
}

export type EstimatorRow =
  | { readonly type: 'heading'; readonly text: string; readonly group: RowGroup }
  | ValueRow;

/** The estimator before the engine has loaded: nothing to show yet. */
export const pendingEstimator = (cold = false): EstimatorState => ({
  selected: 0,
  committed: undefined,
  shown: undefined,
  failure: undefined,
  draft: undefined,
  defaults: undefined,
  cold,
});

/**
 * The estimator for saved overrides, and a notice for the footer when something is wrong: overrides that no
 * longer evaluate (the problem file changed) are set aside, and a problem that cannot be estimated says why.
 */
export function initialEstimator(
  inputs: EstimateInputs,
  overrides: Readonly<Record<string, string>>,
  cold = false,
  selected = 0,
): EstimatorState & { notice?: string } {
  const saved = computeEstimate(inputs, overrides);
  const defaults = Object.keys(overrides).length === 0 ? saved : computeEstimate(inputs, {});
  const atDefaults = 'report' in defaults ? defaults.report : undefined;
  const base = { selected, failure: undefined, draft: undefined, defaults: atDefaults, cold };
  if ('report' in saved) return { ...base, committed: saved.report, shown: saved.report };
  if (atDefaults) return { ...base, committed: atDefaults, shown: atDefaults, notice: `saved values not used: ${saved.error}` };
  const why = 'error' in defaults ? defaults.error : saved.error;
  return { ...base, committed: undefined, shown: undefined, failure: why, notice: `estimates unavailable: ${why}` };
}

/** `29–116 K/s` when both ends share a unit, else `900/s–1.2 K/s`. */
export function spreadRange(p5: string, p95: string): string {
  const split = (text: string) => /^(-?[\d.,]+)\s*(.*)$/.exec(text);
  const low = split(p5);
  const high = split(p95);
  if (low && high && low[2] === high[2]) return `${low[1]}–${high[1]}${high[2] ? ` ${high[2]}` : ''}`;
  return `${p5}–${p95}`;
}

/** `2.4x`, `0.42x`, `1.04x`, `120x`; blank when the value is its default's to within half a percent. */
export function changeText(change: number | undefined): string {
  if (change === undefined || !Number.isFinite(change) || Math.abs(change - 1) < 0.005) return '';
  if (change >= 1000) return `${numberText(Math.round(change))}x`;
  if (change < 0.01) return '<0.01x';
  const digits = change > 0.9 && change < 1.1 ? 3 : 2;
  return `${Number(change.toPrecision(digits))}x`;
}

const spreadOf = (entry: ReportEntry): string | undefined => (entry.spread ? spreadRange(entry.spread.display.p5, entry.spread.display.p95) : undefined);

const valueRow = (entry: ReportEntry, group: RowGroup, editable: boolean, change: ReadonlyMap<string, number>): ValueRow => ({
  type: 'value',
  key: entry.key,
  group,
  label: entry.label,
  display: entry.display,
  changed: 'changed' in entry ? entry.changed : false,
  editable,
  input: 'input' in entry ? entry.input : '',
  change: change.get(entry.key),
  spread: 'range' in entry && entry.range ? undefined : spreadOf(entry),
});

/** The key a design check has among the table's rows (apart from the report's value keys). */
export const checkRowKey = (check: Pick<CheckResult, 'key'>): string => `check:${check.key}`;
/** The key of a convention's row. */
export const conventionRowKey = (field: ConventionField): string => `convention:${field}`;

const CONVENTION_ROWS: readonly { field: ConventionField; label: string; show: (c: Conventions) => string }[] = [
  { field: 'secondsPerDay', label: 'Seconds in a day', show: (c) => (c.secondsPerDay === 86_400 ? '86,400 s' : '10^5 s') },
  { field: 'month', label: 'Length of a month', show: (c) => (c.month === '2.5Ms' ? '2.5 M s' : `${Number.parseFloat(c.month)} days`) },
  { field: 'year', label: 'Length of a year', show: (c) => (c.year === '365d' ? '365 days' : '12 months') },
  { field: 'storage', label: 'Storage units', show: (c) => (c.storage === 'decimal' ? 'KB = 1,000 B' : 'KiB = 1,024 B') },
  { field: 'bandwidth', label: 'Bandwidth in', show: (c) => (c.bandwidth === 'bytes' ? 'bytes/s' : 'bits/s') },
  { field: 'servers', label: 'Servers counted from', show: (c) => (c.servers === 'dau' ? 'daily users' : 'peak load') },
];

/** The convention a row stands for, or undefined when it is another row. */
export function conventionOfRow(key: string): ConventionField | undefined {
  return CONVENTION_ROWS.find((r) => conventionRowKey(r.field) === key)?.field;
}

const conventionRow = (spec: (typeof CONVENTION_ROWS)[number], c: Conventions): ValueRow => ({
  type: 'value',
  key: conventionRowKey(spec.field),
  group: 'convention',
  label: spec.label,
  display: spec.show(c),
  changed: c[spec.field] !== DEFAULT_CONVENTIONS[spec.field],
  editable: true,
  input: String(c[spec.field]),
  change: undefined,
  spread: undefined,
});

const checkRow = (check: CheckResult): ValueRow => ({
  type: 'value',
  key: checkRowKey(check),
  group: 'check',
  label: check.label,
  display: `${verdictWord(check)} ${ratioText(check.ratio)}`,
  changed: false,
  editable: false,
  input: '',
  change: undefined,
  spread: undefined,
});

/**
 * The table for a step: capacity steps show assumptions, estimates and costs;
 * cost steps prices and costs; both then the design checks (not in a mock)
 * and the conventions every number is computed under.
 */
export function estimatorRows(report: EstimateReport, kind: StepKind, options: { defaults?: EstimateReport | undefined; cold?: boolean } = {}): EstimatorRow[] {
  const rows: EstimatorRow[] = [];
  const change = options.defaults ? changeFromDefaults(report, options.defaults) : new Map<string, number>();
  const section = (text: string, group: RowGroup, entries: readonly ReportEntry[], editable: boolean, groupOf: (e: ReportEntry) => RowGroup = () => group) => {
    if (entries.length === 0) return;
    rows.push({ type: 'heading', text, group });
    for (const entry of entries) rows.push(valueRow(entry, groupOf(entry), editable, change));
  };
  const costs = () => section('Cost per month', 'cost', [...report.costs, report.total], false);
  if (kind === 'cost') {
    section('Prices (editable)', 'price', report.prices, true);
    costs();
    section('Assumptions (editable)', 'assumption', report.assumptions, true);
  } else {
    section('Assumptions (editable)', 'assumption', report.assumptions, true);
    section('Estimates', 'estimate', report.estimates, false);
    costs();
  }
  // A mock's estimator (the reference's model hidden) has no checks to show; `?? []` for a report made without them.
  const checks = options.cold ? [] : (report.checks ?? []);
  if (checks.length) {
    rows.push({ type: 'heading', text: 'Design checks', group: 'check' });
    for (const check of checks) rows.push(checkRow(check));
  }
  rows.push({ type: 'heading', text: 'Conventions (Enter: next choice)', group: 'convention' });
  for (const spec of CONVENTION_ROWS) rows.push(conventionRow(spec, report.conventions));
  return rows;
}

/** The rows of the estimator's current report, with its defaults and mode. */
export const rowsOf = (state: EstimatorState, kind: StepKind): EstimatorRow[] =>
  state.shown ? estimatorRows(state.shown, kind, { defaults: state.defaults, cold: state.cold }) : [];

export const selectableRows = (rows: readonly EstimatorRow[]): ValueRow[] => rows.filter((r): r is ValueRow => r.type === 'value');

export function moveSelection(state: EstimatorState, kind: StepKind, delta: number): EstimatorState {
  if (!state.shown) return state;
  const count = selectableRows(rowsOf(state, kind)).length;
  const selected = Math.max(0, Math.min(count - 1, state.selected + delta));
  return selected === state.selected ? state : { ...state, selected };
}

/** Choose the row with `key`, when there is one. */
export function selectKey(state: EstimatorState, kind: StepKind, key: string): EstimatorState {
  const index = selectableRows(rowsOf(state, kind)).findIndex((r) => r.key === key);
  return index < 0 || index === state.selected ? state : { ...state, selected: index };
}

export function selectedRow(state: EstimatorState, kind: StepKind): ValueRow | undefined {
  if (!state.shown) return undefined;
  return selectableRows(rowsOf(state, kind))[state.selected];
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

/**
 * The conventions with the chosen convention moved to its next choice, and the
 * estimator recomputed under them (defaults too, so a change reads against the
 * same conventions); undefined when the chosen row is not a convention.
 */
export function cycleConvention(
  state: EstimatorState,
  kind: StepKind,
  inputs: EstimateInputs,
  overrides: Readonly<Record<string, string>>,
): { state: EstimatorState & { notice?: string }; conventions: Conventions } | undefined {
  const key = selectedRow(state, kind)?.key ?? '';
  const field = conventionOfRow(key);
  if (!field) return undefined;
  const conventions = nextConvention(inputs.conventions ?? DEFAULT_CONVENTIONS, field);
  // The choice stays on its row by key: a convention may add or take away rows above it (--servers dau adds servers_by_load).
  const next = initialEstimator({ ...inputs, conventions }, overrides, state.cold, state.selected);
  return { state: { ...next, selected: selectKey(next, kind, key).selected }, conventions };
}
