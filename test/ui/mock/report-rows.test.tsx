import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport, type SessionReport } from '../../../src/core/judge/report.js';
import { renderReportText } from '../../../src/core/judge/render.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { reportRows } from '../../../src/ui/mock/report-rows.js';
import { JudgingFrame } from '../../../src/ui/mock/show-judging.js';
import { TextPager } from '../../../src/ui/mock/text-pager.js';
import { PLAIN_THEME, ThemeContext } from '../../../src/ui/theme.js';
import { answerSession } from '../../fixtures/corpus/answer.js';
import { TWITTER } from '../../fixtures/corpus/twitter.js';
import { splitsAtWraps } from '../kept-together.js';
import { renderApp, resizeApp, sendKeys, unmountApp, waitForText } from '../ink-helpers.js';

let report: SessionReport;
beforeAll(async () => {
  report = await buildReport(answerSession('twitter', TWITTER.answers.mediocre), loadProblem('twitter'), loadFramework('hld14'));
}, 30_000);

describe('the report laid out for a screen', () => {
  test('a table row wraps under its last column; a key point and its evidence under themselves', () => {
    const rows = reportRows(renderReportText(report), 79);
    for (const row of rows) expect(row.text.length, row.text).toBeLessThanOrEqual(79);
    const texts = rows.map((r) => r.text);
    const header = texts.find((t) => t.includes('Dimension') && t.includes('Why'))!;
    const why = header.indexOf('Why');
    const requirements = texts.findIndex((t) => t.trimStart().startsWith('Requirements '));
    // The reason goes on in its own column, never back at the left edge.
    expect(texts[requirements + 1]!.search(/\S/)).toBe(why);
    expect(rows.filter((r) => r.mark === 'earned')).toHaveLength(report.keyPoints.filter((p) => p.earned).length);
    expect(rows.filter((r) => r.mark === 'missed')).toHaveLength(report.keyPoints.filter((p) => !p.earned).length);
    expect(rows.find((r) => r.heading)?.text).toMatch(/^Mock: Design Twitter/);
  });

  test('a line wraps two columns in from its own indent; only key points are marked', () => {
    const text = [
      'Key points: 1 of 2 earned',
      '  + Precompute home timelines as capped lists of tweet ids in an in-memory cache',
      '      evidence (Capacity estimation): "The timeline cache comes to roughly eight terabytes of memory."',
      '  - Sortable ids',
      'Requirements not found in your notes',
      '  - Search recent tweets by keyword or hashtag.',
    ].join('\n');
    expect(reportRows(text, 60)).toEqual([
      { text: 'Key points: 1 of 2 earned', heading: true },
      { text: '  + Precompute home timelines as capped lists of tweet ids', mark: 'earned' },
      { text: '    in an in-memory cache' },
      { text: '      evidence (Capacity estimation): "The timeline cache' },
      { text: '        comes to roughly eight terabytes of memory."' },
      { text: '  - Sortable ids', mark: 'missed' },
      { text: 'Requirements not found in your notes', heading: true },
      { text: '  - Search recent tweets by keyword or hashtag.' },
    ]);
  });

  test("a number stays with its unit where a line wraps, as in the drill's working", () => {
    const text = ['Key points: 1 of 1 earned', '  + Estimate the timeline cache', '      evidence (Capacity estimation): "each of 200 M users keeps 800 ids x 8 B = 1.28 TB"'].join('\n');
    for (let width = 40; width <= 90; width++) expect(splitsAtWraps(reportRows(text, width).map((r) => r.text)), `at ${width} columns`).toEqual([]);
    // At 76 columns the operator goes down with its number and unit: "x 8 B" starts the next row whole.
    expect(reportRows(text, 76).map((r) => r.text).slice(2)).toEqual(['      evidence (Capacity estimation): "each of 200 M users keeps 800 ids', '        x 8 B = 1.28 TB"']);
  });

  test('too narrow for the table: its rows wrap like prose, and still fit', () => {
    for (const width of [30, 50]) for (const row of reportRows(renderReportText(report), width)) expect(row.text.length).toBeLessThanOrEqual(width);
  });

  test('the pager at 80x24: both scores and the position in the title bar, a page of the report, the keys', async () => {
    const app = await renderApp(
      <ThemeContext.Provider value={PLAIN_THEME}>
        <TextPager title="Mock report · 64/100 suggested · 70/100 reviewed · Design Twitter (home timeline and tweets)" text={renderReportText(report)} />
      </ThemeContext.Provider>,
    );
    await resizeApp(app, 80, 24);
    const frame = await waitForText(app, /· 1-21 of \d+/);
    const lines = frame.split('\n');
    expect(lines).toHaveLength(23);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^ Mock report · 64\/100 suggested · 70\/100 reviewed · Design Tw.*… · 1-21 of \d+ *$/);
    expect(lines.at(-1)).toContain('q close');
    await sendKeys(app, '\x1b[6~');
    await waitForText(app, '· 22-42 of');
    await unmountApp(app);
  });
});

test('the judging frame shows until its work is done, then closes', async () => {
  let finish: (v: string) => void = () => undefined;
  let settled: PromiseSettledResult<unknown> | undefined;
  const app = await renderApp(
    <ThemeContext.Provider value={PLAIN_THEME}>
      <JudgingFrame title="Mock over · Design Twitter" work={() => new Promise<string>((resolve) => (finish = resolve))} onSettled={(r) => (settled = r)} />
    </ThemeContext.Provider>,
  );
  await waitForText(app, 'Judging your notes');
  expect(app.lastFrame()).toContain('Mock over · Design Twitter');
  await new Promise((r) => setTimeout(r, 80));
  expect(settled).toBeUndefined();
  finish('done');
  await waitForText(app, 'Judging your notes');
  for (let i = 0; i < 50 && !settled; i++) await new Promise((r) => setTimeout(r, 10));
  expect(settled).toEqual({ status: 'fulfilled', value: 'done' });
  await unmountApp(app);
});
