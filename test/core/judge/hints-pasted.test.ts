import { beforeAll, describe, expect, it } from 'vitest';
import { stepHints } from '../../../src/core/judge/hints.js';
import { loadLanguage, type Language } from '../../../src/core/judge/nlp.js';
import { buildReport, type SessionReport } from '../../../src/core/judge/report.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { answerSession, ON_BUDGET } from '../../fixtures/corpus/answer.js';

/**
 * A mock's hints pasted as the notes: every level a mock shows on every step
 * (the questions to ask yourself and the nudges), as a candidate could copy
 * them off the screen. A question or an instruction to oneself states no
 * design decision, so the paste must score low and earn at most one key point.
 */
const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'] as const;
const hld14 = loadFramework('hld14');
let language: Language;
const reports = new Map<string, SessionReport>();

beforeAll(async () => {
  language = await loadLanguage();
  for (const id of PROBLEMS) {
    const problem = loadProblem(id);
    const notes = Object.fromEntries(
      hld14.steps.map((step) => [step.id, stepHints(problem, step, 'mock').flatMap((level) => level.lines).join('\n')] as const).filter(([, text]) => text.length > 0),
    );
    const session = answerSession(id, { notes, minutes: ON_BUDGET }, `hints-${id}`);
    reports.set(id, await buildReport(session, problem, hld14, { language }));
  }
}, 120_000);

describe.each(PROBLEMS)('the hints of a %s mock pasted as notes', (id) => {
  it('score low and earn at most one key point', () => {
    const report = reports.get(id)!;
    const earned = report.keyPoints.filter((p) => p.earned).map((p) => p.id);
    if (process.env["HLD_CORPUS_TABLE"]) console.log(`${id}: ${report.score} ${JSON.stringify(report.dimensions.map((d) => [d.id, d.earned]))}\n${report.keyPoints.filter((p) => p.earned).map((p) => `  ${p.id}: ${JSON.stringify(p.evidence?.sentences)}`).join("\n")}`);
    expect(report.score).toBeLessThanOrEqual(15);
    expect(earned.length).toBeLessThanOrEqual(1);
  });
});
