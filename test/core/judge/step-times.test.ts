import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, type Language } from '../../../src/core/judge/nlp.js';
import { renderReportText } from '../../../src/core/judge/render.js';
import { buildReport } from '../../../src/core/judge/report.js';
import { newMockClock } from '../../../src/core/mock/clock.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { mockSession } from '../mock/session-fixture.js';

const shortener = loadProblem('url-shortener');
const hld14 = loadFramework('hld14');
let language: Language;
beforeAll(async () => {
  language = await loadLanguage();
});

describe('the time per step and pacing say what happened', () => {
  it('a step with notes but no time was reached; time over budget is reported as over, with or without content', async () => {
    const r = await buildReport(
      mockSession(1, {
        problem: shortener.id,
        notes: { 'clarify-requirements': 'links', 'scalability-reliability': 'We replicate the redirect cache across three regions so a region outage keeps links working.' },
        time_spent: { 'clarify-requirements': 52 },
        mock: { ...newMockClock(1), elapsed_seconds: 52, finished: true },
      }),
      shortener,
      hld14,
      { language },
    );
    const text = renderReportText(r).replace(/ {2,}/g, ' ');
    expect(text).toMatch(/Scalability and reliability 0:00 0:0\d notes, no time on the clock: not counted/);
    expect(text).toMatch(/Clarify requirements 0:52 0:0\d over by 0:\d\d; no real content: not counted/);
    const pacing = r.dimensions.find((d) => d.id === 'pacing')!;
    expect(pacing.reason).toMatch(/over budget: Clarify requirements \+0:\d\d/);
    expect(pacing.reason).not.toContain('within budget');
  });
});
