import { HINT_COSTS, stepHints, type HintKind, type HintLevel } from './judge/hints.js';
import type { Problem } from './problem/schema.js';
import type { Session } from './session/schema.js';
import type { HintPart, Step } from './template/schema.js';

/**
 * Hints, as the practice screen's guide and the plain walk show them. They are
 * graduated (src/core/judge/hints.ts, stepHints): `h` reveals questions to ask
 * yourself, then a nudge, and last, in practice only, the reference design:
 * parts of the problem's own design. A mock never shows the reference (nor any
 * key point's text) before its report. Each level revealed is counted in
 * session.hints_shown and costs score (HINT_COSTS), as the report says.
 */

export { HINT_COSTS, stepHints, type HintKind, type HintLevel };

/** A block of hint text: a title and short lines. */
export interface HintBlock {
  readonly title: string;
  readonly lines: readonly string[];
}

/** A part of the problem's own design, as short lines of text. */
export interface HintSection extends HintBlock {
  readonly part: HintPart;
}

/** What revealing a level gives, in a few words: "a nudge". */
export const HINT_KIND_WORDS: Readonly<Record<HintKind, string>> = { ask: 'questions to ask yourself', nudge: 'a nudge', reference: 'the reference design' };

/** The levels of a step for this session's mode, and how many of them are revealed. */
export function hintProgress(problem: Pick<Problem, 'key_points'>, step: Step, session: Pick<Session, 'mode' | 'hints_shown'>): { levels: HintLevel[]; shown: number } {
  const levels = stepHints(problem, step, session.mode);
  return { levels, shown: Math.min(session.hints_shown[step.id] ?? 0, levels.length) };
}

/** A revealed level as blocks of text: the questions or the nudge as one, the reference as one per part of the design. */
export function hintBlocks(problem: Problem, level: HintLevel): HintBlock[] {
  if (level.kind !== 'reference') return [{ title: level.title, lines: level.lines }];
  return (level.parts ?? []).map((part) => {
    const section = hintSection(problem, part);
    return { title: `${level.title}: ${section.title}`, lines: section.lines };
  });
}

/** "-0.5 in the report": what revealing a level costs, as the report will count it. */
export const hintCostText = (kind: HintKind): string => `-${HINT_COSTS[kind]} in the report`;

const TITLES: Readonly<Record<HintPart, string>> = {
  requirements: 'Requirements',
  actors: 'Actors',
  flows: 'Main flows',
  apis: 'APIs',
  services: 'Services',
  data_model: 'Data model',
  assumptions: 'Assumptions (defaults)',
  estimates: 'Estimates and their formulas',
  costs: 'Cost lines',
  architecture: 'Architecture',
  deep_dives: 'Deep dives',
  trade_offs: 'Trade-offs',
  failure_modes: 'Failures and mitigations',
  security: 'Security',
  key_points: 'Key points an interviewer listens for',
};

export function hintSection(problem: Problem, part: HintPart): HintSection {
  return { part, title: TITLES[part], lines: hintLines(problem, part) };
}

function hintLines(problem: Problem, part: HintPart): string[] {
  switch (part) {
    case 'requirements': {
      const r = problem.requirements;
      return [
        'Functional:',
        ...r.functional.map((x) => `- ${x}`),
        'Non-functional:',
        ...r.non_functional.map((x) => `- ${x}`),
        ...(r.out_of_scope.length ? ['Out of scope:', ...r.out_of_scope.map((x) => `- ${x}`)] : []),
      ];
    }
    case 'actors':
      return problem.actors.map((a) => `- ${a.name}: ${a.description}`);
    case 'flows':
      return problem.flows.flatMap((f) => [`${f.name}:`, ...f.steps.map((s, i) => `  ${i + 1}. ${s}`)]);
    case 'apis':
      return problem.apis.map((a) => `- ${a.method} ${a.path}: ${a.purpose}`);
    case 'services':
      return problem.services.map((s) => `- ${s.name}: ${s.responsibility}`);
    case 'data_model':
      return problem.data_model.flatMap((e) => [
        `${e.entity} (${e.store})${e.note ? `: ${e.note}` : ''}`,
        ...e.fields.map((f) => `  - ${f.name}: ${f.type}${f.note ? ` (${f.note})` : ''}`),
      ]);
    case 'assumptions':
      return problem.assumptions.map((a) => `- ${a.label}: ${String(a.value)} (${a.key})`);
    case 'estimates':
      return problem.estimates.map((e) => `- ${e.label} = ${e.formula}`);
    case 'costs':
      return problem.costs.map((c) => `- ${c.label} = ${c.formula}`);
    case 'architecture': {
      const label = new Map(problem.architecture.components.map((c) => [c.id, c.label]));
      return [
        ...problem.architecture.components.map((c) => `- [${c.label}] ${c.kind}${c.note ? `: ${c.note}` : ''}`),
        ...problem.architecture.connections.map(
          (c) => `  [${label.get(c.from) ?? c.from}] -> [${label.get(c.to) ?? c.to}]${c.label ? ` (${c.label})` : ''}`,
        ),
      ];
    }
    case 'deep_dives':
      return problem.deep_dives.flatMap((d) => [`${d.topic}:`, ...d.points.map((p) => `  - ${p}`)]);
    case 'trade_offs':
      return problem.trade_offs.map((t) => `- ${t.decision}: ${t.chosen} over ${t.alternative}, because ${t.why}`);
    case 'failure_modes':
      return problem.failure_modes.map((f) => `- ${f.failure} -> ${f.mitigation}`);
    case 'security':
      return problem.security.map((s) => `- ${s}`);
    case 'key_points':
      return problem.key_points.map((k) => `- ${k.point}`);
  }
}

/** A revealed level as plain text (the plain walk): each block's title, then its lines. */
export function hintLevelText(problem: Problem, level: HintLevel): string {
  // The questions and nudges are sentences, one a line; the reference's lines are laid out already.
  const bullet = (line: string) => (level.kind === 'reference' ? line : `- ${line}`);
  return hintBlocks(problem, level)
    .map((block) => [`Hint ${level.level}: ${block.title}`, ...block.lines.map(bullet)].join('\n'))
    .join('\n');
}
