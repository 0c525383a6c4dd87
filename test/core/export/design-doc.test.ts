import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { DOC_PLACEHOLDERS, renderDesignDoc } from '../../../src/core/export/design-doc.js';
import { designDocInput, exportDesignDoc } from '../../../src/core/export/export-session.js';
import { notesToMarkdown } from '../../../src/core/export/notes-markdown.js';
import { placeholdersIn, readDocTemplate, renderTemplate } from '../../../src/core/export/template.js';
import { listProblemFiles, loadProblem } from '../../../src/core/problem/load.js';
import { frameworkIds, loadFramework } from '../../../src/core/template/load.js';
import { emptyEdits, trickySession } from './fixture.js';

const env = { HLD_HOME: '/nonexistent-hld-home' };

/**
 * markdownlint with its defaults, less: MD013 (line length: tables and notes are long lines
 * by nature), MD024 only among siblings (every step may have its own "Notes" sub-heading).
 */
function lintDoc(text: string): string[] {
  const result = lint({ strings: { doc: text }, config: { default: true, MD013: false, MD024: { siblings_only: true } } });
  return result['doc']!.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`);
}

function plainSession() {
  return plainSessionWith({});
}
function plainSessionWith(patch: Parameters<typeof trickySession>[0]) {
  return trickySession({
    ...patch,
    notes: {
      'clarify-requirements': 'Functional:\n\n- shorten a URL\n- redirect it\n\nRead-heavy, about 100:1.',
      'high-level-architecture': '## Read path\n\nRedis cache in front of a key-value store.\n\n```text\nclient -> lb -> redirect\n```',
    },
  });
}
const doc = await exportDesignDoc(trickySession(), { env });
const tokens = new MarkdownIt().parse(doc, {});

function headings(level: number): string[] {
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open' && token.tag === `h${level}`) out.push(tokens[i + 1]!.content);
  });
  return out;
}

/** The lines of the section under a heading (an h3 unless said), up to the next heading of that level or above, as markdown-it sees them. */
function section(title: string, level = 3, text = doc): string {
  const parsed = new MarkdownIt().parse(text, {});
  const depth = (t: { tag: string }) => Number(t.tag.slice(1));
  const open = parsed.findIndex((t, i) => t.type === 'heading_open' && depth(t) === level && parsed[i + 1]!.content === title);
  expect(open, `section ${title}`).toBeGreaterThan(-1);
  const next = parsed.findIndex((t, i) => i > open && t.type === 'heading_open' && depth(t) <= level);
  const lines = text.split('\n');
  return lines.slice(parsed[open]!.map![0], next === -1 ? undefined : parsed[next]!.map![0]).join('\n');
}

describe('design doc structure (parsed with markdown-it)', () => {
  it('has one title, then your design and the reference design as separate parts, in template order', () => {
    expect(headings(1)).toEqual([loadProblem('url-shortener', env).title]);
    expect(headings(2)).toEqual(['Your design', 'Reference design', 'Session']);
    expect(headings(3)).toEqual(['Notes by step', 'Capacity estimates', 'Architecture', 'Reference architecture', 'Key points', 'Trade-offs', 'Failure modes', 'Time per step', 'Conventions']);
    // What the candidate wrote is under "Your design"; the problem's reference answer only under "Reference design".
    const yours = section('Your design', 2);
    const reference = section('Reference design', 2);
    const problem = loadProblem('url-shortener', env);
    expect(yours).toContain('- shorten a long URL');
    expect(yours).not.toContain(problem.trade_offs[0]!.why.slice(0, 40));
    expect(reference).toContain(problem.trade_offs[0]!.why.slice(0, 40));
    expect(reference).not.toContain('shorten a long URL');
  });

  it('puts the prompt in a quote', () => {
    const problem = loadProblem('url-shortener', env);
    const quoteOpen = tokens.findIndex((t) => t.type === 'blockquote_open');
    expect(quoteOpen).toBeGreaterThan(-1);
    const inline = tokens.slice(quoteOpen).find((t) => t.type === 'inline')!;
    const text = inline.children!.map((child) => (child.type === 'softbreak' ? ' ' : child.content)).join('');
    expect(text.replace(/\s+/g, ' ')).toBe(problem.prompt.trim().replace(/\s+/g, ' '));
    // The bare URL in the prompt is an autolink, so every renderer links it.
    expect(inline.children!.some((child) => child.type === 'link_open')).toBe(true);
  });

  it('lists every framework step in order, marking steps without notes as not covered', () => {
    const framework = loadFramework('hld14');
    const stepHeadings = headings(4).filter((h) => /^\d+\. /.test(h));
    expect(stepHeadings).toEqual(framework.steps.map((s, i) => `${i + 1}. ${s.title}`));
    const notes = section('Notes by step');
    expect(notes.match(/Not covered/g)).toHaveLength(framework.steps.length - 3);
    const clarify = notes.slice(notes.indexOf('#### 1. '), notes.indexOf('#### 2. '));
    expect(clarify).not.toContain('Not covered');
    expect(clarify).toContain('- shorten a long URL');
    // The user's own `#` lines are text, not headings of the doc, and placeholder-like text is kept.
    expect(clarify).toContain('\\# Functional');
    expect([1, 2, 3, 4, 5, 6].flatMap((level) => headings(level))).not.toContain('Functional');
    expect(clarify).toContain('Embedded {{title}} stays as typed.');
  });

  it('does not call the architecture step uncovered when the candidate drew it without notes there', async () => {
    const step = (text: string) => text.slice(text.indexOf('. High-level architecture'), text.indexOf('#### 9. '));
    const drawn = trickySession({
      notes: { 'clarify-requirements': 'Shorten and redirect.' },
      architecture: { ...emptyEdits(), added_components: [{ id: 'app', label: 'App servers', kind: 'service' }] },
    });
    expect(step(await exportDesignDoc(drawn, { env }))).toContain('No notes for this step: the architecture you drew is under Architecture below.');
    const undrawn = trickySession({ notes: { 'clarify-requirements': 'Shorten and redirect.' }, architecture: emptyEdits() });
    expect(step(await exportDesignDoc(undrawn, { env }))).toContain('Not covered: no notes were written for this step.');
  });

  it('keeps code fences as code and closes one left open', () => {
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences.map((f) => f.info).slice(0, 3)).toEqual(['', 'ts', 'mermaid']);
    expect(fences.slice(2).every((f) => f.info === 'mermaid')).toBe(true);
    expect(fences[0]!.content).toContain('# not a heading');
    expect(fences[1]!.content).toBe('const x = 1;\n');
  });

  it('has the assumptions, estimates and cost tables with real columns', () => {
    const tables = tokens.filter((t) => t.type === 'table_open').length;
    expect(tables).toBeGreaterThanOrEqual(6); // assumptions, estimates, costs, trade-offs, failures, time
    const capacity = section('Capacity estimates');
    expect(capacity).toMatch(/\| Assumption \| Value \| Source \|/);
    expect(capacity).toMatch(/`mau` \| \*\*200\u00a0M\*\* \(yours; default /);
    expect(capacity).toMatch(/\| Estimate \| Value \| Formula and working \|/);
    expect(capacity).toMatch(/\| \*\*Monthly total\*\* `cost_total` \| \*\*\$[\d,.]+/);
  });

  it('reports earned and missed key points with their evidence, as the report judges them', async () => {
    const input = await designDocInput(trickySession(), env);
    const keyPoints = section('Key points');
    const earned = input.judged.keyPoints.filter((p) => p.earned);
    expect(keyPoints).toContain(`earn ${earned.length} of ${input.problem.key_points.length} key points`);
    for (const p of earned) expect(keyPoints).toContain(`Evidence (${p.evidence!.stepTitle})`);
    for (const missed of input.judged.keyPoints.filter((p) => !p.earned)) expect(keyPoints).toContain(missed.why.slice(0, 30));
  });

  it("labels the trade-offs and failure modes as the reference design's, not the candidate's", () => {
    expect(section('Failure modes')).toContain("The reference design's failure modes, not yours");
  });

  it('shows time per step against the budget', () => {
    const time = section('Time per step');
    expect(time).toMatch(/1\. Clarify requirements \| 4 min \| 5 min 12 s \| yes/);
    expect(time).toMatch(/\*\*Total\*\* \| 45 min \| \*\*6 min 47 s\*\*/);
  });

  it("shows the candidate's own architecture apart from the reference's, and compares them under the reference", () => {
    const arch = section('Architecture');
    expect(arch).toContain('The components and connections you drew');
    expect(arch).toContain('Fraud check (ML)');
    // Nothing of the reference in the candidate's section: not its boxes, nor its wording.
    expect(arch).not.toMatch(/Redirect service|DNS for the short domain|reference architecture with your changes/);
    expect(arch).not.toContain('stroke-dasharray');
    // Their arrows to boxes they did not draw are listed, not drawn.
    expect(arch).toMatch(/left out[^\n]*\n\n- `redirect->end` \(click[\s\S]*- `redirect->nowhere`/);
    const reference = section('Reference architecture');
    expect(reference).toMatch(/- Shared \(0\): none\n- Missed \(\d+\): [^\n]*DNS for the short domain[^\n]*\n- Added \(2\): /);
    expect(reference).toContain('```mermaid');
  });

  it('a session whose architecture step is empty says so instead of drawing the reference as its own', async () => {
    const text = await exportDesignDoc(trickySession({ architecture: emptyEdits() }), { env });
    expect(section('Architecture', 3, text)).toContain('You drew no components in this session');
    expect(section('Architecture', 3, text)).not.toContain('```mermaid');
    expect(section('Reference architecture', 3, text)).toContain('- You drew no components; the reference has');
  });

  it('lints clean with markdownlint when the notes are plain', async () => {
    expect(lintDoc(await exportDesignDoc(plainSession(), { env }))).toEqual([]);
  });

  it('keeps the document structure lint-clean whatever the notes contain', () => {
    // The notes' own style (list markers, code block style, fence languages) is the user's business.
    const userStyle = ['MD004', 'MD040', 'MD046'];
    expect(lintDoc(doc).filter((line) => !userStyle.some((rule) => line.includes(rule)))).toEqual([]);
  });

  it('every problem under both frameworks gives a lint-clean doc, even with no notes', async () => {
    for (const entry of listProblemFiles(env)) {
      for (const framework of frameworkIds()) {
        const session = trickySession({ problem: entry.id, framework, notes: {}, done: [], time_spent: {}, overrides: {}, architecture: emptyEdits() });
        const text = await exportDesignDoc(session, { env });
        expect(lintDoc(text), `${entry.id} / ${framework}`).toEqual([]);
        expect(text).not.toContain('could not be computed');
      }
    }
  });

  it('a session with a range exports its spreads, what drives them and the checks across it, lint-clean', async () => {
    const session = trickySession({ problem: 'twitter', notes: {}, done: [], time_spent: {}, overrides: { dau: '100M to 400M' }, architecture: emptyEdits() });
    const text = await exportDesignDoc(session, { env });
    expect(lintDoc(text)).toEqual([]);
    expect(text).toContain('| Estimate | P5 | P50 | P95 | Formula and working (at the medians) |');
    // \s: a number and its unit are joined by a non-breaking space in table cells.
    expect(text).toMatch(/\| Peak requests per second `peak_qps` \| 29\sK\/s \| 57\.9\sK\/s \| 116\sK\/s \|/);
    expect(text).toMatch(/#### What drives the key outputs[\s\S]*\| `dau` \| █+ \| 22\sPB \| 88\.1\sPB \|/);
    expect(text).toMatch(/\| \*\*FLIPS\*\* \| Write events .*\| .* Flips within the ranges: over the limit in \d+% of samples .*At P95: Partition the event topic/);
    expect(text).toMatch(/\| \*\*OVER\*\* \| Tweet and like writes .* Holds across the ranges: over the limit from P5 to P95/);
  });

  it('falls back to a clear line when the saved overrides no longer compute', async () => {
    const input = await designDocInput(trickySession({ overrides: { mau: '-5' } }), env);
    expect('error' in input.estimate).toBe(true);
    const text = renderDesignDoc(input, readDocTemplate());
    expect(text).toMatch(/The estimate could not be computed: .*mau/);
  });
});

describe('doc templates', () => {
  it('the shipped template documents every placeholder and uses them all', () => {
    const template = readDocTemplate();
    expect(placeholdersIn(template).sort()).toEqual(Object.keys(DOC_PLACEHOLDERS).sort());
    for (const name of Object.keys(DOC_PLACEHOLDERS)) expect(template.slice(0, template.indexOf('-->'))).toContain(`{{${name}}}`);
    expect(doc).not.toContain('<!--');
  });

  it('a user template can reorder and drop sections', () => {
    const out = renderTemplate('<!-- mine -->\n# {{ title }}\n\n{{key_points}}\n', { title: 'T', key_points: 'K' });
    expect(out).toBe('# T\n\nK\n');
  });

  it('an unknown placeholder is an error that lists the known ones', () => {
    expect(() => renderTemplate('# {{titel}}', { title: 'T' }, 'my.md')).toThrow(/my\.md: unknown placeholder \{\{titel\}\} \(known: title\)/);
  });

  it('an unknown placeholder in a second leading comment is the same error, not a crash', () => {
    expect(() => renderTemplate('<!-- about -->\n<!-- {{nope}} -->\n# {{title}}', { title: 'T' }, 'my.md')).toThrow(/my\.md: unknown placeholder \{\{nope\}\}/);
  });
});

describe('notes to markdown', () => {
  it('shows # lines as text, drops trailing spaces and blank runs, spaces out fences, leaves code alone', () => {
    expect(notesToMarkdown('# A\ntext  \n\n\n\nmore\n```\n# code\n```')).toBe('\\# A\\\ntext\n\nmore\n\n```\n# code\n```');
  });
});

const mockDoc = await exportDesignDoc(
  plainSessionWith({
    mode: 'mock',
    mock: { total_seconds: 30 * 60, elapsed_seconds: 30 * 60, paused: false, finished: true },
  }),
  { env },
);

describe('a mock session', () => {

  it('carries the report hld report prints: score by dimension, suggested and reviewed', () => {
    expect(mockDoc).toContain('## Mock report');
    expect(mockDoc).toMatch(/### Key points \(\d+ of \d+ earned\)/);
    expect(mockDoc).toContain('### Score by dimension');
    expect(mockDoc).toMatch(/Score \d+\/100 suggested, not reviewed yet/);
    expect(lintDoc(mockDoc)).toEqual([]);
  });

  it('budgets each step from the mock length, not the 45-minute template', () => {
    const time = mockDoc.slice(mockDoc.indexOf('\n### Time per step\n'));
    // 4 of 45 minutes scaled to 30 minutes is 2 min 40 s.
    expect(time).toMatch(/1\. Clarify requirements \| 2 min 40 s \|/);
    expect(time).toMatch(/\*\*Total\*\* \| 30 min \|/);
  });

  it('counts key points the same way in the mock report and in the key-points section', async () => {
    const withQueue = trickySession({
      mode: 'mock',
      mock: { total_seconds: 30 * 60, elapsed_seconds: 30 * 60, paused: false, finished: true },
      notes: { 'high-level-architecture': 'The redirect service publishes each click event to Kafka, and consumers count them later.' },
    });
    const text = await exportDesignDoc(withQueue, { env });
    const inReport = /### Key points \((\d+) of (\d+) earned\)/.exec(text)!;
    const inSection = /Your notes earn (\d+) of (\d+) key points/.exec(text)!;
    expect([inSection[1], inSection[2]]).toEqual([inReport[1], inReport[2]]);
    const keyPointsSection = text.slice(text.indexOf('\n### Key points\n'));
    expect(keyPointsSection).toMatch(/- Record clicks asynchronously[^\n]*Evidence \(High-level architecture\): "The redirect service publishes/);
  });

  it('a practice session has no mock report', () => {
    expect(doc).not.toContain('## Mock report');
  });
});
