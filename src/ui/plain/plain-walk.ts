import { runEstimate } from '../../core/estimate/engine.js';
import { HldError } from '../../core/errors.js';
import { loadPrices } from '../../core/prices/load.js';
import type { Problem } from '../../core/problem/schema.js';
import { renderEstimateText } from '../../core/report/estimate-text.js';
import type { Session } from '../../core/session/schema.js';
import type { SessionStore } from '../../core/session/session-store.js';
import type { Framework } from '../../core/template/schema.js';
import { addComponent, addConnection, archRows, EMPTY_DIAGRAM, selectableArchRows, toggleRow } from '../../core/architecture.js';
import { computeEstimate, overridesWith, type EstimateInputs } from '../../core/estimate/recompute.js';
import { HINT_KIND_WORDS, hintCostText, hintLevelText, hintProgress } from '../../core/hints.js';
import { AnswerRefused, InputEnded, Interrupted, type Choice, type Prompter } from './prompter.js';
import { stdinPrompter, type PlainOutput } from './stdin-prompter.js';
import { architectureItems, architectureText, spokenHint, stepIntro } from './step-text.js';

/** What each menu choice does; the value is also the name a user or a script types. */
type Action =
  | 'notes'
  | 'clear'
  | 'hint'
  | 'again'
  | 'estimate'
  | 'set'
  | 'architecture'
  | 'add-component'
  | 'add-connection'
  | 'remove'
  | 'done'
  | 'next'
  | 'previous'
  | 'go'
  | 'quit';

/**
 * The practice walk as plain questions and answers, for screen readers and
 * scripts: every question is printed once, every answer is a line (a number
 * or a name at a menu), so it runs in any terminal and from a pipe. It edits
 * the same session as the practice screen, so either can continue it. A
 * leaf: resolves when the user chooses to quit or a signal stops it; the
 * flow opens and closes the session.
 */
export async function showPlainWalk(prompter: Prompter, store: SessionStore, problem: Problem, framework: Framework, inputs: EstimateInputs, command = 'hld practice --plain'): Promise<void> {
  const steps = framework.steps;
  const say = prompter.print;
  let failing: string | undefined;
  /** Every answer is saved at once, and a save that fails is said (once per reason, and when it works again). */
  const save = (patch: Partial<Session>) => {
    store.update(patch);
    const state = store.flush();
    const now = state.kind === 'failed' ? state.error : undefined;
    if (now && now !== failing) say(`Not saved: ${now}. hld keeps trying with every change; quitting keeps a copy of your work.`);
    if (!now && failing) say('Saved again.');
    failing = now;
  };
  /** Notes typed (or piped) for a step, after what it has. */
  const addNotes = (id: string, lines: readonly string[]) => {
    const typed = lines.join('\n').replace(/\n+$/, '');
    if (typed.trim() === '') return false;
    const before = store.session.notes[id] ?? '';
    save({ notes: { ...store.session.notes, [id]: before ? `${before}\n${typed}` : typed } });
    return true;
  };

  say(`${problem.title} with the ${framework.title}. ${problem.prompt}`);
  say('Everything you write is saved as you go. At each menu type the number or the name of a choice.');
  let arrived = true;

  try {
    for (;;) {
      const index = Math.min(store.session.current_step, steps.length - 1);
      const step = steps[index]!;
      const notes = store.session.notes[step.id] ?? '';
      const done = store.session.done.includes(step.id);
      const estimator = step.kind === 'estimation' || step.kind === 'cost';
      const { levels, shown } = hintProgress(problem, step, store.session);
      const nextHint = levels[shown];
      if (arrived) {
        say(stepIntro(step, index, steps.length));
        // Hints shown in an earlier sitting (or on the practice screen) come back with the step, as there.
        for (const level of levels.slice(0, shown)) say(spokenHint(hintLevelText(problem, level)));
        if (notes) say(`Your notes so far:\n${notes}`);
        if (estimator) printEstimate(say, inputs, store.session.overrides);
        if (step.kind === 'architecture') say(architectureText(store.session.architecture));
        arrived = false;
      }
      const choices: Choice<Action>[] = [
        { key: 'notes', name: notes ? 'add to your notes for this step' : 'write notes for this step', value: 'notes' },
        ...(notes ? [{ key: 'clear', name: "clear this step's notes", value: 'clear' as const }] : []),
        ...(nextHint
          ? [{ key: 'hint', name: `show hint ${shown + 1} of ${levels.length}, ${HINT_KIND_WORDS[nextHint.kind]} (${hintCostText(nextHint.kind)})`, value: 'hint' as const }]
          : []),
        ...(estimator
          ? [
              { key: 'set', name: 'change an assumption or a price', value: 'set' as const },
              { key: 'estimate', name: 'read the estimate table', value: 'estimate' as const },
            ]
          : []),
        ...(step.kind === 'architecture'
          ? [
              { key: 'architecture', name: 'read the components and connections', value: 'architecture' as const },
              { key: 'add-component', name: 'add a component', value: 'add-component' as const },
              { key: 'add-connection', name: 'add a connection', value: 'add-connection' as const },
              { key: 'remove', name: 'remove or restore a component or connection', value: 'remove' as const },
            ]
          : []),
        { key: 'again', name: 'read the step again', value: 'again' },
        { key: 'done', name: done ? 'mark this step not done' : 'mark this step done', value: 'done' },
        ...(index < steps.length - 1 ? [{ key: 'next', name: `go to step ${index + 2}, ${steps[index + 1]!.title}`, value: 'next' as const }] : []),
        ...(index > 0 ? [{ key: 'previous', name: `go back to step ${index}, ${steps[index - 1]!.title}`, value: 'previous' as const }] : []),
        { key: 'go', name: 'go to another step', value: 'go' },
        { key: 'quit', name: 'save and quit', value: 'quit' },
      ];
      const action = await prompter.select(`Step ${index + 1} of ${steps.length}, ${step.title}${done ? ', done' : ''}. What next?`, choices);
      switch (action) {
        case 'notes': {
          const lines = await prompter.lines(`Type your notes for ${step.title}, as many lines as you like.`);
          say(addNotes(step.id, lines) ? `Notes saved: ${lines.length} line${lines.length === 1 ? '' : 's'}.` : 'No notes added.');
          break;
        }
        case 'clear': {
          const next = { ...store.session.notes };
          delete next[step.id];
          save({ notes: next });
          say('Notes cleared.');
          break;
        }
        case 'hint':
          if (!nextHint) break;
          save({ hints_shown: { ...store.session.hints_shown, [step.id]: shown + 1 } });
          say(spokenHint(hintLevelText(problem, nextHint)));
          break;
        case 'again':
          arrived = true;
          break;
        case 'estimate':
          printEstimate(say, inputs, store.session.overrides);
          break;
        case 'set': {
          const typed = await prompter.input('Type key=value (the same syntax as hld estimate --set), or an empty line to cancel.', {
            validate: (value) => {
              if (value.trim() === '') return true;
              const pair = splitPair(value);
              if (typeof pair === 'string') return pair;
              const result = computeEstimate(inputs, { ...store.session.overrides, [pair.key]: pair.value });
              return 'error' in result ? result.error : true;
            },
          });
          const pair = splitPair(typed);
          if (typed.trim() === '' || typeof pair === 'string') break;
          const result = computeEstimate(inputs, { ...store.session.overrides, [pair.key]: pair.value });
          // The screen's rule: a value typed as the default is no override.
          if ('report' in result) save({ overrides: overridesWith(result.report, store.session.overrides, pair.key, pair.value) });
          printEstimate(say, inputs, store.session.overrides);
          break;
        }
        case 'architecture':
          say(architectureText(store.session.architecture));
          break;
        case 'add-component':
        case 'add-connection': {
          const add = action === 'add-component' ? addComponent : addConnection;
          const typed = await prompter.input(
            action === 'add-component'
              ? 'Component name, and optionally a colon and its kind (for example: Rate limiter : service), or an empty line to cancel.'
              : 'Connection as "from -> to", and optionally a colon and a label (for example: api -> cache : read), or an empty line to cancel.',
            { validate: (value) => (value.trim() === '' ? true : ((r) => ('error' in r ? r.error : true))(add(EMPTY_DIAGRAM, store.session.architecture, value))) },
          );
          if (typed.trim() === '') break;
          const result = add(EMPTY_DIAGRAM, store.session.architecture, typed);
          if ('edits' in result) save({ architecture: result.edits });
          say(architectureText(store.session.architecture));
          break;
        }
        case 'remove': {
          const rows = selectableArchRows(archRows(EMPTY_DIAGRAM, store.session.architecture));
          const { components, connections } = architectureItems(store.session.architecture);
          const names = [...components, ...connections];
          const picked = await prompter.select('Which one? Removing one that is removed restores it.', [
            ...rows.map((row, i) => ({ name: names[i] ?? row.text, value: String(i) })),
            { key: 'none', name: 'none, go back', value: 'none' },
          ]);
          const row = rows[Number(picked)];
          if (picked !== 'none' && row) save({ architecture: toggleRow(store.session.architecture, row) });
          if (picked !== 'none') say(architectureText(store.session.architecture));
          break;
        }
        case 'done':
          save({ done: done ? store.session.done.filter((id) => id !== step.id) : [...store.session.done, step.id] });
          say(done ? 'Marked not done.' : 'Marked done.');
          break;
        case 'next':
        case 'previous':
          save({ current_step: index + (action === 'next' ? 1 : -1) });
          arrived = true;
          break;
        case 'go': {
          const picked = await prompter.select(
            'Go to which step?',
            steps.map((s, i) => ({ name: `${s.title}${store.session.done.includes(s.id) ? ', done' : ''}${i === index ? ', the current step' : ''}`, value: String(i) })),
          );
          save({ current_step: Number(picked) });
          arrived = true;
          break;
        }
        case 'quit':
          return;
      }
    }
  } catch (error) {
    if (error instanceof Interrupted) return;
    if (error instanceof InputEnded || error instanceof AnswerRefused) throw stoppedWalk(command, error, store, addNotes, currentStepId(store, framework));
    throw error;
  }
}

const currentStepId = (store: SessionStore, framework: Framework): string => framework.steps[Math.min(store.session.current_step, framework.steps.length - 1)]!.id;

/**
 * The walk's input ended, or a piped answer was refused: keep what was typed
 * (the lines of an unfinished block of notes too), save, and say so in one
 * line with how to go on.
 */
function stoppedWalk(command: string, error: InputEnded | AnswerRefused, store: SessionStore, addNotes: (id: string, lines: readonly string[]) => boolean, stepId: string): HldError {
  if (error instanceof InputEnded && error.partial.length) addNotes(stepId, error.partial);
  const state = store.flush();
  const kept =
    state.kind === 'failed'
      ? `your answers could not be saved (${state.error})`
      : `your answers so far are saved in session ${store.id}; continue it with: hld resume ${store.id} --plain`;
  return new HldError(`${command}: ${error.message}; ${kept}`, error.exitCode);
}

function printEstimate(say: (text: string) => void, inputs: EstimateInputs, overrides: Readonly<Record<string, string>>): void {
  const result = computeEstimate(inputs, overrides);
  say('report' in result ? renderEstimateText(result.report) : `Estimates unavailable: ${result.error}`);
}

function splitPair(text: string): { key: string; value: string } | string {
  const at = text.indexOf('=');
  if (at <= 0) return 'write it as key=value, for example mau=300M (the keys are listed in the table)';
  return { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/** The plain walk on stdin under the session's conventions: `hld practice <problem> --plain` or `hld resume <id> --plain` (`command`, for its messages). */
export async function showPlainPractice(store: SessionStore, problem: Problem, framework: Framework, env: NodeJS.ProcessEnv, output: PlainOutput, command: string): Promise<void> {
  const inputs = { run: runEstimate, problem, prices: loadPrices({ env }), conventions: store.session.conventions };
  const { prompter, close } = stdinPrompter(output);
  try {
    await showPlainWalk(prompter, store, problem, framework, inputs, command);
  } finally {
    close();
  }
}
