import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, type Language } from '../../../src/core/judge/nlp.js';
import { buildReport, type SessionReport } from '../../../src/core/judge/report.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { answerSession, type AnswerKind, type ProblemCorpus } from '../../fixtures/corpus/answer.js';
import { GENERIC_SOUP } from '../../fixtures/corpus/generic.js';
import { INSTAGRAM } from '../../fixtures/corpus/instagram.js';
import { NETFLIX } from '../../fixtures/corpus/netflix.js';
import { TWITTER } from '../../fixtures/corpus/twitter.js';
import { UBER } from '../../fixtures/corpus/uber.js';
import { URL_SHORTENER } from '../../fixtures/corpus/url-shortener.js';
import { WHATSAPP } from '../../fixtures/corpus/whatsapp.js';
import { detailLines, printTables, scoreTable } from '../../fixtures/corpus-table.js';

/**
 * The graded corpus: for every problem, six answers written as candidates
 * write them (in our own words), judged as a whole mock. The order is the one
 * an interviewer would give. HLD_CORPUS_TABLE=1 prints the score table (this
 * corpus and the blind one, corpus-blind.test.ts):
 *   HLD_CORPUS_TABLE=1 npx vitest run test/core/judge/corpus
 */
const CORPORA: readonly ProblemCorpus[] = [URL_SHORTENER, TWITTER, WHATSAPP, UBER, NETFLIX, INSTAGRAM];
const KINDS: readonly AnswerKind[] = ['strong', 'mediocre', 'paraphrase', 'soup', 'rejecting', 'generic'];

let language: Language;
const reports = new Map<string, SessionReport>();
const hld14 = loadFramework('hld14');

beforeAll(async () => {
  language = await loadLanguage();
  for (const corpus of CORPORA) {
    const problem = loadProblem(corpus.problem);
    for (const kind of KINDS) {
      const answer = kind === 'generic' ? GENERIC_SOUP : corpus.answers[kind];
      reports.set(`${corpus.problem}/${kind}`, await buildReport(answerSession(corpus.problem, answer), problem, hld14, { language }));
    }
  }
  if (printTables()) {
    const problems = CORPORA.map((c) => c.problem);
    const get = (p: string, k: string) => reports.get(`${p}/${k}`);
    console.log(`${scoreTable('Graded corpus', problems, KINDS, get)}\n\n${detailLines(problems, KINDS, get)}`);
  }
}, 120_000);

const score = (problem: string, kind: AnswerKind) => reports.get(`${problem}/${kind}`)!.score;

describe.each(CORPORA.map((c) => [c.problem, c] as const))('the graded corpus for %s', (problem, corpus) => {
  it('ranks the answers as an interviewer would', () => {
    expect(score(problem, 'strong')).toBeGreaterThanOrEqual(80);
    expect(score(problem, 'strong')).toBeGreaterThanOrEqual(score(problem, 'mediocre') + 10);
    expect(score(problem, 'paraphrase')).toBeGreaterThanOrEqual(60);
    expect(score(problem, 'soup')).toBeLessThanOrEqual(40);
    expect(score(problem, 'generic')).toBeLessThanOrEqual(30);
    expect(score(problem, 'rejecting')).toBeLessThanOrEqual(40);
  });

  it('names exactly the key points the mediocre answer leaves out', () => {
    const missed = reports.get(`${problem}/mediocre`)!.keyPoints.filter((p) => !p.earned).map((p) => p.id);
    expect(missed.sort()).toEqual([...corpus.mediocreMisses].sort());
  });

  it('gives every key point the strong answer earned a quoted sentence from its notes', () => {
    const strong = reports.get(`${problem}/strong`)!;
    for (const p of strong.keyPoints.filter((k) => k.earned)) {
      const notes = Object.values(corpus.answers.strong.notes).join('\n');
      for (const sentence of p.evidence!.sentences) expect(notes, p.id).toContain(sentence.slice(0, 30));
    }
  });

  it('earns nothing from a soup of terms, and nothing from sentences that turn the points down', () => {
    expect(reports.get(`${problem}/soup`)!.keyPoints.filter((p) => p.earned).map((p) => p.id)).toEqual([]);
    const rejecting = reports.get(`${problem}/rejecting`)!;
    expect(rejecting.keyPoints.filter((p) => p.earned).map((p) => p.id)).toEqual([]);
    expect(rejecting.keyPoints.some((p) => p.miss === 'rejected')).toBe(true);
  });
});
