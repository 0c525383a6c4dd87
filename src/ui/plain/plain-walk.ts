import { runEstimate } from '../../core/estimate/engine.js';
import { loadPrices } from '../../core/prices/load.js';
import type { Problem } from '../../core/problem/schema.js';
import { renderEstimateText } from '../../core/report/estimate-text.js';
import type { Session } from '../../core/session/schema.js';
import type { SessionStore } from '../../core/session/session-store.js';
import type { Framework } from '../../core/template/schema.js';
import { addComponent, addConnection, archRows, EMPTY_DIAGRAM, selectableArchRows, toggleRow } from '../../core/architecture.js';
import { computeEstimate, overridesWith, type EstimateInputs } from '../../core/estimate/recompute.js';
import { HINT_KIND_WORDS, hintCostText, hintLevelText, hintProgress } from '../../core/hints.js';
import { inquirerPrompter, type Choice, type Prompter } from './prompter.js';
import { architectureText, stepIntro } from './step-text.js';

type Action =
  | 'notes'
  | 'clear'
  | 'hint'
  | 'again'
  | 'estimate'
  | 'set'
  | 'arch-show'
  | 'arch-component'
  | 'arch-connection'
  | 'arch-remove'
  | 'done'
  | 'next'
  | 'prev'
  | 'jump'
  | 'quit';

/**
 * The practice walk as plain questions and answers, for screen readers and
 * terminals where the full-screen view does not work. It edits the same
 * session as the practice screen, so either can continue it. A leaf:
 * resolves when the user chooses to quit; the flow opens and closes the session.
 */
export async function showPlainWalk(prompter: Prompter, store: SessionStore, problem: Problem, framework: Framework, inputs: EstimateInputs): Promise<void> {
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
  say(`${problem.title} with the ${framework.title}. ${problem.prompt}`);
  say('Everything you write is saved as you go.');
  let arrived = true;

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
      for (const level of levels.slice(0, shown)) say(hintLevelText(problem, level));
      if (notes) say(`Your notes so far:\n${notes}`);
      if (estimator) printEstimate(say, inputs, store.session.overrides);
      if (step.kind === 'architecture') say(architectureText(store.session.architecture));
      arrived = false;
    }
    const choices: Choice<Action>[] = [
      { name: notes ? 'Add to my notes' : 'Write notes', value: 'notes' },
      ...(notes ? [{ name: "Clear this step's notes", value: 'clear' as const }] : []),
      ...(nextHint
        ? [{ name: `Show hint ${shown + 1} of ${levels.length}: ${HINT_KIND_WORDS[nextHint.kind]} (${hintCostText(nextHint.kind)})`, value: 'hint' as const }]
        : []),
      ...(estimator
        ? [
            { name: 'Change an assumption or a price', value: 'set' as const },
            { name: 'Show the estimate table', value: 'estimate' as const },
          ]
        : []),
      ...(step.kind === 'architecture'
        ? [
            { name: 'Show the components and connections', value: 'arch-show' as const },
            { name: 'Add a component', value: 'arch-component' as const },
            { name: 'Add a connection', value: 'arch-connection' as const },
            { name: 'Remove a component or connection', value: 'arch-remove' as const },
          ]
        : []),
      { name: 'Read the step again', value: 'again' },
      { name: done ? 'Mark this step not done' : 'Mark this step done', value: 'done' },
      ...(index < steps.length - 1 ? [{ name: 'Next step', value: 'next' as const }] : []),
      ...(index > 0 ? [{ name: 'Previous step', value: 'prev' as const }] : []),
      { name: 'Go to a step', value: 'jump' },
      { name: 'Save and quit', value: 'quit' },
    ];
    const action = await prompter.select(`Step ${index + 1} of ${steps.length}, ${step.title}${done ? ' (done)' : ''}: what next?`, choices);
    switch (action) {
      case 'notes': {
        say('Type your notes one line at a time; an empty line finishes.');
        const lines: string[] = [];
        for (;;) {
          const line = await prompter.input(`${step.title}, line ${lines.length + 1}:`);
          if (line.trim() === '') break;
          lines.push(line);
        }
        if (lines.length) save({ notes: { ...store.session.notes, [step.id]: [notes, ...lines].filter((l) => l !== '').join('\n') } });
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
        say(hintLevelText(problem, nextHint));
        break;
      case 'again':
        arrived = true;
        break;
      case 'estimate':
        printEstimate(say, inputs, store.session.overrides);
        break;
      case 'set': {
        const typed = await prompter.input('Type key=value (the same syntax as hld estimate --set), or leave empty to cancel:', {
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
      case 'arch-show':
        say(architectureText(store.session.architecture));
        break;
      case 'arch-component':
      case 'arch-connection': {
        const add = action === 'arch-component' ? addComponent : addConnection;
        const typed = await prompter.input(
          action === 'arch-component' ? 'Component name, optionally ": kind" (e.g. Rate limiter : service):' : 'Connection as "from -> to", optionally ": label":',
          { validate: (value) => (value.trim() === '' ? true : ((r) => ('error' in r ? r.error : true))(add(EMPTY_DIAGRAM, store.session.architecture, value))) },
        );
        if (typed.trim() === '') break;
        const result = add(EMPTY_DIAGRAM, store.session.architecture, typed);
        if ('edits' in result) save({ architecture: result.edits });
        say(architectureText(store.session.architecture));
        break;
      }
      case 'arch-remove': {
        const rows = selectableArchRows(archRows(EMPTY_DIAGRAM, store.session.architecture));
        const picked = await prompter.select('Which one?', [
          ...rows.map((row, i) => ({ name: row.text, value: String(i) })),
          { name: 'None (go back)', value: 'none' },
        ]);
        const row = rows[Number(picked)];
        if (picked !== 'none' && row) save({ architecture: toggleRow(store.session.architecture, row) });
        break;
      }
      case 'done':
        save({ done: done ? store.session.done.filter((id) => id !== step.id) : [...store.session.done, step.id] });
        say(done ? 'Marked not done.' : 'Marked done.');
        break;
      case 'next':
      case 'prev':
        save({ current_step: index + (action === 'next' ? 1 : -1) });
        arrived = true;
        break;
      case 'jump': {
        const picked = await prompter.select(
          'Go to which step?',
          steps.map((s, i) => ({ name: `${i + 1}. ${s.title}${store.session.done.includes(s.id) ? ' (done)' : ''}`, value: String(i) })),
          String(index),
        );
        save({ current_step: Number(picked) });
        arrived = true;
        break;
      }
      case 'quit':
        return;
    }
  }
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

/** The plain walk with its real prompts (@inquirer/prompts) and the estimation engine under the session's conventions: `hld practice <problem> --plain`. */
export async function showPlainPractice(store: SessionStore, problem: Problem, framework: Framework, env: NodeJS.ProcessEnv, write: (text: string) => void): Promise<void> {
  const inputs = { run: runEstimate, problem, prices: loadPrices({ env }), conventions: store.session.conventions };
  await showPlainWalk(await inquirerPrompter(write), store, problem, framework, inputs);
}
