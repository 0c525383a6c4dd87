import type { KeyPress } from './keys/parse-key.js';

/**
 * Every key binding of the interactive screens, in one table: the practice
 * and mock screen, its notes editor and one-line fields, the home screen, the
 * drill and the report pager. The reducers resolve key presses through it
 * (editing keys too: they resolve to text-* commands, which the editors
 * apply), the footers show the rows that apply to the current context, and
 * the help overlay lists them all, so a key cannot do something the help does
 * not mention.
 */

/** Where a binding applies. A screen computes the list of active contexts, most specific first. */
export type KeyContext =
  /** Everywhere on the practice screen, even while typing notes. */
  | 'always'
  /** The practice screen when the focus is not in a text field. */
  | 'browse'
  | 'steps'
  | 'guide'
  /** The notes editor: typing goes into the notes. */
  | 'notes'
  | 'estimator'
  | 'architecture'
  /**
   * The architecture step outside a text field, wherever the focus is (the step list, the guide, the editor):
   * adding to the design is what the step is for, so its keys need no Tab first.
   */
  | 'architecture-step'
  /** A one-line text field on the practice screen: an assumption's value, a new component or connection. */
  | 'field'
  /** Editing any one-line input (the practice screen's fields, the drill's answer). */
  | 'line-edit'
  | 'overlay'
  | 'reference'
  /** `h` asked whether to show a step's reference design (practice only). */
  | 'confirm-reference'
  | 'home'
  /** The drill: typing an answer, reading the verdict, the summary at the end. */
  | 'drill-asking'
  | 'drill-feedback'
  /** The drill's givens when they do not all fit: their pages turn (the footer shows it only then). */
  | 'drill-givens'
  | 'drill-summary'
  /** The drill's verdict when its working is taller than the screen: it scrolls (the footer shows it only then). */
  | 'drill-working'
  /** A full-screen report (the mock report). */
  | 'pager'
  /** The review after a mock: its first page, a key point's verdict, the last page before saving. */
  | 'review-intro'
  | 'review-point'
  | 'review-done'
  /**
   * Keys the mock-interview clock adds in a mock session. They apply while
   * typing notes too, so they must be Ctrl keys; the practice reducer applies
   * them to the session's clock.
   */
  | 'mock';

export type Command =
  | 'quit'
  | 'focus-next'
  | 'focus-prev'
  | 'next-step'
  | 'prev-step'
  | 'toggle-done'
  | 'reveal-hint'
  | 'show-reference'
  | 'reference-confirm'
  | 'reference-cancel'
  | 'open-help'
  | 'open-reference'
  | 'toggle-panel'
  | 'edit-notes'
  | 'leave-notes'
  | 'move-up'
  | 'move-down'
  | 'page-up'
  | 'page-down'
  | 'activate'
  | 'reset-value'
  | 'next-convention'
  | 'toggle-zoom'
  | 'add-component'
  | 'add-connection'
  | 'remove-selected'
  | 'field-commit'
  | 'field-cancel'
  | 'close-overlay'
  | 'page-next'
  | 'page-prev'
  | 'home-next-framework'
  | 'home-prev-framework'
  | 'home-start'
  | 'home-switch-list'
  | 'go-top'
  | 'go-bottom'
  | 'drill-answer'
  | 'drill-next'
  | 'drill-givens-next'
  | 'drill-givens-prev'
  | 'drill-quit'
  | 'drill-close'
  | 'mock-pause'
  | 'mock-end'
  | 'review-start'
  | 'review-accept'
  | 'review-overrule'
  | 'review-back'
  | 'review-next'
  | 'review-accept-rest'
  | 'review-save'
  | 'review-later'
  | TextCommand;

/** Editing commands: what the notes editor and the one-line inputs do with a key (see src/ui/editor/key-actions.ts). */
export type TextCommand =
  | 'text-insert'
  | 'text-newline'
  | 'text-delete-back'
  | 'text-delete-forward'
  | 'text-delete-word'
  | 'text-clear-before'
  | 'text-left'
  | 'text-right'
  | 'text-word-left'
  | 'text-word-right'
  | 'text-up'
  | 'text-down'
  | 'text-line-start'
  | 'text-line-end'
  | 'text-page-up'
  | 'text-page-down';

export const isTextCommand = (command: Command): command is TextCommand => command.startsWith('text-');

/** The key name that stands for any printable character typed or pasted (in contexts that take text). */
export const TYPING = 'typing';

export interface Binding {
  /**
   * Key names as keyName() reports them: 'up', 'return', 'ctrl+n', 'alt+left', a printable
   * character such as '?', or TYPING for any printable text.
   */
  readonly keys: readonly string[];
  /** How the key is written in the footer and the help. */
  readonly label: string;
  readonly command: Command;
  readonly description: string;
  readonly contexts: readonly KeyContext[];
  /** Shown in the footer when it applies; false for keys everyone knows (arrows in a text field). */
  readonly footer?: boolean;
  /** The footer's word for it, when the description is too long for an 80-column footer. */
  readonly short?: string;
}

export const KEYMAP: readonly Binding[] = [
  // ---- the practice screen, everywhere
  { keys: ['ctrl+c'], label: 'Ctrl+C', command: 'quit', description: 'save and quit', contexts: ['always', 'field', 'overlay', 'confirm-reference'], footer: false },
  { keys: ['tab'], label: 'Tab', command: 'focus-next', description: 'next pane (steps, guide or tool, notes)', contexts: ['always'], short: 'pane' },
  { keys: ['backtab'], label: 'Shift+Tab', command: 'focus-prev', description: 'previous pane', contexts: ['always'], footer: false },
  { keys: ['ctrl+n'], label: 'Ctrl+N', command: 'next-step', description: 'next step', contexts: ['always'], short: 'next step' },
  { keys: ['ctrl+p'], label: 'Ctrl+P', command: 'prev-step', description: 'previous step', contexts: ['always'], footer: false },
  { keys: ['ctrl+d'], label: 'Ctrl+D', command: 'toggle-done', description: 'mark the step done (or not done)', contexts: ['always'], footer: false },
  { keys: ['f1'], label: 'F1', command: 'open-help', description: 'help: every key', contexts: ['always'], footer: false },

  // ---- when not typing
  { keys: ['n'], label: 'n', command: 'next-step', description: 'next step', contexts: ['browse'], footer: false },
  { keys: ['p'], label: 'p', command: 'prev-step', description: 'previous step', contexts: ['browse'], footer: false },
  { keys: ['d'], label: 'd', command: 'toggle-done', description: 'mark the step done (or not done)', contexts: ['browse'], short: 'done' },
  {
    keys: ['h'],
    label: 'h',
    command: 'reveal-hint',
    description: 'reveal the next hint: questions to ask yourself, then a nudge, then (practice only, after y) the reference design; each costs score in the report',
    contexts: ['browse'],
    short: 'hint',
  },
  {
    keys: ['v'],
    label: 'v',
    command: 'show-reference',
    description: "view this step's reference design now (practice only, after y; it counts as every hint up to it)",
    contexts: ['browse'],
    footer: false,
  },
  { keys: ['g'], label: 'g', command: 'toggle-panel', description: 'switch between the guide and the tool (estimator or architecture)', contexts: ['browse'], short: 'guide/tool' },
  { keys: ['e', 'i'], label: 'e', command: 'edit-notes', description: 'write notes for this step', contexts: ['browse'], short: 'notes' },
  { keys: ['r'], label: 'r', command: 'open-reference', description: 'reference cards (latency, powers of two, availability, prices)', contexts: ['browse'], short: 'cards' },
  { keys: ['?'], label: '?', command: 'open-help', description: 'help: every key', contexts: ['browse'], short: 'help' },
  { keys: ['q'], label: 'q', command: 'quit', description: 'save and quit', contexts: ['browse'], short: 'quit' },

  // ---- the step list
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'choose a step', contexts: ['steps'], short: 'choose' },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'choose a step', contexts: ['steps'], footer: false },
  { keys: ['return'], label: 'Enter', command: 'activate', description: 'go to the chosen step', contexts: ['steps'], short: 'go' },

  // ---- the guide
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'scroll the guide', contexts: ['guide'], short: 'scroll' },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'scroll the guide', contexts: ['guide'], footer: false },
  { keys: ['pageup'], label: 'PgUp', command: 'page-up', description: 'scroll a page up', contexts: ['guide', 'overlay'], footer: false },
  { keys: ['pagedown', 'space'], label: 'PgDn', command: 'page-down', description: 'scroll a page down', contexts: ['guide', 'overlay'], footer: false },

  // ---- the notes editor (typing goes into the notes)
  { keys: ['escape'], label: 'Esc', command: 'leave-notes', description: 'stop typing (back to the step list)', contexts: ['notes'], short: 'stop typing' },
  { keys: [TYPING], label: 'letters', command: 'text-insert', description: 'type (a paste goes in whole)', contexts: ['notes', 'line-edit'], footer: false },
  { keys: ['return'], label: 'Enter', command: 'text-newline', description: 'new line', contexts: ['notes'], footer: false },
  { keys: ['backspace'], label: 'Backspace', command: 'text-delete-back', description: 'delete the character before the cursor', contexts: ['notes', 'line-edit'], footer: false },
  { keys: ['delete'], label: 'Delete', command: 'text-delete-forward', description: 'delete the character under the cursor', contexts: ['notes', 'line-edit'], footer: false },
  { keys: ['ctrl+w'], label: 'Ctrl+W', command: 'text-delete-word', description: 'delete the word before the cursor', contexts: ['notes'], footer: false },
  { keys: ['left'], label: '←', command: 'text-left', description: 'cursor left', contexts: ['notes', 'line-edit'], footer: false },
  { keys: ['right'], label: '→', command: 'text-right', description: 'cursor right', contexts: ['notes', 'line-edit'], footer: false },
  { keys: ['alt+left'], label: 'Alt+←', command: 'text-word-left', description: 'a word left (Ctrl+← too)', contexts: ['notes'], footer: false },
  { keys: ['alt+right'], label: 'Alt+→', command: 'text-word-right', description: 'a word right (Ctrl+→ too)', contexts: ['notes'], footer: false },
  { keys: ['up'], label: '↑', command: 'text-up', description: 'cursor up a row', contexts: ['notes'], footer: false },
  { keys: ['down'], label: '↓', command: 'text-down', description: 'cursor down a row', contexts: ['notes'], footer: false },
  { keys: ['home', 'ctrl+a'], label: 'Home', command: 'text-line-start', description: 'start of the line', contexts: ['notes', 'line-edit'], footer: false },
  { keys: ['end', 'ctrl+e'], label: 'End', command: 'text-line-end', description: 'end of the line', contexts: ['notes', 'line-edit'], footer: false },
  { keys: ['pageup'], label: 'PgUp', command: 'text-page-up', description: 'cursor a screen up', contexts: ['notes'], footer: false },
  { keys: ['pagedown'], label: 'PgDn', command: 'text-page-down', description: 'cursor a screen down', contexts: ['notes'], footer: false },

  // ---- the live estimator
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'choose an assumption or an estimate', contexts: ['estimator'], short: 'choose' },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'choose an assumption or an estimate', contexts: ['estimator'], footer: false },
  { keys: ['return'], label: 'Enter', command: 'activate', description: 'change the chosen assumption or price (a range: low to high); a convention: its next choice', contexts: ['estimator'], short: 'change' },
  { keys: ['u'], label: 'u', command: 'reset-value', description: 'put the chosen assumption back to its default', contexts: ['estimator'], short: 'default' },
  { keys: ['z'], label: 'z', command: 'toggle-zoom', description: 'give the estimator the whole screen (assumptions beside estimates), or not', contexts: ['estimator'], short: 'wide' },
  { keys: ['c'], label: 'c', command: 'next-convention', description: 'go to the conventions (seconds a day, month, year, storage units, bandwidth); on one, its next choice', contexts: ['estimator'], short: 'conventions' },

  // ---- the architecture editor
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'choose a component or a connection', contexts: ['architecture'], short: 'choose' },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'choose a component or a connection', contexts: ['architecture'], footer: false },
  // a and c work from the step list and the guide too (the editor takes the focus); x acts on the chosen row, so only in the editor.
  { keys: ['a'], label: 'a', command: 'add-component', description: 'add a component (from any pane but the notes)', contexts: ['architecture', 'architecture-step'], short: 'add box' },
  { keys: ['c'], label: 'c', command: 'add-connection', description: 'add a connection (from any pane but the notes)', contexts: ['architecture', 'architecture-step'], short: 'connect' },
  { keys: ['x', 'delete'], label: 'x', command: 'remove-selected', description: 'remove the chosen component (with its connections) or connection', contexts: ['architecture'], short: 'remove' },

  // ---- one-line fields
  { keys: ['return'], label: 'Enter', command: 'field-commit', description: 'accept', contexts: ['field'] },
  { keys: ['escape'], label: 'Esc', command: 'field-cancel', description: 'cancel', contexts: ['field'] },
  { keys: ['ctrl+u'], label: 'Ctrl+U', command: 'text-clear-before', description: 'clear the field before the cursor, to type a new value', contexts: ['line-edit'], short: 'clear' },

  // ---- overlays
  { keys: ['escape', 'q'], label: 'Esc', command: 'close-overlay', description: 'close', contexts: ['overlay'] },
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'scroll', contexts: ['overlay'] },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'scroll', contexts: ['overlay'], footer: false },
  { keys: ['right', 'l', 'tab'], label: '←→', command: 'page-next', description: 'next card', contexts: ['reference'] },
  { keys: ['left', 'backtab'], label: '←', command: 'page-prev', description: 'previous card', contexts: ['reference'], footer: false },

  // ---- asked whether to show the reference design (practice)
  { keys: ['y'], label: 'y', command: 'reference-confirm', description: "show this step's reference design (it is the answer; it costs score and the report lists it)", contexts: ['confirm-reference'], short: 'show the reference' },
  { keys: ['n', 'escape', 'q'], label: 'n', command: 'reference-cancel', description: 'not now: keep the reference hidden', contexts: ['confirm-reference'], short: 'not now' },

  // ---- the mock interview clock (src/ui/mock/); Ctrl keys so they work while typing notes
  { keys: ['ctrl+t'], label: 'Ctrl+T', command: 'mock-pause', description: 'pause or resume the mock clock', contexts: ['mock'], short: 'pause' },
  { keys: ['ctrl+x'], label: 'Ctrl+X', command: 'mock-end', description: 'end the mock now (press twice): your notes are judged, then the review and the report', contexts: ['mock'], short: 'end mock' },

  // ---- the home screen
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'choose', contexts: ['home'] },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'choose', contexts: ['home'], footer: false },
  { keys: ['right', 'f'], label: '←→', command: 'home-next-framework', description: 'choose the framework', contexts: ['home'], short: 'framework' },
  { keys: ['left'], label: '←', command: 'home-prev-framework', description: 'previous framework', contexts: ['home'], footer: false },
  { keys: ['tab'], label: 'Tab', command: 'home-switch-list', description: 'switch between new practice and sessions to resume', contexts: ['home'], short: 'new/resume' },
  { keys: ['return'], label: 'Enter', command: 'home-start', description: 'start (or resume)', contexts: ['home'] },
  { keys: ['q', 'escape', 'ctrl+c'], label: 'q', command: 'quit', description: 'quit', contexts: ['home'] },

  // ---- the drill (hld drill)
  { keys: ['return'], label: 'Enter', command: 'drill-answer', description: 'send the answer', contexts: ['drill-asking'], short: 'answer' },
  { keys: ['escape', 'ctrl+c'], label: 'Esc', command: 'drill-quit', description: 'quit the drill (not recorded)', contexts: ['drill-asking'], short: 'quit (not recorded)' },
  { keys: ['pagedown'], label: 'PgDn/PgUp', command: 'drill-givens-next', description: 'the next page of givens, when they do not all fit', contexts: ['drill-givens'], short: 'other givens' },
  { keys: ['pageup'], label: 'PgUp', command: 'drill-givens-prev', description: 'the page of givens before', contexts: ['drill-givens'], footer: false },
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'scroll the working, when it is taller than the screen', contexts: ['drill-working'], short: 'working' },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'scroll the working down', contexts: ['drill-working'], footer: false },
  { keys: ['return', 'space', 'n'], label: 'Enter', command: 'drill-next', description: 'next question (after the verdict)', contexts: ['drill-feedback'], short: 'next' },
  { keys: ['q', 'escape', 'ctrl+c'], label: 'q', command: 'drill-quit', description: 'quit the drill (not recorded)', contexts: ['drill-feedback'], short: 'quit (not recorded)' },
  { keys: ['return', 'q', 'escape', 'ctrl+c'], label: 'Enter or q', command: 'drill-close', description: 'close the summary (the drill is recorded in hld history)', contexts: ['drill-summary'], short: 'close (recorded in hld history)' },

  // ---- the report pager (the mock report)
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'scroll a line', contexts: ['pager'], short: 'scroll' },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'scroll a line down', contexts: ['pager'], footer: false },
  { keys: ['pageup', 'b'], label: 'PgUp/PgDn', command: 'page-up', description: 'a page up', contexts: ['pager'], short: 'page' },
  { keys: ['pagedown', 'space'], label: 'PgDn', command: 'page-down', description: 'a page down', contexts: ['pager'], footer: false },
  { keys: ['home', 'g'], label: 'Home', command: 'go-top', description: 'the top', contexts: ['pager'], footer: false },
  { keys: ['end', 'G'], label: 'End', command: 'go-bottom', description: 'the end', contexts: ['pager'], footer: false },
  { keys: ['q', 'escape', 'return', 'ctrl+c'], label: 'q', command: 'close-overlay', description: 'close the report', contexts: ['pager'], short: 'close' },

  // ---- the review after a mock: accept or overrule each key point's verdict
  { keys: ['return'], label: 'Enter', command: 'review-start', description: 'start the review, one key point at a time', contexts: ['review-intro'], short: 'start' },
  { keys: ['a'], label: 'a', command: 'review-accept', description: 'accept the verdict', contexts: ['review-point'], short: 'accept' },
  { keys: ['o'], label: 'o', command: 'review-overrule', description: 'overrule the verdict (earned counts as missed, missed as earned)', contexts: ['review-point'], short: 'overrule' },
  { keys: ['left', 'b', 'backspace'], label: '←', command: 'review-back', description: 'back to the key point before', contexts: ['review-point', 'review-done'], short: 'back' },
  { keys: ['right'], label: '→', command: 'review-next', description: 'on to the next key point, keeping the choice made', contexts: ['review-point'], footer: false },
  { keys: ['up', 'k'], label: '↑↓', command: 'move-up', description: 'scroll a long verdict', contexts: ['review-point'], footer: false },
  { keys: ['down', 'j'], label: '↓', command: 'move-down', description: 'scroll a long verdict down', contexts: ['review-point'], footer: false },
  { keys: ['s'], label: 's', command: 'review-accept-rest', description: 'accept every verdict not yet reviewed', contexts: ['review-intro', 'review-point'], short: 'accept the rest' },
  { keys: ['return'], label: 'Enter', command: 'review-save', description: 'save the review and see the report', contexts: ['review-done'], short: 'save' },
  {
    keys: ['q', 'escape', 'ctrl+c'],
    label: 'q',
    command: 'review-later',
    description: 'not now: see the report without a review (hld mock --resume offers it again)',
    contexts: ['review-intro', 'review-point', 'review-done'],
    short: 'not now',
  },
];

/** The table's name for a key press: 'ctrl+n', 'return', 'space', 'alt+left', or the character typed. */
export function keyName(key: KeyPress): string {
  switch (key.name) {
    case 'ctrl':
      return `ctrl+${key.text}`;
    case 'text':
      return key.text === ' ' ? 'space' : key.text;
    case 'unknown':
      return '';
    default:
      return key.meta ? `alt+${key.name}` : key.name;
  }
}

/**
 * The binding a key press triggers in the given contexts (searched in order),
 * if any. Within a context a key's own binding comes first; printable text
 * that has none is TYPING there, where a context takes text.
 */
export function resolveKey(key: KeyPress, contexts: readonly KeyContext[]): Binding | undefined {
  const name = keyName(key);
  if (name === '') return undefined;
  for (const context of contexts) {
    const found =
      KEYMAP.find((b) => b.contexts.includes(context) && b.keys.includes(name)) ??
      (key.name === 'text' ? KEYMAP.find((b) => b.contexts.includes(context) && b.keys.includes(TYPING)) : undefined);
    if (found) return found;
  }
  return undefined;
}

/** The bindings worth showing in the footer for these contexts: one per label, most specific context first. */
export function footerBindings(contexts: readonly KeyContext[]): Binding[] {
  const shown: Binding[] = [];
  const labels = new Set<string>();
  for (const context of contexts) {
    for (const binding of KEYMAP) {
      if (binding.footer === false || !binding.contexts.includes(context) || labels.has(binding.label)) continue;
      labels.add(binding.label);
      shown.push(binding);
    }
  }
  return shown;
}

/** "Tab pane · d done · ...", cut to fit `width` without splitting an entry; the help key always shows, last. */
export function footerText(contexts: readonly KeyContext[], width: number): string {
  const help = contexts.map((c) => KEYMAP.find((b) => b.command === 'open-help' && b.contexts.includes(c))).find((b) => b !== undefined);
  const helpPart = help ? `${help.label} help` : '';
  const room = helpPart ? width - helpPart.length - 3 : width;
  const parts = footerBindings(contexts)
    .filter((b) => b !== help)
    .map((b) => `${b.label} ${b.short ?? shortDescription(b.description)}`);
  let text = '';
  for (const part of parts) {
    const next = text === '' ? part : `${text} · ${part}`;
    if (next.length > room) break;
    text = next;
  }
  if (!helpPart) return text;
  return text === '' ? helpPart : `${text} · ${helpPart}`;
}

/** The first clause of a description: "reveal the next hint from ..." reads as "reveal the next hint". */
function shortDescription(description: string): string {
  const cut = description.search(/ \(| from | for | between |:/);
  return cut > 0 ? description.slice(0, cut) : description;
}

/** How a command's key is written where it applies (`PgDn/PgUp`), for a screen's own line that names it. */
export function keyLabel(command: Command, context: KeyContext): string | undefined {
  return KEYMAP.find((b) => b.command === command && b.contexts.includes(context))?.label;
}

/** Help sections: a title per context group and its rows (keys, description). */
export const HELP_SECTIONS: readonly { title: string; contexts: readonly KeyContext[] }[] = [
  { title: 'Anywhere on the practice screen', contexts: ['always'] },
  { title: 'When not typing notes', contexts: ['browse'] },
  { title: 'Step list', contexts: ['steps'] },
  { title: 'Guide', contexts: ['guide'] },
  { title: 'Notes editor', contexts: ['notes'] },
  { title: 'Live estimator (capacity and cost steps)', contexts: ['estimator'] },
  { title: 'Architecture step', contexts: ['architecture', 'architecture-step'] },
  { title: 'Text fields (an assumption, a component, a connection; the drill\'s answer)', contexts: ['field', 'line-edit'] },
  { title: 'Help and reference overlays', contexts: ['overlay', 'reference'] },
  { title: "Asked to show a step's reference design (practice)", contexts: ['confirm-reference'] },
  { title: 'Mock interview', contexts: ['mock'] },
  { title: 'Home screen (hld)', contexts: ['home'] },
  { title: 'Drill (hld drill)', contexts: ['drill-asking', 'drill-feedback', 'drill-givens', 'drill-working', 'drill-summary'] },
  { title: 'Mock review (after a mock, before its report)', contexts: ['review-intro', 'review-point', 'review-done'] },
  { title: 'Mock report', contexts: ['pager'] },
];

/** Every binding of a help section, with all its keys spelled out. */
export function helpRows(contexts: readonly KeyContext[]): { keys: string; description: string }[] {
  return KEYMAP.filter((b) => b.contexts.some((c) => contexts.includes(c))).map((b) => ({
    keys: b.keys.map(displayKey).join(' / '),
    description: b.description,
  }));
}

const DISPLAY: Readonly<Record<string, string>> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  return: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  backtab: 'Shift+Tab',
  backspace: 'Backspace',
  delete: 'Delete',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  space: 'Space',
  f1: 'F1',
};

export function displayKey(name: string): string {
  if (name.startsWith('ctrl+')) return `Ctrl+${name.slice(5).toUpperCase()}`;
  if (name.startsWith('alt+')) return `Alt+${displayKey(name.slice(4))}`;
  if (name === TYPING) return 'letters';
  return DISPLAY[name] ?? name;
}
