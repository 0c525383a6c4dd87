/**
 * Where everything goes on the practice screen for a terminal size. The whole
 * frame stays one row shorter than the terminal: Ink clears and redraws the
 * screen (flicker) once its output reaches the terminal's height.
 */
export interface PracticeLayout {
  readonly columns: number;
  /** Rows the frame may use. */
  readonly height: number;
  readonly listWidth: number;
  readonly paneWidth: number;
  /** Rows between the header and the footer. */
  readonly bodyHeight: number;
  /** Content rows of the guide or tool panel (below its title row). */
  readonly panelHeight: number;
  /** Content rows of the notes editor (below its title row). */
  readonly notesHeight: number;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;

export function practiceLayout(columns: number, rows: number): PracticeLayout {
  const width = Math.max(MIN_COLUMNS, columns);
  const height = Math.max(MIN_ROWS, rows) - 1;
  const listWidth = Math.min(30, Math.max(16, Math.floor(width * 0.27)));
  const paneWidth = width - listWidth - 1;
  const bodyHeight = height - 2;
  // Step title, panel title and notes title take a row each.
  const shared = bodyHeight - 3;
  const notesHeight = Math.max(3, Math.round(shared * 0.4));
  return { columns: width, height, listWidth, paneWidth, bodyHeight, panelHeight: shared - notesHeight, notesHeight };
}

/** Overlays use the whole body. */
export const overlayHeight = (layout: PracticeLayout): number => layout.bodyHeight - 1;

/**
 * Beside the live estimator the notes take only the rows their text needs
 * (one spare row to type into, and never more than their share), and the
 * estimator takes the rest: at 80x24 it had 11 rows while 6 stayed empty
 * below short notes. The split moves only when the text gains or loses a row,
 * so typing within a line redraws no more than before.
 */
export function estimatorSplit(layout: PracticeLayout, noteRows: number): { readonly panelHeight: number; readonly notesHeight: number } {
  const notesHeight = Math.min(layout.notesHeight, Math.max(2, noteRows + 1));
  return { panelHeight: layout.panelHeight + layout.notesHeight - notesHeight, notesHeight };
}
