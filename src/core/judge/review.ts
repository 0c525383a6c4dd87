import type { ReviewChoice, SessionReport } from './report.js';
import { pacingShare, scoreDimensions, totalScore } from './score.js';

// Apart from report.ts so that a stored report (stored-report.ts) takes the
// candidate's review without loading the judgement, its NLP model or mathjs.

/**
 * The report with the candidate's review applied: each key point they
 * overruled flips, and the reviewed score is worked out the same way as the
 * automatic one. Key points left out of `choices` keep their verdict.
 */
export function applyReview(report: SessionReport, choices: Readonly<Record<string, ReviewChoice>>): SessionReport {
  const keyPoints = report.keyPoints.map((p) => {
    const review = choices[p.id];
    if (!review) return { ...p, reviewedEarned: p.earned, reviewedCredit: p.credit };
    if (review === 'accept') return { ...p, review, reviewedEarned: p.earned, reviewedCredit: p.credit };
    return { ...p, review, reviewedEarned: !p.earned, reviewedCredit: p.earned ? 0 : 1 };
  });
  const facts = {
    ...report,
    keyPoints,
    pacing: report.dimensions.some((d) => d.id === 'pacing' && d.max > 0) ? pacingShare(report.steps) : undefined,
    namedFactor: report.padding.factor,
  };
  const reviewedDimensions = scoreDimensions(facts, (p) => p.reviewedCredit);
  return { ...report, keyPoints, reviewedDimensions, reviewedScore: totalScore(reviewedDimensions, report.hintCost) };
}
