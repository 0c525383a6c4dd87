import { DEFAULT_CONVENTIONS, type Conventions } from '../conventions.js';
import { runEstimate } from '../estimate/engine.js';
import type { EstimateReport } from '../estimate/types.js';
import { HldError } from '../errors.js';
import { sessionLengthSeconds } from '../mock/clock.js';
import type { PriceTable } from '../prices/schema.js';
import type { KeyPoint, Problem } from '../problem/schema.js';
import type { Session } from '../session/schema.js';
import { stepPhase, type Framework } from '../template/schema.js';
import { allocate } from './allocate.js';
import { compareArchitecture, type ArchitectureComparison } from './architecture.js';
import { creditOf } from './credit.js';
import { boundNotes, type CutStep } from './blocks.js';
import { compileGroups, expandGroup, loadAliases, loadLexicon, type Lexicon } from './concepts.js';
import { endpointCoverage, entityCoverage, requirementCoverage, type Coverage } from './coverage.js';
import { checkAllNumbers, checkEstimates, type SlotCheck } from './estimates.js';
import { readFigures, type StatedAssumption } from './figures.js';
import { namedFragments } from './fragments.js';
import { HINT_RULE, hintCost, hintUse, type HintUse } from './hints.js';
import { loadLanguage, type Language } from './nlp.js';
import { stepPacing, type StepPacing } from './pacing.js';
import { paddingOf, type Padding } from './padding.js';
import { toPassages, type Passage } from './passages.js';
import { restatedPassages } from './restated.js';
import { judgeRule, NUMBER_TOLERANCE, type MissReason, type NumberCheck, type RuleContext, type RuleVerdict } from './rules.js';
import { applyReview } from './review.js';
import { DIMENSIONS, pacingShare, scoreDimensions, totalScore, type DimensionScore } from './score.js';

/**
 * The report on a session: every key point's verdict with the passage that
 * earned it (or why it was missed and what would have counted), the numbers
 * checked against the engine, the candidate's architecture beside the
 * reference, hints used, and a score split by the dimensions an
 * interviewer's rubric uses. The score is a suggestion: the candidate may
 * review each verdict (accept or overrule), and the reviewed score is kept
 * beside it, never in its place.
 */

export type ReviewChoice = 'accept' | 'overrule';

export interface KeyPointVerdict {
  readonly id: string;
  readonly point: string;
  readonly why: string;
  readonly dimension: KeyPoint['dimension'];
  /** The automatic verdict. */
  readonly earned: boolean;
  readonly miss?: MissReason;
  readonly evidence?: { readonly stepId: string; readonly stepTitle: string; readonly sentences: readonly string[]; readonly partOnly?: boolean };
  readonly number?: NumberCheck;
  readonly found: readonly string[];
  readonly missing: readonly string[];
  /** One line: why it was earned or missed. */
  readonly explanation: string;
  /** What would have earned it, in words. */
  readonly wouldCount: string;
  /** A sentence that would have earned it. */
  readonly example: string;
  /** The candidate's review of the verdict, if they gave one. */
  readonly review?: ReviewChoice;
  /** The verdict after review: the automatic one, flipped when overruled. */
  readonly reviewedEarned: boolean;
  /** What the point is worth in the score, 0 to 1 (see credit.ts): 1 when earned, part of it for a partial answer. */
  readonly credit: number;
  /** After review: 1 if overruled to earned, 0 if overruled to missed, else the automatic credit. */
  readonly reviewedCredit: number;
}

export interface SessionReport {
  readonly sessionId: string;
  readonly problemId: string;
  readonly problemTitle: string;
  readonly frameworkId: string;
  readonly mode: Session['mode'];
  readonly totalSeconds: number;
  readonly elapsedSeconds: number;
  /** A mock ended before its clock ran out. */
  readonly endedEarly: boolean;
  readonly steps: readonly StepPacing[];
  readonly keyPoints: readonly KeyPointVerdict[];
  readonly estimates: readonly SlotCheck[];
  /** The candidate's number for every estimate they gave one for, checked at their assumptions. */
  readonly numbers: readonly NumberCheck[];
  /** Assumptions the candidate stated in the notes, and whether numbers were checked at them. */
  readonly statedAssumptions: readonly StatedAssumption[];
  /** Why numbers could not be checked (a saved assumption no longer fits), if so. */
  readonly estimateError?: string;
  /** How much of the answer only lists terms, and what that does to the named and drawn parts of the score. */
  readonly padding: Padding;
  /** Steps whose notes were longer than is judged, and how much was left out. */
  readonly cutSteps: readonly (CutStep & { readonly stepTitle: string })[];
  readonly requirements: { readonly functional: Coverage; readonly nonFunctional: Coverage };
  readonly endpoints: Coverage;
  readonly entities: Coverage;
  readonly architecture: ArchitectureComparison;
  readonly hints: readonly HintUse[];
  readonly hintCost: number;
  readonly hintRule: string;
  readonly dimensions: readonly DimensionScore[];
  /** 0 to 100, the automatic suggestion. */
  readonly score: number;
  /** After the candidate's review; null until they review. */
  readonly reviewedScore: number | null;
  readonly reviewedDimensions: readonly DimensionScore[] | null;
}

export interface ReportOptions {
  readonly language?: Language;
  readonly lexicon?: Lexicon;
  readonly prices?: PriceTable;
}

const stepTitle = (framework: Framework, stepId: string) => framework.steps.find((s) => s.id === stepId)?.title ?? stepId;

/** The notes in framework order, then any notes under step ids the framework no longer has. */
export function notesByStep(session: Pick<Session, 'notes'>, framework: Framework): { stepId: string; notes: string }[] {
  const known = framework.steps.map((s) => ({ stepId: s.id, notes: session.notes[s.id] ?? '' }));
  const others = Object.keys(session.notes)
    .filter((id) => !framework.steps.some((s) => s.id === id))
    .map((id) => ({ stepId: id, notes: session.notes[id]! }));
  return [...known, ...others].filter((n) => n.notes.trim() !== '');
}

const quoteList = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

function explain(verdict: RuleVerdict, point: KeyPoint): string {
  const n = verdict.number;
  const numberLine = n ? (n.note ? `you wrote ${n.wrote}; ${n.note}` : `you wrote ${n.wrote}; at your assumptions ${n.label.toLowerCase()} is ${n.expected}`) : '';
  if (verdict.earned) return n ? (n.note ? numberLine : `${numberLine} (within ${NUMBER_TOLERANCE}x)`) : 'said in your notes';
  switch (verdict.miss) {
    case 'partial':
      return verdict.found.length > 0
        ? `you wrote about ${quoteList(verdict.found)} but not ${quoteList(verdict.missing)} in the same statement`
        : `not found in your notes (it needs ${quoteList(verdict.missing)})`;
    case 'list_only':
      return verdict.fragments
        ? 'only in a line of short fragments ("do X, do Y"), and most of your answer is written that way: such lines name moves without making them, so say what each does in this design and why'
        : 'only named in a list of terms or a bare "X vs Y"; a list earns nothing, so say what the design does with it and why';
    case 'rejected':
      return 'only in a sentence that turns it down';
    case 'no_reason':
      return 'stated without a concrete reason; this point needs the why, naming a consequence (because..., so that..., instead of..., at the cost of...), not "so it scales"';
    case 'no_number':
      return `no number for it there (it is checked against ${(point.estimates ?? []).join(', ')})`;
    case 'number_off':
      return n?.note ? numberLine : `${numberLine}: more than ${NUMBER_TOLERANCE}x apart`;
    case 'wrong_step':
      return point.phases
        ? `said in a step where it does not count; it belongs in the ${point.phases.join(' or ').replace(/_/g, ' ')} step`
        : 'said only while sizing it in the estimation; a number sizes a design, it does not decide it, so say the decision where you design';
    case 'restated':
      return "only in a sentence that restates the problem's requirements; a requirement repeated is not a design decision";
    case 'contradicted':
      return 'your notes state the opposite of this point, so it is not earned; see the quoted sentence';
    case 'shared':
      return `the only statement that says it already earned ${verdict.sharedWith ? `"${verdict.sharedWith.replace(/_/g, ' ')}"` : 'another point'}; one statement earns one point unless it says something distinct for each`;
    default:
      return 'not found in your notes';
  }
}

/** "a passage that names push (or fan-out on write, ...) together with ..., with a reason". */
export function wouldCount(problem: Pick<Problem, 'id'>, point: KeyPoint, lexicon: Lexicon): string {
  const groups = point.concepts.map((group, i) => {
    const expressions = expandGroup(group, lexicon, `${problem.id}: key_points.${point.id}.concepts.${i}`).filter((e) => !e.includes('...'));
    const shown = expressions.slice(0, 3).join(' / ');
    return expressions.length > 3 ? `${shown} / ...` : shown;
  });
  const together = groups.length === 1 ? `a sentence that says ${groups[0]}` : `one sentence (or two in a row) that says ${groups.slice(0, -1).join(', ')} and ${groups.at(-1)}`;
  const needs =
    point.needs === 'reasoning'
      ? ', with a concrete reason (what it causes or avoids, not "so it scales")'
      : point.needs === 'number'
        ? `, with the number named next to its quantity and unit, within ${NUMBER_TOLERANCE}x of the estimate`
        : '';
  return `${together}${needs}; a list of terms, a negated sentence or a restated requirement does not count`;
}

function estimateFor(session: Session, problem: Problem, prices?: PriceTable): { report?: EstimateReport; error?: string; conventions: Conventions } {
  const conventions = { ...DEFAULT_CONVENTIONS, ...session.conventions };
  try {
    return { report: runEstimate(problem, { overrides: session.overrides, conventions, ...(prices ? { prices } : {}) }), conventions };
  } catch (error) {
    if (!(error instanceof HldError)) throw error;
    return { error: error.message, conventions };
  }
}

export async function buildReport(session: Session, problem: Problem, framework: Framework, options: ReportOptions = {}): Promise<SessionReport> {
  const language = options.language ?? (await loadLanguage());
  const lexicon = options.lexicon ?? loadLexicon();
  const bounded = boundNotes(notesByStep(session, framework));
  const phases = new Map(framework.steps.map((s) => [s.id, stepPhase(s)]));
  const passages: Passage[] = namedFragments(toPassages(language, bounded.steps), (p) => phases.get(p.stepId) === 'requirements');
  const estimate = estimateFor(session, problem, options.prices);
  const assumesIn = (p: Passage) => ['requirements', 'estimation'].includes(phases.get(p.stepId) ?? '');
  const figures = readFigures(passages, problem, estimate.report, { assumesIn, overrides: session.overrides, conventions: estimate.conventions, ...(options.prices ? { prices: options.prices } : {}) });
  const context: RuleContext = {
    passages,
    phaseOf: (id) => phases.get(id),
    ...(figures.estimate ? { estimate: figures.estimate } : {}),
    ...(figures.withoutOverheads ? { withoutOverheads: figures.withoutOverheads } : {}),
    conventions: estimate.conventions,
    numbers: figures.numbers,
    aliases: loadAliases(),
    restated: restatedPassages(problem, passages),
  };

  const verdicts = allocate(new Map(problem.key_points.map((point) => [point.id, judgeRule(point, compileGroups(problem, point, lexicon), context)] as const)));
  const titleOf = (id: string) => stepTitle(framework, id);
  const keyPoints: KeyPointVerdict[] = problem.key_points.map((point) => {
    const verdict = verdicts.get(point.id)!;
    return {
      id: point.id,
      point: point.point,
      why: point.why,
      dimension: point.dimension,
      earned: verdict.earned,
      ...(verdict.miss ? { miss: verdict.miss } : {}),
      ...(verdict.evidence ? { evidence: { ...verdict.evidence, stepTitle: titleOf(verdict.evidence.stepId) } } : {}),
      ...(verdict.number ? { number: verdict.number } : {}),
      found: verdict.found,
      missing: verdict.missing,
      explanation: explain(verdict, point),
      wouldCount: wouldCount(problem, point, lexicon),
      example: point.samples.valid[0]!,
      reviewedEarned: verdict.earned,
      credit: creditOf(verdict),
      reviewedCredit: creditOf(verdict),
    };
  });

  const totalSeconds = sessionLengthSeconds(session, framework);
  const elapsedSeconds = session.mock?.elapsed_seconds ?? Object.values(session.time_spent).reduce((a, b) => a + b, 0);
  const steps = stepPacing(session, framework, totalSeconds, passages);
  const hints = hintUse(session, problem, framework);
  const facts = {
    keyPoints,
    estimates: checkEstimates(context),
    numbers: checkAllNumbers(context),
    requirements: requirementCoverage(problem, passages, (p) => phases.get(p.stepId) === 'requirements'),
    endpoints: endpointCoverage(problem, passages.map((p) => p.text).join('\n')),
    entities: entityCoverage(
      problem,
      passages.filter((p) => ['api', 'data'].includes(phases.get(p.stepId) ?? '')).length > 0 ? passages.filter((p) => ['api', 'data'].includes(phases.get(p.stepId) ?? '')) : passages,
      (p) => phases.get(p.stepId) === 'data',
    ),
    architecture: compareArchitecture(problem, session, lexicon),
    pacing: steps.some((s) => s.spentSeconds > 0) ? pacingShare(steps) : undefined,
    steps,
    padding: paddingOf(passages, (p) => phases.get(p.stepId) === 'requirements'),
  };
  const dimensions = scoreDimensions({ ...facts, namedFactor: facts.padding.factor }, (p) => p.credit);
  const cost = hintCost(hints);
  const report: SessionReport = {
    sessionId: session.id,
    problemId: problem.id,
    problemTitle: problem.title,
    frameworkId: framework.id,
    mode: session.mode,
    totalSeconds,
    elapsedSeconds,
    endedEarly: session.mode === 'mock' && elapsedSeconds < totalSeconds,
    steps,
    keyPoints,
    estimates: facts.estimates,
    numbers: facts.numbers,
    statedAssumptions: figures.stated,
    ...(estimate.error ? { estimateError: estimate.error } : {}),
    padding: facts.padding,
    cutSteps: bounded.cut.map((c) => ({ ...c, stepTitle: titleOf(c.stepId) })),
    requirements: facts.requirements,
    endpoints: facts.endpoints,
    entities: facts.entities,
    architecture: facts.architecture,
    hints,
    hintCost: cost,
    hintRule: HINT_RULE,
    dimensions,
    score: totalScore(dimensions, cost),
    reviewedScore: null,
    reviewedDimensions: null,
  };
  return session.review ? applyReview(report, session.review.verdicts) : report;
}

export { applyReview, DIMENSIONS };
