import type { HintPart } from './template/schema.js';
import type { Problem } from './problem/schema.js';

/**
 * Hints: parts of the problem's own design, revealed one at a time on a
 * step. The practice screen's guide and the plain walk show the same text.
 */

/** A hint: one part of the problem's own design, as short lines of text. */
export interface HintSection {
  readonly part: HintPart;
  readonly title: string;
  readonly lines: readonly string[];
}

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

/** A hint as one block of plain text: its title, then its lines. */
export function hintText(problem: Problem, part: HintPart): string {
  const section = hintSection(problem, part);
  return [`Hint: ${section.title}`, ...section.lines].join('\n');
}
