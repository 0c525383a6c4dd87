import { resolveKey } from '../keymap.js';
import { keysOf, type KeyPress } from '../keys/parse-key.js';

/** What the home screen lists; loaded before it opens. */
export interface HomeData {
  readonly problems: readonly { readonly id: string; readonly title: string; readonly summary: string }[];
  /** Problem files that failed to load, shown so the user knows why one is missing. */
  readonly broken: readonly { readonly id: string; readonly error: string }[];
  readonly frameworks: readonly { readonly id: string; readonly title: string; readonly summary: string }[];
  /** What is wrong with the sessions folder, one line each: files set aside or skipped, or no new session can be saved. */
  readonly sessionProblems?: readonly string[];
  /** Sessions to resume, newest first. */
  readonly sessions: readonly {
    readonly id: string;
    readonly problem: string;
    readonly framework: string;
    readonly mode: string;
    readonly updatedAt: string;
    readonly currentStep: number;
    readonly doneSteps: number;
    /** A mock that is over: read-only, listed as finished (with its scores when the history has them). */
    readonly mockOver?: boolean;
    readonly score?: number;
    readonly reviewedScore?: number | null;
  }[];
}

export type HomeChoice = { readonly kind: 'new'; readonly problem: string; readonly framework: string } | { readonly kind: 'resume'; readonly id: string };

export interface HomeState {
  readonly data: HomeData;
  readonly list: 'new' | 'resume';
  readonly problem: number;
  readonly framework: number;
  readonly session: number;
  /** Set when the user starts or resumes; the screen then exits. */
  readonly choice: HomeChoice | undefined;
  readonly quit: boolean;
}

export const initialHomeState = (data: HomeData): HomeState => ({ data, list: 'new', problem: 0, framework: 0, session: 0, choice: undefined, quit: false });

const clamp = (value: number, count: number): number => Math.max(0, Math.min(count - 1, value));

export function homeReducer(state: HomeState, key: KeyPress): HomeState {
  // Typed ahead or pasted: one key at a time.
  if (key.name === 'text' && key.text.length > 1) return keysOf(key.text).reduce(homeReducer, state);
  const binding = resolveKey(key, ['home']);
  if (!binding) return state;
  const { data } = state;
  const frameworks = data.frameworks.length;
  switch (binding.command) {
    case 'quit':
      return { ...state, quit: true };
    case 'move-up':
    case 'move-down': {
      const delta = binding.command === 'move-up' ? -1 : 1;
      return state.list === 'new'
        ? { ...state, problem: clamp(state.problem + delta, data.problems.length) }
        : { ...state, session: clamp(state.session + delta, data.sessions.length) };
    }
    case 'home-next-framework':
      return frameworks ? { ...state, framework: (state.framework + 1) % frameworks } : state;
    case 'home-prev-framework':
      return frameworks ? { ...state, framework: (state.framework - 1 + frameworks) % frameworks } : state;
    case 'home-switch-list':
      if (data.sessions.length === 0) return state;
      return { ...state, list: state.list === 'new' ? 'resume' : 'new' };
    case 'home-start': {
      if (state.list === 'resume') {
        const session = data.sessions[state.session];
        return session ? { ...state, choice: { kind: 'resume', id: session.id } } : state;
      }
      const problem = data.problems[state.problem];
      const framework = data.frameworks[state.framework];
      return problem && framework ? { ...state, choice: { kind: 'new', problem: problem.id, framework: framework.id } } : state;
    }
    default:
      return state;
  }
}
