import { act } from 'react';
import { describe, expect, test } from 'vitest';
import { loadAllProblems } from '../../src/core/problem/load.js';
import type { Problem } from '../../src/core/problem/schema.js';
import { newSession } from '../../src/core/session/session-store.js';
import { listFrameworks } from '../../src/core/template/load.js';
import type { Framework } from '../../src/core/template/schema.js';
import { estimatorRows } from '../../src/ui/practice/estimator.js';
import { guideLines } from '../../src/ui/practice/guide.js';
import { currentStep, type PracticeState } from '../../src/ui/practice/state.js';
import { practiceStateFor, renderPracticeFrame } from '../../src/ui/render-frame.js';

/**
 * A mock shows nothing of the reference design before its report, on any step
 * of either framework, for every problem: not in the guide with every hint
 * revealed (scrolled or not: all its rows are read), not in the architecture
 * editor, not in the estimator (no computed estimate or cost).
 */

/** Text that only the reference design (or the key points) would put on screen. */
function referenceMarks(problem: Problem): string[] {
  return [
    ...problem.architecture.components.map((c) => `[${c.label}]`),
    ...problem.key_points.map((k) => k.point),
    ...problem.apis.map((a) => `${a.method} ${a.path}`),
    ...problem.services.map((s) => `${s.name}: ${s.responsibility}`),
    ...problem.data_model.map((e) => `${e.entity} (${e.store})`),
    ...problem.requirements.functional,
    ...problem.deep_dives.map((d) => `${d.topic}:`),
    ...problem.failure_modes.map((f) => `${f.failure} -> ${f.mitigation}`),
  ];
}

/** Rows joined, whitespace collapsed, so a wrapped line reads whole. */
const flat = (texts: readonly string[]) => texts.map((t) => t.trim()).join(' ').replace(/\s+/g, ' ');

/** Everything a step can show: the guide with every hint asked for (and y pressed), each panel's frame, the estimator's rows. */
function everythingShown(problem: Problem, framework: Framework, mode: 'mock' | 'practice', step: number): string {
  const session = { ...newSession({ problem: problem.id, framework: framework.id, mode, ...(mode === 'mock' ? { mockMinutes: 45 } : {}) }), current_step: step };
  const keys = ['\x1b', 'h', 'y', 'h', 'y', 'h', 'y', 'h', 'y'];
  const shown: string[] = [];
  let state: PracticeState | undefined;
  act(() => {
    state = practiceStateFor({ problem, framework, session, keys });
    shown.push(renderPracticeFrame({ state: state! }));
    // The other panel (tool or guide), and the tool's field open.
    shown.push(renderPracticeFrame({ problem, framework, session: state!.session, keys: ['\x1b', 'g'] }));
    shown.push(renderPracticeFrame({ problem, framework, session: state!.session, keys: ['\x1b[Z'] }));
  });
  const s = state!;
  shown.push(flat(guideLines(currentStep(s), problem, s.session, 70).lines.map((l) => l.text)));
  return shown.join('\n');
}

/** What kinds of value the step's estimator lists: 'traffic' (or another group) for assumptions, 'price', or computed 'estimate', 'cost', 'total'. */
function estimatorKinds(problem: Problem, framework: Framework, mode: 'mock' | 'practice', step: number): Set<string> {
  const session = { ...newSession({ problem: problem.id, framework: framework.id, mode, ...(mode === 'mock' ? { mockMinutes: 45 } : {}) }), current_step: step };
  const state = practiceStateFor({ problem, framework, session });
  if (!state.estimator.shown) return new Set();
  const report = state.estimator.shown;
  return new Set(
    estimatorRows(report, currentStep(state).kind).flatMap((r) => {
      if (r.type !== 'value') return [];
      // The conventions (seconds in a day, month, ...) are the candidate's own choice, not the reference's; a design check is an answer.
      if (r.group === 'convention') return [];
      if (r.group === 'check') return ['check'];
      const entry = report.get(r.key);
      if (!entry) throw new Error(`a row with no entry: ${r.key}`);
      return ['kind' in entry ? entry.kind : 'group' in entry ? entry.group : 'price'];
    }),
  );
}

const problems = loadAllProblems().map((l) => {
  if (!l.problem) throw new Error(`${l.entry.id}: ${l.error}`);
  return l.problem;
});

describe('a mock is cold until its report', () => {
  for (const problem of problems) {
    // Every step of both frameworks is drawn: seconds on a quiet machine, more on a shared one.
    test(`${problem.id}: no step of either framework shows the reference, hints included`, { timeout: 90_000 }, () => {
      const marks = referenceMarks(problem);
      for (const framework of listFrameworks()) {
        for (let step = 0; step < framework.steps.length; step++) {
          const text = everythingShown(problem, framework, 'mock', step);
          const flatText = flat(text.split('\n'));
          const seen = marks.filter((m) => text.includes(m) || flatText.includes(m));
          expect(seen, `${framework.id} step ${step + 1}`).toEqual([]);
          // The estimator keeps the scale (traffic assumptions) and one row saying where the answers went.
          const kinds = estimatorKinds(problem, framework, 'mock', step);
          expect([...kinds].filter((k) => k !== 'traffic' && k !== 'total'), `${framework.id} step ${step + 1}`).toEqual([]);
        }
      }
    });
  }

  test('the same check finds the reference in practice once it is asked for (so it can fail)', () => {
    const problem = problems.find((p) => p.id === 'twitter')!;
    const framework = listFrameworks().find((f) => f.id === 'hld14')!;
    const architecture = framework.steps.findIndex((s) => s.kind === 'architecture');
    const capacity = framework.steps.findIndex((s) => s.kind === 'estimation');
    const marks = referenceMarks(problem);
    const atArchitecture = everythingShown(problem, framework, 'practice', architecture);
    expect(marks.filter((m) => atArchitecture.includes(m))).toContain('[Home timeline cache (Redis lists)]');
    // Practice keeps the live estimator's computed values: the estimator is a tool there.
    const atCapacity = everythingShown(problem, framework, 'practice', capacity);
    expect(atCapacity).toContain('Estimates');
    expect(estimatorKinds(problem, framework, 'practice', capacity)).toContain('estimate');
    expect(estimatorKinds(problem, framework, 'practice', capacity)).toContain('capacity');
    expect(estimatorKinds(problem, framework, 'mock', capacity)).toEqual(new Set(['traffic', 'total']));
  });
});
