import { answerQuestion, type Drill } from '../../core/drill/drill.js';
import type { DrillResult } from '../../core/drill/render.js';
import { lineInputActionFor } from '../editor/key-actions.js';
import { lineInput, lineInputReducer, type LineInput } from '../editor/line-input.js';
import type { KeyPress } from '../keys/parse-key.js';

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

/** PgDn/PgUp step through the givens when they need more than one page. */
function turnGivens(state: DrillState, key: KeyPress): DrillState | undefined {
  if (key.name !== 'pagedown' && key.name !== 'pageup') return undefined;
  return { ...state, givensPage: (state.givensPage ?? 0) + (key.name === 'pagedown' ? 1 : -1) };
}

export function drillReducer(state: DrillState, key: KeyPress): DrillState {
  if (state.exit) return state;
  if (key.name === 'ctrl' && key.text === 'c') return { ...state, exit: state.phase === 'summary' ? 'completed' : 'abandoned' };
  if (state.phase !== 'summary') {
    const turned = turnGivens(state, key);
    if (turned) return turned;
  }
  switch (state.phase) {
    case 'asking': {
      if (key.name === 'return') return state.input.text.trim() === '' ? state : submit(state);
      if (key.name === 'escape') return { ...state, exit: 'abandoned' };
      const action = lineInputActionFor(key);
      return action ? { ...state, input: lineInputReducer(state.input, action) } : state;
    }
    case 'feedback':
      if (key.name === 'return' || (key.name === 'text' && (key.text === ' ' || key.text === 'n'))) return advance(state);
      if (key.name === 'escape' || (key.name === 'text' && key.text === 'q')) return { ...state, exit: 'abandoned' };
      return state;
    case 'summary':
      if (key.name === 'return' || key.name === 'escape' || (key.name === 'text' && key.text === 'q')) return { ...state, exit: 'completed' };
      return state;
  }
}
