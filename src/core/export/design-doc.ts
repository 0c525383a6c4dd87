import type { SessionReport } from '../judge/report.js';
import { sessionLengthSeconds, stepTimes } from '../mock/clock.js';
import { renderMockReportMarkdown } from '../mock/report-render.js';
import { DEFAULT_CONVENTIONS, describeConventions } from '../conventions.js';
import type { EstimateReport } from '../estimate/types.js';
import type { Problem } from '../problem/schema.js';
import { assumptionsTable, conventionsList, costTable, estimatesTable } from '../report/estimate-markdown.js';
import { checksMarkdown, driversMarkdown, limitsMarkdown } from '../report/ranges-markdown.js';
import { markdownCell, markdownTable } from '../report/tables.js';
import type { Session } from '../session/schema.js';
import type { Framework } from '../template/schema.js';
import { resolveArchitecture, connectionKey, EMPTY_DIAGRAM, type ResolvedArchitecture } from '../architecture.js';
import { architectureDiagrams, shapeName } from './mermaid.js';
import { notesToMarkdown } from './notes-markdown.js';
import { renderTemplate } from './template.js';
import { utcDay, utcTime } from './utc-date.js';

/**
 * The design doc: a session rendered through a Markdown template. Each
 * placeholder's text is built here; the template only decides order and
 * surrounding prose, so a user's own template can rearrange or drop sections.
 */

export interface DesignDocInput {
  readonly session: Session;
  readonly problem: Problem;
  readonly framework: Framework;
  /** The estimate under the session's overrides and conventions, or why it could not be computed. */
  readonly estimate: { readonly report: EstimateReport } | { readonly error: string };
  /** The session's report (the same one `hld report` prints); built by designDocInput. */
  readonly judged: SessionReport;
}

/** Every placeholder a template may use, with what it becomes. Listed in the template's header comment. */
export const DOC_PLACEHOLDERS = {
  title: 'the problem title',
  prompt: "the interviewer's prompt, as a quote",
  session_info: 'session id, framework, mode, dates and progress',
  mock_report: 'for a mock interview, its scored report (as hld report prints it); empty for practice sessions',
  notes: "the user's notes under a heading per step, in framework order",
  assumptions: 'assumptions table (label and key, value with yours marked, source)',
  estimates: 'estimates table with formula and working',
  costs: 'monthly cost table with its total',
  drivers: 'with ranges, what drives each key output (a bar per ranged input); otherwise a line saying how to give a range',
  checks: "the problem's design checks: each estimate against what one unit of a component sustains, and what follows",
  limits: 'the limits the design checks use, with caveats and sources',
  architecture: "the user's own architecture (the architecture step starts empty) as Mermaid flowcharts, with a legend",
  reference_architecture: "the reference design's architecture as Mermaid flowcharts, and what the user's shares with it, misses and adds",
  trade_offs: "the reference design's trade-offs",
  failure_modes: "the reference design's failure modes and mitigations",
  key_points: 'key points the notes earned and missed, with the evidence for each',
  time_per_step: 'time spent per step against its budget',
  conventions: 'the conventions behind every number',
} as const;
export type DocPlaceholder = keyof typeof DOC_PLACEHOLDERS;

export function renderDesignDoc(input: DesignDocInput, template: string, templateName = 'the template'): string {
  return renderTemplate(template, designDocSections(input), templateName);
}

export function designDocSections(input: DesignDocInput): Record<DocPlaceholder, string> {
  const { session, problem, framework, estimate } = input;
  const report = 'report' in estimate ? estimate.report : undefined;
  const unavailable = 'error' in estimate ? `The estimate could not be computed: ${inline(estimate.error)}` : '';
  return {
    title: inline(problem.title),
    prompt: quote(problem.prompt),
    session_info: sessionInfo(session, framework),
    mock_report: session.mode === 'mock' ? renderMockReportMarkdown(input.judged) : '',
    notes: notesByStep(session, framework),
    assumptions: report ? assumptionsTable(report).join('\n') : unavailable,
    estimates: report ? estimatesTable(report).join('\n') : unavailable,
    costs: report ? costTable(report).join('\n') : unavailable,
    drivers: report ? driversMarkdown(report).join('\n') : unavailable,
    checks: report ? checksMarkdown(report).join('\n') : unavailable,
    limits: report ? limitsMarkdown(report).join('\n') : unavailable,
    architecture: ownArchitecture(session),
    reference_architecture: referenceArchitecture(problem, input.judged),
    trade_offs: [
      "From the reference design, not from your notes:",
      '',
      ...markdownTable(
      [{ header: 'Decision' }, { header: 'Chosen' }, { header: 'Alternative' }, { header: 'Why' }],
        problem.trade_offs.map((t) => [inline(t.decision), inline(t.chosen), inline(t.alternative), inline(t.why)]),
      ),
    ].join('\n'),
    failure_modes: [
      "The reference design's failure modes, not yours:",
      '',
      ...markdownTable(
        [{ header: 'Failure' }, { header: 'Mitigation' }],
        problem.failure_modes.map((f) => [inline(f.failure), inline(f.mitigation)]),
      ),
    ].join('\n'),
    key_points: keyPoints(input.judged),
    time_per_step: timePerStep(session, framework),
    conventions: report
      ? conventionsList(report).join('\n')
      : describeConventions({ ...DEFAULT_CONVENTIONS, ...session.conventions })
          .map((line) => `- ${line}`)
          .join('\n'),
  };
}

/** Inline text from a problem or a label: table-safe, and any HTML shown as text rather than obeyed. */
function inline(text: string): string {
  return markdownCell(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A quote of the user's notes inside a line: inline, and no backtick can open a code span. */
const quoted = (text: string) => inline(text).replace(/`/g, "'");

/** Bare URLs become autolinks, so every renderer links them the same way. */
function linkUrls(text: string): string {
  return text.replace(/(^|[\s(])(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g, '$1<$2>');
}

function quote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${linkUrls(inline(line.trim()))}` : '>'))
    .join('\n');
}

/**
 * `Mon, 30 Nov 2026, 09:30 UTC`, and only the time for a second moment on the
 * same day. UTC, not the local zone: the same session always gives the same
 * doc, wherever it is exported, so docs kept in git diff cleanly.
 */
export function humanDates(startIso: string, endIso: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `started ${startIso}, last saved ${endIso}`;
  const at = (d: Date) => `${utcDay(d)}, ${utcTime(d)} UTC`;
  const sameDay = utcDay(start) === utcDay(end);
  return `started ${at(start)}; last saved ${sameDay ? `${utcTime(end)} UTC` : at(end)}`;
}

/** No export time: the same session always gives the same doc, so docs kept in git diff cleanly. */
function sessionInfo(session: Session, framework: Framework): string {
  const done = framework.steps.filter((s) => session.done.includes(s.id)).length;
  const dates = humanDates(session.created_at, session.updated_at);
  const lines = [
    `- Session: \`${session.id}\` (${session.mode})`,
    `- Framework: ${inline(framework.title)} (\`${framework.id}\`)`,
    `- Progress: ${done}/${framework.steps.length} steps done`,
    `- ${dates.charAt(0).toUpperCase()}${dates.slice(1)}`,
  ];
  if (session.mock) {
    lines.push(`- Mock interview: ${formatDuration(session.mock.elapsed_seconds)} of ${formatDuration(session.mock.total_seconds)}${session.mock.finished ? ', finished' : ''}`);
  }
  return lines.join('\n');
}

function notesByStep(session: Session, framework: Framework): string {
  const drew = session.architecture.added_components.length > 0;
  return framework.steps
    .map((step, i) => {
      const text = notesToMarkdown(session.notes[step.id] ?? '');
      // A step whose work is the diagram is covered by drawing it, notes or not.
      const empty = step.kind === 'architecture' && drew ? 'No notes for this step: the architecture you drew is under Architecture below.' : 'Not covered: no notes were written for this step.';
      const body = text.length > 0 ? text : empty;
      return `#### ${i + 1}. ${inline(step.title)}\n\n${body}`;
    })
    .join('\n\n');
}

/**
 * The candidate's own architecture: what they drew on the (empty) architecture
 * step, and nothing of the reference. Every box is theirs, so none is marked.
 */
function ownArchitecture(session: Session): string {
  const resolved = resolveArchitecture(EMPTY_DIAGRAM, session.architecture);
  const own: ResolvedArchitecture = {
    ...resolved,
    components: resolved.components.map((c) => ({ ...c, added: false })),
    connections: resolved.connections.map((c) => ({ ...c, added: false })),
  };
  if (own.components.length === 0) return 'You drew no components in this session: the architecture step starts empty, and your notes above are your design.';
  const parts = ['The components and connections you drew; the reference design is in its own section below.'];
  parts.push(...diagramsWithLegend(own));
  if (resolved.danglingConnections.length > 0) {
    const left = resolved.danglingConnections.map((c) => `- \`${connectionKey(c)}\`${c.label ? ` (${inline(c.label)})` : ''}`);
    parts.push('', `Connections left out because one of their ends is not a component you drew:\n\n${left.join('\n')}`);
  }
  return parts.join('\n');
}

/** The reference design's architecture, and the candidate's beside it (as the report compares them). */
function referenceArchitecture(problem: Problem, judged: SessionReport): string {
  const reference = resolveArchitecture(problem, { added_components: [], added_connections: [], removed_components: [], removed_connections: [] });
  const a = judged.architecture;
  const names = (labels: readonly string[]) => (labels.length ? labels.map(inline).join('; ') : 'none');
  const comparison =
    a.shared.length + a.added.length === 0
      ? [`- You drew no components; the reference has ${a.referenceCount} besides its clients.`]
      : [
          `- Shared (${a.shared.length}): ${a.shared.length ? a.shared.map((m) => `your ${inline(m.candidate.label)} is its ${inline(m.reference.label)}`).join('; ') : 'none'}`,
          `- Missed (${a.missed.length}): ${names(a.missed.map((c) => c.label))}`,
          `- Added (${a.added.length}): ${names(a.added.map((c) => c.label))}`,
          `- Connections: ${a.sharedConnections.length} shared, ${a.missedConnections.length} of the reference's missed, ${a.addedConnections.length} of yours not in it`,
        ];
  return ['Your architecture beside this one:', '', ...comparison, '', 'The reference architecture:', ...diagramsWithLegend(reference)].join('\n');
}

/** The diagrams (split by layer to stay legible at GitHub's page width) and a legend of the shapes used. */
function diagramsWithLegend(resolved: ResolvedArchitecture): string[] {
  const parts: string[] = [];
  for (const diagram of architectureDiagrams(resolved)) parts.push('', diagram.caption, '', '```mermaid', ...diagram.lines, '```');
  const shapes = new Map<string, string[]>();
  for (const c of resolved.components) {
    const name = shapeName(c.kind);
    const kinds = shapes.get(name) ?? [];
    if (!kinds.includes(c.kind)) kinds.push(c.kind);
    shapes.set(name, kinds);
  }
  const legend = [...shapes].map(([shape, kinds]) => `${shape}: ${kinds.map((k) => k.replace(/_/g, ' ')).join(', ')}`).join('; ');
  parts.push('', `Shapes: ${legend}.`);
  return parts;
}

function keyPoints(report: SessionReport): string {
  const earned = report.keyPoints.filter((p) => p.earned);
  const missed = report.keyPoints.filter((p) => !p.earned);
  const lines = [`Your notes earn ${earned.length} of ${report.keyPoints.length} key points.`, ''];
  lines.push('Earned:', '');
  if (earned.length === 0) lines.push('- none yet');
  for (const p of earned) lines.push(`- ${inline(p.point)}${p.evidence ? ` Evidence (${inline(p.evidence.stepTitle)}): "${quoted(p.evidence.sentences.join(' '))}"` : ''}`);
  lines.push('', 'Missed:', '');
  if (missed.length === 0) lines.push('- none');
  for (const p of missed) lines.push(`- ${inline(p.point)} Why it matters: ${inline(p.why)} What we found: ${quoted(p.explanation)}.`);
  return lines.join('\n');
}

/** 312 -> "5 min 12 s"; 3720 -> "1 h 2 min". */
function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${total} s`;
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return min > 0 ? `${h} h ${min} min` : `${h} h`;
  return s > 0 ? `${min} min ${s} s` : `${min} min`;
}

function timePerStep(session: Session, framework: Framework): string {
  const totalSeconds = sessionLengthSeconds(session, framework);
  const times = stepTimes(session, framework, totalSeconds);
  const rows = times.map((t, i) => [`${i + 1}. ${inline(t.title)}`, formatDuration(t.budgetSeconds), formatDuration(t.spentSeconds), session.done.includes(t.stepId) ? 'yes' : '']);
  const spent = times.reduce((sum, t) => sum + t.spentSeconds, 0);
  rows.push(['**Total**', formatDuration(totalSeconds), `**${formatDuration(spent)}**`, '']);
  return markdownTable([{ header: 'Step' }, { header: 'Budget', align: 'right' }, { header: 'Spent', align: 'right' }, { header: 'Done' }], rows).join('\n');
}
