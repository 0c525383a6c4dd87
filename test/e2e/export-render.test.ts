import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, test } from 'vitest';
import { exportDesignDoc } from '../../src/core/export/export-session.js';
import { listProblemFiles } from '../../src/core/problem/load.js';
import { emptyEdits, trickySession } from '../core/export/fixture.js';

/**
 * The exported doc as a reader sees it on GitHub: Markdown rendered with
 * markdown-it, the mermaid blocks drawn by Mermaid 11 itself, in Chromium, in
 * a column as wide as GitHub's narrowest content column (830 px), with
 * GitHub's table rules (a table is at most as wide as the column and scrolls
 * beyond). What is measured: each diagram's natural width (GitHub shrinks a
 * wider one to the column, and its labels with it) and whether any table
 * overflows the column.
 *
 * Fonts here are DejaVu, wider than GitHub's, so the widths are on the safe side.
 */

const COLUMN_PX = 830;
/** A diagram up to this wide is shown at 92% or more of its size: 14 px labels stay about 13 px. */
const MAX_DIAGRAM_PX = 900;

const chromium = ['chromium', 'chromium-browser'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
const skip = chromium ? undefined : 'Chromium is not installed (.ci/run installs it: apt-get install chromium)';
const mermaidScript = fileURLToPath(new URL('../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url));
const env = { HLD_HOME: '/nonexistent-hld-home' };
const work = mkdtempSync(join(tmpdir(), 'hld-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Measured {
  readonly doc: string;
  readonly diagrams: number[];
  readonly tables: { readonly scroll: number; readonly client: number }[];
}

function toHtml(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: true });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, envArg, self) =>
    tokens[idx]!.info.trim() === 'mermaid' ? `<pre class="mermaid">${md.utils.escapeHtml(tokens[idx]!.content)}</pre>` : fence(tokens, idx, options, envArg, self);
  return md.render(markdown);
}

/** Render every doc on one page and read the sizes back from the page title. */
function measure(docs: { name: string; markdown: string }[]): Measured[] {
  const page = join(work, 'docs.html');
  writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 16px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
article { box-sizing: content-box; width: ${COLUMN_PX}px; padding: 32px; }
table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
td, th { padding: 6px 13px; border: 1px solid #d1d9e0; }
code { padding: .2em .4em; font-size: 85%; font-family: monospace; white-space: break-spaces; }
pre.mermaid svg { max-width: 100%; }
</style></head><body>
${docs.map((d) => `<article data-name="${d.name}">${toHtml(d.markdown)}</article>`).join('\n')}
<script src="file://${mermaidScript}"></script>
<script>
mermaid.initialize({ startOnLoad: false });
mermaid.run({ querySelector: 'pre.mermaid' }).then(() => {
  document.title = JSON.stringify([...document.querySelectorAll('article')].map((article) => ({
    doc: article.dataset.name,
    diagrams: [...article.querySelectorAll('pre.mermaid svg')].map((svg) => Math.round(svg.viewBox.baseVal.width)),
    tables: [...article.querySelectorAll('table')].map((t) => ({ scroll: t.scrollWidth, client: t.clientWidth })),
  })));
}, (error) => { document.title = JSON.stringify({ error: String(error) }); });
</script></body></html>`,
  );
  const result = spawnSync(
    chromium!,
    ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files', '--virtual-time-budget=60000', '--dump-dom', `file://${page}`],
    { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 },
  );
  const title = /<title>([^<]*)<\/title>/.exec(result.stdout)?.[1];
  if (!title) throw new Error(`Chromium printed no result (exit ${result.status}): ${result.stderr.slice(0, 500)}`);
  const parsed = JSON.parse(title.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Measured[] | { error: string };
  if (!Array.isArray(parsed)) throw new Error(`Mermaid failed in the page: ${parsed.error}`);
  return parsed;
}

describe.skipIf(skip !== undefined)(`the exported doc rendered as GitHub shows it${skip ? ` (skipped: ${skip})` : ''}`, () => {
  test('every architecture diagram fits the page at nearly full size, and no table overflows the column', { timeout: 180_000 }, async () => {
    const docs = [
      ...(await Promise.all(
        listProblemFiles(env).map(async (entry) => ({
          name: entry.id,
          markdown: await exportDesignDoc(trickySession({ problem: entry.id, notes: {}, done: [], time_spent: {}, overrides: {}, architecture: emptyEdits() }), { env }),
        })),
      )),
      // Added components with awkward labels, removals and a dangling connection.
      { name: 'url-shortener, edited', markdown: await exportDesignDoc(trickySession(), { env }) },
    ];
    const measured = measure(docs);
    expect(measured.map((m) => m.doc)).toEqual(docs.map((d) => d.name));
    for (const m of measured) {
      expect(m.diagrams.length, m.doc).toBeGreaterThan(0);
      for (const width of m.diagrams) expect(width, `${m.doc}: diagram widths ${m.diagrams.join(', ')} px`).toBeLessThanOrEqual(MAX_DIAGRAM_PX);
      expect(m.tables.length, m.doc).toBeGreaterThanOrEqual(5);
      for (const t of m.tables) expect(t.scroll, `${m.doc}: a table ${t.scroll} px wide in a ${t.client} px column`).toBeLessThanOrEqual(t.client + 1);
    }
  });
});
