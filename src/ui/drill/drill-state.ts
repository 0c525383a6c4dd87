import { answerQuestion, type Drill } from '../../core/drill/drill.js';
import type { DrillResult } from '../../core/drill/render.js';
import { lineInputActionFor } from '../editor/key-actions.js';
import { lineInput, lineInputReducer, type LineInput } from '../editor/line-input.js';
import type { KeyPress } from '../keys/parse-key.js';
import { isTextCommand, resolveKey, type KeyContext } from '../keymap.js';

/** The full-screen drill as a reducer: asking, showing the verdict, and the summary at the end. */
export interface DrillState {
  readonly drill: Drill;
  readonly index: number;
  readonly phase: 'asking' | 'feedback' | 'summary';
  readonly input: LineInput;
  /** Why the last answer could not be read. */
  readonly problem?: string;
  readonly results: readonly DrillResult[];
  /** Which page of givens is shown when they do not all fit (PgDn/PgUp); layoutGivens wraps it round. */
  readonly givensPage?: number;
  /** Set when the screen should close: `completed` only after the summary. */
  readonly exit?: 'completed' | 'abandoned';
}

export const initialDrillState = (drill: Drill): DrillState => ({ drill, index: 0, phase: 'asking', input: lineInput(), results: [] });

function submit(state: DrillState): DrillState {
  const question = state.drill.questions[state.index]!;
  const outcome = answerQuestion(state.drill, question, state.input.text);
  if (outcome.kind === 'retry') return { ...state, problem: outcome.message };
  const { problem: _dropped, ...rest } = state;
  return { ...rest, phase: 'feedback', results: [...state.results, { key: question.key, graded: outcome.graded }] };
}

function advance(state: DrillState): DrillState {
  if (state.index + 1 >= state.drill.questions.length) return { ...state, phase: 'summary' };
  return { ...state, index: state.index + 1, phase: 'asking', input: lineInput(), givensPage: 0 };
}

/** Step through the givens when they need more than one page (layoutGivens wraps the page round). */
const turnGivens = (state: DrillState, delta: number): DrillState => ({ ...state, givensPage: (state.givensPage ?? 0) + delta });

/**
 * The key contexts of each phase (src/ui/keymap.ts): the answer line takes
 * text; the verdict and summary take commands; the givens' pages turn while
 * asking and on the verdict (the footer names those keys only when the
 * givens do not all fit: footerContexts).
 */
export const DRILL_CONTEXTS: Readonly<Record<DrillState['phase'], readonly KeyContext[]>> = {
  asking: ['drill-asking', 'drill-givens', 'line-edit'],
  feedback: ['drill-feedback', 'drill-givens'],
  summary: ['drill-summary'],
};

/** The contexts whose keys the footer lists: without the givens' page keys when there is one page. */
export const footerContexts = (phase: DrillState['phase'], pages: number): readonly KeyContext[] =>
  pages > 1 ? DRILL_CONTEXTS[phase] : DRILL_CONTEXTS[phase].filter((c) => c !== 'drill-givens');

export function drillReducer(state: DrillState, key: KeyPress): DrillState {
  if (state.exit) return state;
  const binding = resolveKey(key, DRILL_CONTEXTS[state.phase]);
  if (!binding) return state;
  const { command } = binding;
  if (isTextCommand(command)) {
    const action = lineInputActionFor(command, key);
    return action ? { ...state, input: lineInputReducer(state.input, action) } : state;
  }
  switch (command) {
    case 'drill-answer':
      return state.input.text.trim() === '' ? state : submit(state);
    case 'drill-next':
      return advance(state);
    case 'drill-givens-next':
      return turnGivens(state, 1);
    case 'drill-givens-prev':
      return turnGivens(state, -1);
    case 'drill-quit':
      return { ...state, exit: 'abandoned' };
    case 'drill-close':
      return { ...state, exit: 'completed' };
    default:
      return state;
  }
}
