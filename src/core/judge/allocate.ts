import type { Match, RuleVerdict, Span } from './rules.js';

/**
 * One statement, one point. A sentence can earn several key points only when
 * it says something distinct for each: no word a point's match used may
 * serve another point too. "When the cache or the key service fails, the
 * system fails over" names one recovery for two failures, so it earns one of
 * them; "Redis keeps hot links, and clicks go to Kafka for the analytics
 * consumers" earns two, from different words.
 *
 * Points are settled most constrained first (fewest earning windows), in the
 * problem's order on ties; each takes its first window whose words are still
 * free. A point left with none is missed as `shared`, naming the point that
 * took its statement.
 */

const overlaps = (a: Span, b: Span) => a.passage === b.passage && a.from <= b.to && b.from <= a.to;

export function allocate(verdicts: ReadonlyMap<string, RuleVerdict>): Map<string, RuleVerdict> {
  const out = new Map(verdicts);
  const claimed: { span: Span; point: string }[] = [];
  const earned = [...verdicts].filter(([, v]) => v.earned && v.matches && v.matches.length > 0);
  earned.sort(([, a], [, b]) => a.matches!.length - b.matches!.length);
  for (const [id, verdict] of earned) {
    const free = (m: Match) => m.spans.every((s) => !claimed.some((c) => overlaps(c.span, s)));
    const chosen = verdict.matches!.find(free);
    if (chosen) {
      for (const span of chosen.spans) claimed.push({ span, point: id });
      out.set(id, { ...verdict, evidence: chosen.evidence, ...(chosen.number ? { number: chosen.number } : {}) });
      continue;
    }
    const first = verdict.matches![0]!;
    const owner = claimed.find((c) => first.spans.some((s) => overlaps(c.span, s)))?.point;
    out.set(id, { earned: false, evidence: first.evidence, found: verdict.found, missing: [], miss: 'shared', ...(owner ? { sharedWith: owner } : {}) });
  }
  return out;
}
