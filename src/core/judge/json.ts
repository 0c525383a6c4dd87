import type { SessionReport } from './report.js';

/**
 * The report as `hld report --json` prints it: stable snake_case names,
 * `score` the automatic suggestion (0-100), `reviewed_score` the score after
 * the candidate's review or null, every dimension, and every key point with
 * its verdict and evidence.
 */
export function reportToJson(report: SessionReport): unknown {
  return {
    session: report.sessionId,
    problem: report.problemId,
    framework: report.frameworkId,
    mode: report.mode,
    score: report.score,
    reviewed_score: report.reviewedScore,
    ended_early: report.endedEarly,
    elapsed_seconds: report.elapsedSeconds,
    total_seconds: report.totalSeconds,
    dimensions: report.dimensions.map((d, i) => ({
      id: d.id,
      name: d.name,
      score: d.earned,
      max: d.max,
      reviewed_score: report.reviewedDimensions?.[i]?.earned ?? null,
      reason: d.reason,
    })),
    hints: { cost: report.hintCost, rule: report.hintRule, used: report.hints.map((h) => ({ step: h.stepId, levels: h.kinds, cost: h.cost })) },
    key_points: report.keyPoints.map((p) => ({
      id: p.id,
      point: p.point,
      dimension: p.dimension,
      verdict: p.earned ? 'earned' : p.credit > 0 ? 'partial' : 'missed',
      credit: p.credit,
      miss: p.miss ?? null,
      reviewed_verdict: p.reviewedEarned ? 'earned' : 'missed',
      review: p.review ?? null,
      reason: p.explanation,
      evidence: p.evidence ? { step: p.evidence.stepId, step_title: p.evidence.stepTitle, sentences: p.evidence.sentences, part_only: p.evidence.partOnly === true } : null,
      number: p.number
        ? { wrote: p.number.wrote, estimate: p.number.estimateKey, label: p.number.label, expected: p.number.expected, ratio: p.number.ratio, within_3x: p.number.close, note: p.number.note ?? null }
        : null,
      why: p.why,
      would_count: p.earned ? null : p.wouldCount,
    })),
    estimates: report.estimateError
      ? { error: report.estimateError }
      : report.estimates.map((e) => ({
          quantity: e.slot.id,
          wrote: e.check?.wrote ?? e.unchecked?.wrote ?? null,
          estimate: e.check?.estimateKey ?? null,
          label: e.check?.label ?? e.expectedLabel,
          expected: e.check?.expected ?? e.expected,
          within_3x: e.check ? e.check.close : null,
          not_checked: e.unchecked ? `for ${e.unchecked.parts.map((p) => p.toLowerCase()).join(' and ')} only, which is not estimated on its own` : null,
          evidence: e.evidence ? { step: e.evidence.stepId, sentence: e.evidence.sentence } : null,
        })),
    architecture: {
      shared: report.architecture.shared.map((m) => ({ yours: m.candidate.id, reference: m.reference.id })),
      missed: report.architecture.missed.map((c) => c.id),
      added: report.architecture.added.map((c) => c.id),
      connections: {
        shared: report.architecture.sharedConnections,
        missed: report.architecture.missedConnections,
        added: report.architecture.addedConnections,
      },
    },
    stated_assumptions: report.statedAssumptions.map((a) => ({ key: a.key, wrote: a.wrote, theirs: a.theirs, session: a.session, used: a.used })),
    padding: { share: Math.round(report.padding.share * 100) / 100, named_factor: Math.round(report.padding.factor * 100) / 100 },
    cut_steps: report.cutSteps.map((c) => ({ step: c.stepId, length: c.length, judged: c.length - c.cut })),
    requirements_not_found: [...report.requirements.functional.missing, ...report.requirements.nonFunctional.missing],
    steps: report.steps.map((s) => ({ step: s.stepId, spent_seconds: s.spentSeconds, budget_seconds: s.budgetSeconds, real_content: s.realContent, pacing_credit: Math.round(s.credit * 100) / 100 })),
  };
}
