import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { humanDates } from '../../../src/core/export/design-doc.js';
import { exportDesignDoc } from '../../../src/core/export/export-session.js';
import { notesToMarkdown } from '../../../src/core/export/notes-markdown.js';
import { keepUnits, workingWithoutLabel } from '../../../src/core/report/estimate-markdown.js';
import { trickySession } from './fixture.js';

/** Issue 11, deliverable 4: what a reader of the export on GitHub sees. markdown-it follows CommonMark, as GitHub does. */
const md = new MarkdownIt({ html: true });
const render = (markdown: string) => md.render(markdown);
const tokens = (markdown: string) => md.parse(markdown, {});

describe('notes keep their line breaks', () => {
  it('lines typed one under another stay one under another', () => {
    expect(render(notesToMarkdown('Post tweets\nFollow users\nHome timeline'))).toBe('<p>Post tweets<br>\nFollow users<br>\nHome timeline</p>\n');
  });

  it('in list items and quotes too, and lists, fences and blank lines are left as they were', () => {
    expect(render(notesToMarkdown('- one\n  more of one\n- two'))).toBe('<ul>\n<li>one<br>\nmore of one</li>\n<li>two</li>\n</ul>\n');
    expect(render(notesToMarkdown('> quoted\n> on two lines'))).toBe('<blockquote>\n<p>quoted<br>\non two lines</p>\n</blockquote>\n');
    expect(render(notesToMarkdown('a\n\nb'))).toBe('<p>a</p>\n<p>b</p>\n');
    expect(render(notesToMarkdown('```\nx\ny\n```'))).toBe('<pre><code>x\ny\n</code></pre>\n');
    expect(render(notesToMarkdown('text\n\n    indented code\n    <b>kept</b>'))).toBe('<p>text</p>\n<pre><code>indented code\n&lt;b&gt;kept&lt;/b&gt;\n</code></pre>\n');
  });
});

describe('notes cannot make headings or raw HTML', () => {
  const headingsIn = (markdown: string) => tokens(markdown).filter((t) => t.type === 'heading_open').length;

  it.each([
    ['a line above ---', 'Requirements\n---'],
    ['a line above ===', 'Requirements\n==='],
    ['a line above a single -', 'Requirements\n-'],
    ['# lines', '# Title\n## Sub\n###### Deep'],
    ['indented # lines', '   # Title'],
  ])('%s', (_, notes) => {
    const out = notesToMarkdown(notes);
    expect(headingsIn(out)).toBe(0);
    // Shown as typed, on its own line.
    expect(render(out)).toContain(`${notes.trim().split('\n').at(-1)!.trim()}</p>`);
  });

  it('tags, comments and scripts are shown as text, not obeyed; code spans are left alone', () => {
    const html = render(notesToMarkdown('<b>bold</b> <script>alert(1)</script>\n<!-- hidden -->\n<img src=x onerror=alert(1)>\nuse `<br>` here'));
    expect(html).not.toMatch(/<(b|script|img)[\s>]|<!--/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<code>&lt;br&gt;</code>');
  });

  it('a less-than sign in prose is still a less-than sign', () => {
    expect(render(notesToMarkdown('p99 < 50 ms'))).toBe('<p>p99 &lt; 50 ms</p>\n');
  });

  it('in the whole exported doc, notes add no heading and no tag', async () => {
    const notes = { 'clarify-requirements': 'Post tweets\nFollow users\n---\n<b>raw</b>\nthe end\n===\n# mine' };
    const doc = await exportDesignDoc(trickySession({ notes }), { env: { HLD_HOME: '/nonexistent-hld-home' } });
    const clarify = doc.slice(doc.indexOf('#### 1. '), doc.indexOf('#### 2. '));
    expect(tokens(clarify).filter((t) => t.type === 'heading_open')).toHaveLength(1);
    expect(render(clarify)).toContain('Post tweets<br>\nFollow users<br>\n---<br>\n&lt;b&gt;raw&lt;/b&gt;<br>\nthe end<br>\n===<br>\n# mine</p>');
  });
});

describe('dates a person reads', () => {
  it('a day and a time in UTC, and only the time for a save on the same day', () => {
    expect(humanDates('2026-11-30T09:30:00.000Z', '2026-11-30T10:41:59.000Z')).toBe('started Mon, 30 Nov 2026, 09:30 UTC; last saved 10:41 UTC');
    expect(humanDates('2026-11-30T23:50:00.000Z', '2026-12-01T00:10:00.000Z')).toBe('started Mon, 30 Nov 2026, 23:50 UTC; last saved Tue, 1 Dec 2026, 00:10 UTC');
  });

  it('the exported doc has no ISO timestamps', async () => {
    const doc = await exportDesignDoc(trickySession(), { env: { HLD_HOME: '/nonexistent-hld-home' } });
    expect(doc).toContain('Started Sat, 21 Nov 2026, 09:30 UTC; last saved 10:05 UTC');
    expect(doc).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });
});

describe('tables that fit', () => {
  it('a number keeps its unit on the same line; the x of a product may still wrap', () => {
    expect(keepUnits('200 M x (0.5 / 86,400 s) = 1.16 K/s')).toBe('200\u00a0M x (0.5 / 86,400\u00a0s) = 1.16\u00a0K/s');
    expect(keepUnits('$1.03 M/month, 24.1 TB/day x 5 years')).toBe('$1.03\u00a0M/month, 24.1\u00a0TB/day x 5\u00a0years');
    expect(keepUnits('200 x 0.8')).toBe('200 x 0.8');
  });

  it('the working leaves out the label its row already names', () => {
    expect(workingWithoutLabel({ label: 'Daily active users', showWork: 'Daily active users = 1 B x 0.2 = 200 M' })).toBe('1 B x 0.2 = 200 M');
    expect(workingWithoutLabel({ label: 'Other', showWork: 'Something = 1' })).toBe('Something = 1');
  });

  it('in the exported estimates, no row repeats its label in the working', async () => {
    const doc = await exportDesignDoc(trickySession(), { env: { HLD_HOME: '/nonexistent-hld-home' } });
    const rows = doc.split('\n').filter((line) => line.startsWith('| ') && line.includes(' = '));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const [label] = row.slice(2).split(' `');
      expect(row.split(' | ').at(-1), row).not.toContain(`${label!.replace(/\*\*/g, '')} =`);
    }
  });
});
