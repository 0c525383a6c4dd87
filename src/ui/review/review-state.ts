import type { ReviewChoice } from '../../core/judge/report.js';
import type { KeyPress } from '../keys/parse-key.js';
import { resolveKey, type KeyContext } from '../keymap.js';

/**
 * The review after a mock as a reducer: a first page that says what the
 * review is, one page per key point (accept or overrule its verdict, go back,
 * accept the rest), and a last page that shows the reviewed score before it
 * is saved. Choices are kept by key point id, so going back and changing one
 * is a plain overwrite.
 */

export type ReviewPhase = 'intro' | 'point' | 'done';

/** How the review closed: saved with a choice for every key point, or left for later (nothing saved). */
export type ReviewOutcome = { readonly kind: 'reviewed'; readonly choices: Readonly<Record<string, ReviewChoice>> } | { readonly kind: 'later' };

export interface ReviewState {
  /** The key points' ids, in the report's order. */
  readonly ids: readonly string[];
  readonly phase: ReviewPhase;
  /** The key point on screen (phase 'point'). */
  readonly index: number;
  readonly choices: Readonly<Record<string, ReviewChoice>>;
  /** Rows scrolled down on a long key point page. */
  readonly scroll: number;
  /** Set when the screen should close. */
  readonly outcome?: ReviewOutcome;
}

export const initialReviewState = (ids: readonly string[]): ReviewState => ({ ids, phase: 'intro', index: 0, choices: {}, scroll: 0 });

/** The key contexts of each page (src/ui/keymap.ts). */
export const REVIEW_CONTEXTS: Readonly<Record<ReviewPhase, readonly KeyContext[]>> = {
  intro: ['review-intro'],
  point: ['review-point'],
  done: ['review-done'],
};

const at = (state: ReviewState, index: number): ReviewState =>
  index >= state.ids.length ? { ...state, phase: 'done', scroll: 0 } : { ...state, phase: 'point', index: Math.max(0, index), scroll: 0 };

function decide(state: ReviewState, choice: ReviewChoice): ReviewState {
  const id = state.ids[state.index]!;
  return at({ ...state, choices: { ...state.choices, [id]: choice } }, state.index + 1);
}

/** Every key point not yet reviewed is accepted as judged; then the last page. */
function acceptRest(state: ReviewState): ReviewState {
  const choices = { ...state.choices };
  for (const id of state.ids) choices[id] ??= 'accept';
  return at({ ...state, choices }, state.ids.length);
}

/**
 * One key press. `maxScroll` is how far the current page can scroll (the view
 * knows how many rows it wraps to).
 */
export function reviewReducer(state: ReviewState, key: KeyPress, maxScroll = 0): ReviewState {
  if (state.outcome) return state;
  const command = resolveKey(key, REVIEW_CONTEXTS[state.phase])?.command;
  switch (command) {
    case 'review-start':
      return at(state, 0);
    case 'review-accept':
      return decide(state, 'accept');
    case 'review-overrule':
      return decide(state, 'overrule');
    case 'review-back':
      if (state.phase === 'done') return at(state, state.ids.length - 1);
      return state.index === 0 ? { ...state, phase: 'intro', scroll: 0 } : at(state, state.index - 1);
    case 'review-next':
      // Only past a key point already decided: a verdict is never skipped by accident.
      return state.choices[state.ids[state.index]!] ? at(state, state.index + 1) : state;
    case 'review-accept-rest':
      return acceptRest(state);
    case 'review-save':
      return { ...state, outcome: { kind: 'reviewed', choices: state.choices } };
    case 'review-later':
      return { ...state, outcome: { kind: 'later' } };
    case 'move-up':
      return state.scroll > 0 ? { ...state, scroll: state.scroll - 1 } : state;
    case 'move-down':
      return state.scroll < maxScroll ? { ...state, scroll: state.scroll + 1 } : state;
    default:
      return state;
  }
}
