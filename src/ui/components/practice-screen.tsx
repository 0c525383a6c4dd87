import { Box } from 'ink';
import { memo, type ReactNode } from 'react';
import { isJudgedMock } from '../../core/mock/sealed.js';
import type { Problem } from '../../core/problem/schema.js';
import type { SaveState } from '../../core/session/session-store.js';
import type { Step } from '../../core/template/schema.js';
import { rowCount, type EditorState } from '../editor/editor.js';
import { MOCK_CLOCK_WIDTH, MockClock } from '../mock/mock-clock.js';
import { guideLines, type GuideSession } from '../practice/guide.js';
import { overlayHeight } from '../practice/layout.js';
import { helpPage, referencePages } from '../practice/overlays.js';
import { activeContexts, currentStep, estimatorZoomed, layoutOf, panelSplit, showsTool, stepIndex, type PracticeState } from '../practice/state.js';
import { ArchitectureView as ArchitectureViewAlways } from './architecture-view.js';
import { EstimatorView as EstimatorViewAlways } from './estimator-view.js';
import { Footer } from './footer.js';
import { GuideView } from './guide-view.js';
import { Header } from './header.js';
import { Line } from './line.js';
import type { LiveSession } from './live-text.js';
import { NotesView } from './notes-view.js';
import { OverlayView } from './overlay-view.js';
import { StepList as StepListAlways } from './step-list.js';
import { StepTitle } from './step-title.js';

// A keystroke in the notes changes the notes and little else: the panes whose
// props did not change are not drawn again (their props are the session's and
// the view's own values, which keep their identity until they change).
const StepList = memo(StepListAlways);
const EstimatorView = memo(EstimatorViewAlways);
const ArchitectureView = memo(ArchitectureViewAlways);

/** The guide for a step, wrapped once per step, hint and width rather than on every keystroke. */
const StepGuide = memo(function StepGuide({ step, problem, mode, hintsShown, scroll, width, height }: { step: Step; problem: Problem; mode: GuideSession['mode']; hintsShown: GuideSession['hints_shown']; scroll: number; width: number; height: number }) {
  const { lines } = guideLines(step, problem, { mode, hints_shown: hintsShown }, width);
  return <GuideView lines={lines} scroll={scroll} width={width} height={height} />;
});

export interface PracticeScreenProps {
  readonly state: PracticeState;
  /** How saving goes; the footer says so when it fails. */
  readonly save?: SaveState;
  /**
   * The open session, for the clocks to follow by themselves (LiveText): the
   * screen is not drawn again for a clock tick. Without it (a frame drawn to a
   * string) they show `state.session` as it is.
   */
  readonly live?: LiveSession | undefined;
}

/** "· ↑ 3 more rows" when the notes outgrow their pane, so nothing written seems lost. */
function notesScrollHint(editor: EditorState): string {
  const total = rowCount(editor);
  const above = editor.scroll;
  const below = Math.max(0, total - editor.scroll - editor.height);
  if (above === 0 && below === 0) return '';
  return ` ·${above ? ` ↑ ${above} more` : ''}${below ? ` ↓ ${below} more` : ''}`;
}

const TOOL_TITLES = { estimation: 'Live estimator', cost: 'Live estimator: costs', architecture: 'Architecture', notes: 'Guide' } as const;

/** The whole practice screen for a state: a pure function of it, so tests can render any state. */
export function PracticeScreen({ state, save = { kind: 'saved' }, live }: PracticeScreenProps) {
  const layout = layoutOf(state);
  const step = currentStep(state);
  const index = stepIndex(state);
  const { problem, framework } = state.ctx;
  const contexts = activeContexts(state);
  const { paneWidth, panelHeight, listWidth, bodyHeight } = layout;

  let body: ReactNode;
  if (state.overlay) {
    const pages = state.overlay.kind === 'help' ? [helpPage(layout.columns)] : referencePages(state.ctx.cards, state.ctx.prices, layout.columns);
    const pageIndex = state.overlay.kind === 'reference' ? state.overlay.page : 0;
    const page = pages[pageIndex] ?? { title: 'Nothing to show', lines: [] };
    const position = state.overlay.kind === 'reference' ? `card ${pageIndex + 1} of ${pages.length} (←→)` : undefined;
    body = <OverlayView page={page} scroll={state.overlay.scroll} width={layout.columns} height={overlayHeight(layout) + 1} {...(position ? { position } : {})} />;
  } else if (estimatorZoomed(state)) {
    // The estimator alone, the width of the screen: assumptions beside the estimates they drive even at 80 columns.
    body = (
      <Box flexDirection="column" width={layout.columns} height={bodyHeight}>
        <StepTitle number={index + 1} step={step} done={state.session.done.includes(step.id)} timed={!state.session.mock} session={state.session} live={live} width={layout.columns} />
        <Line text={`${TOOL_TITLES[step.kind]}, whole screen (z: back to the steps and notes)`} width={layout.columns} inverse fill bold />
        <EstimatorView estimator={state.estimator} kind={step.kind} focused width={layout.columns} height={bodyHeight - 2} moreHint="more: hld estimate" />
      </Box>
    );
  } else {
    const tool = showsTool(state);
    const panelFocused = state.focus === 'panel';
    const notesFocused = state.focus === 'notes';
    const done = state.session.done.includes(step.id);
    // A guide scrolled down says how many of its rows are above (its last row says when there are more below).
    const guideAbove = !tool && state.guideScroll > 0 ? ` · ↑ ${state.guideScroll} more` : '';
    const panelTitle = tool
      ? `${TOOL_TITLES[step.kind]} (g: guide${step.kind === 'architecture' ? '' : ', z: whole screen'})`
      : `${step.kind === 'notes' ? 'Guide' : `Guide (g: ${TOOL_TITLES[step.kind].toLowerCase()})`}${guideAbove}`;
    const split = panelSplit(state);
    let panel: ReactNode;
    if (tool && step.kind === 'architecture') {
      panel = (
        <ArchitectureView
          edits={state.session.architecture}
          selected={state.archSelected}
          field={state.archField}
          focused={panelFocused}
          notesFocused={notesFocused}
          width={paneWidth}
          height={panelHeight}
        />
      );
    } else if (tool) {
      panel = <EstimatorView estimator={state.estimator} kind={step.kind} focused={panelFocused} width={paneWidth} height={split.panelHeight} moreHint="more: z" />;
    } else {
      panel = <StepGuide step={step} problem={problem} mode={state.session.mode} hintsShown={state.session.hints_shown} scroll={state.guideScroll} width={paneWidth} height={panelHeight} />;
    }
    body = (
      <Box flexDirection="row" height={bodyHeight}>
        <StepList
          steps={framework.steps}
          current={index}
          cursor={state.focus === 'steps' ? state.cursor : index}
          done={state.session.done}
          focused={state.focus === 'steps'}
          width={listWidth}
          height={bodyHeight}
        />
        <Box width={1} />
        <Box flexDirection="column" width={paneWidth} height={bodyHeight}>
          {/* In a mock the header clock shows this step's time against its scaled budget, and the mock owns the time. */}
          <StepTitle number={index + 1} step={step} done={done} timed={!state.session.mock} session={state.session} live={live} width={paneWidth} />
          <Line text={panelTitle} width={paneWidth} inverse={panelFocused} fill={panelFocused} bold={panelFocused} dim={!panelFocused} />
          {panel}
          <Line
            text={`${isJudgedMock(state.session) ? `Notes (read-only · again: hld practice ${state.session.problem})` : notesFocused ? 'Notes (typing; Esc to stop)' : 'Notes (e to write)'}${notesScrollHint(state.editor)}`}
            width={paneWidth}
            inverse={notesFocused}
            fill={notesFocused}
            bold={notesFocused}
            dim={!notesFocused}
          />
          <NotesView editor={state.editor} focused={notesFocused} width={paneWidth} height={split.notesHeight} />
        </Box>
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height}>
      <Box width={layout.columns} height={1}>
        <Header
          problem={problem.title}
          framework={framework.title}
          step={index + 1}
          steps={framework.steps.length}
          showElapsed={state.session.mode !== 'mock'}
          session={state.session}
          live={live}
          width={layout.columns - (state.session.mock ? MOCK_CLOCK_WIDTH : 0)}
        />
        {state.session.mock ? <MockClock session={state.session} framework={framework} endArmed={state.endArmedFor > 0} live={live} /> : null}
      </Box>
      {body}
      <Footer contexts={contexts} notice={state.notice} save={save} width={layout.columns} />
    </Box>
  );
}
