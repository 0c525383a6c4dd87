import { Box } from 'ink';
import { footerText } from '../keymap.js';
import { wrapText, wrapWithin } from '../editor/wrap.js';
import { Line, windowAround } from '../components/line.js';
import { useTheme } from '../theme.js';
import type { HomeData, HomeState } from './state.js';

/** The home screen for a state: problems with their one-line summary, the framework, sessions to resume. */
export function HomeScreen({ state, columns, rows }: { state: HomeState; columns: number; rows: number }) {
  const theme = useTheme();
  const { data } = state;
  const width = Math.max(40, columns);
  // The live region stays shorter than the terminal, however small: under 12 rows each block keeps one row,
  // and what still does not fit is clipped above the footer (see below).
  const height = Math.max(2, rows - 1);
  const roomy = height >= 11;
  const framework = data.frameworks[state.framework];
  const problem = data.problems[state.problem];
  const onNew = state.list === 'new';
  const sessionRows = data.sessions.length ? Math.min(data.sessions.length, Math.max(roomy ? 2 : 1, Math.floor(height / 4))) : 0;
  // Title, problems heading, framework (2), summary (2), sessions heading, footer, and a gap.
  const sessionProblems = data.sessionProblems ?? [];
  const problemRows = Math.min(
    Math.max(1, data.problems.length),
    Math.max(roomy ? 2 : 1, height - (roomy ? 9 : 7) - sessionRows - (data.broken.length ? 1 : 0) - (sessionProblems.length ? 1 : 0)),
  );
  const start = windowAround(state.problem, data.problems.length, problemRows);
  const idWidth = Math.min(18, Math.max(...data.problems.map((p) => p.id.length), 4) + 2);
  const sessionStart = windowAround(state.session, data.sessions.length, sessionRows);
  // Rows left once every line above has its place (two for the summary, one for the framework's) go to the two
  // summaries, as many as the longest of each needs, so the layout stays still while the user moves through the
  // list; what still does not fit ends with an ellipsis.
  const textWidth = width - 4;
  const summaryBase = roomy ? 2 : 1;
  const used = 5 + problemRows + sessionRows + summaryBase + 1 + (data.broken.length ? 1 : 0) + (sessionProblems.length ? 1 : 0);
  let spare = Math.max(0, height - used);
  const summaryRows = summaryBase + Math.min(spare, Math.max(0, tallest(data.problems, textWidth) - summaryBase));
  spare -= summaryRows - summaryBase;
  const frameworkRows = 1 + Math.min(spare, Math.max(0, tallest(data.frameworks, textWidth) - 1));
  const summary = problem ? wrapWithin(problem.summary, textWidth, summaryRows) : [];
  const frameworkSummary = wrapWithin(framework?.summary ?? '', textWidth, frameworkRows);

  return (
    <Box flexDirection="column" width={width} height={height}>
      {/* Everything but the footer: in a terminal too small for it all, its end is clipped, never the footer's keys. */}
      <Box flexDirection="column" width={width} height={height - 1} overflow="hidden">
        {/* At its own height (rows do not shrink into each other); the box around it clips what is below. */}
        <Box flexDirection="column" width={width} flexShrink={0}>
          <Line text=" hld-dojo: practise system-design interviews" width={width} bold inverse fill color={theme.accent} />
          <Line
            text={`${onNew ? 'Pick a problem (↑↓), a framework (←→), then Enter' : 'New practice (Tab)'}${listPosition(start, problemRows, data.problems.length)}`}
            width={width}
            bold={onNew}
            dim={!onNew}
          />
          <Box flexDirection="column" height={problemRows}>
            {data.problems.slice(start, start + problemRows).map((p, i) => {
              const chosen = start + i === state.problem;
              return <Line key={p.id} text={`${chosen ? '>' : ' '} ${p.id.padEnd(idWidth)}${p.title}`} width={width} inverse={onNew && chosen} />;
            })}
          </Box>
          {data.broken.length ? <Line text={`(${data.broken.length} problem file(s) could not be read: ${data.broken.map((b) => b.id).join(', ')}; see hld validate)`} width={width} color={theme.error} /> : null}
          <Box flexDirection="column" height={summaryRows}>
            {summary.map((row, i) => (
              <Line key={i} text={`  ${row}`} width={width} color={theme.muted} />
            ))}
          </Box>
          <Line text={`Framework: < ${framework?.title ?? 'none found'} >`} width={width} bold />
          <Box flexDirection="column" height={frameworkRows}>
            {frameworkSummary.map((row, i) => (
              <Line key={i} text={`  ${row}`} width={width} color={theme.muted} />
            ))}
          </Box>
          {sessionProblems.length ? (
            <Line
              text={`(${sessionProblems[0]}${sessionProblems.length > 1 ? `; and ${sessionProblems.length - 1} more, see hld sessions` : ''})`}
              width={width}
              color={theme.error}
            />
          ) : null}
          {data.sessions.length ? (
            <>
              <Line
                text={`${onNew ? 'Resume a session (Tab)' : 'Resume a session (↑↓, Enter)'}${listPosition(sessionStart, sessionRows, data.sessions.length)}`}
                width={width}
                bold={!onNew}
                dim={onNew}
              />
              <Box flexDirection="column" height={sessionRows}>
                {data.sessions.slice(sessionStart, sessionStart + sessionRows).map((s, i) => {
                  const chosen = sessionStart + i === state.session;
                  return (
                    <Line
                      key={s.id}
                      text={`${chosen ? '>' : ' '} ${sessionRow(s)}`}
                      width={width}
                      inverse={!onNew && chosen}
                    />
                  );
                })}
              </Box>
            </>
          ) : (
            <Line text="No saved sessions yet." width={width} color={theme.muted} />
          )}
        </Box>
      </Box>
      <Line text={footerText(['home'], width)} width={width} color={theme.muted} />
    </Box>
  );
}

/** ` · 3-7 of 12` when a list shows only some of its rows, so the rest are known to be there. */
function listPosition(start: number, shown: number, total: number): string {
  return total > shown ? ` · ${start + 1}-${start + shown} of ${total}` : '';
}

/** Rows the longest of these summaries takes wrapped to `width`. */
function tallest(items: readonly { readonly summary: string }[], width: number): number {
  return Math.max(0, ...items.map((item) => wrapText(item.summary, width).length));
}

/**
 * A session's row, the id first: it is what `hld resume <id>` and `hld export <id>` take, so a row cut to the
 * terminal loses the time it was last saved, never the id (at 80 columns the id was last and lost its end).
 * The id already names the problem and the year (20261130-0946-url-shortener): the problem is said apart only when
 * the id does not name it, and the time saved leaves out a year the id shows (11-30 09:47).
 */
function sessionRow(s: HomeData['sessions'][number]): string {
  const problem = s.id.includes(s.problem) ? '' : ` · ${s.problem}`;
  const saved = s.updatedAt.slice(0, 16).replace('T', ' ');
  const when = s.id.startsWith(saved.slice(0, 4)) ? saved.slice(5) : saved;
  return `${s.id}${problem} · ${s.framework} · ${sessionState(s)} · ${when}`;
}

/** Where a session stands: a finished mock with its score (to read, not to resume), or the step it is on. */
function sessionState(s: HomeData['sessions'][number]): string {
  if (s.mockOver) {
    const scores = s.score === undefined ? '' : ` ${s.score}/100${s.reviewedScore === null || s.reviewedScore === undefined ? '' : `, reviewed ${s.reviewedScore}/100`}`;
    return `mock finished${scores}`;
  }
  return `${s.mode === 'mock' ? 'mock · ' : ''}step ${s.currentStep + 1} · ${s.doneSteps} done`;
}
