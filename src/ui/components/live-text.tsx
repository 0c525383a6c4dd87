import { Box, renderToString, Text, type DOMElement } from 'ink';
import { createContext, useContext, useEffect, useReducer, useRef } from 'react';
import type { Session } from '../../core/session/schema.js';
import { columns } from '../editor/graphemes.js';

/**
 * Text that changes by itself once a second: the time on the practice
 * screen's header and step line, a mock's countdown. Ink 6.8 draws a whole
 * frame for any change (every cell of the screen, about as much work as a
 * keystroke), so a clock that went through React once a second would cost
 * more than everything else an idle screen does. Instead each cell watches
 * the session itself and, when its text changes and keeps its width, writes
 * just those few characters at its place on the terminal (TerminalPatch,
 * below); React draws it again only when its width changes (the parent lays
 * the row out again) or when there is no terminal to write on (tests, frames
 * drawn to a string). Whenever React does draw the cell (the screen draws
 * every cell again for each keystroke, as Ink redraws every row), it reads the
 * session as it is then, so Ink's next frame carries the same text and never
 * puts back an older time.
 */

/** Where an open session can be read and watched (a SessionStore is one). */
export interface LiveSession {
  readonly session: Session;
  subscribe(listener: () => void): () => void;
}

/** What a cell shows for a session: its text and how it is drawn. */
export interface Look {
  readonly text: string;
  readonly color?: string | undefined;
  readonly bold?: boolean;
  readonly inverse?: boolean;
  readonly dim?: boolean;
}

/** Writes a cell's new text in place on the terminal; false when it cannot (the caller then redraws through React). */
export interface TerminalPatch {
  write(node: DOMElement, styled: string): boolean;
}

export const TerminalPatchContext = createContext<TerminalPatch | undefined>(undefined);

/** Lay out the row again: a cell whose text changed width asks the screen to draw it again. */
export const RelayoutContext = createContext<(() => void) | undefined>(undefined);

const sameLook = (a: Look, b: Look): boolean => a.text === b.text && a.color === b.color && a.bold === b.bold && a.inverse === b.inverse && a.dim === b.dim;

const MARK = 'hldlivemark';
const wrappers = new Map<string, readonly [string, string]>();

/** `look.text` with exactly the escape codes Ink's <Text> would give it (colour level and NO_COLOR included). */
export function styledText(look: Look): string {
  const key = `${look.color ?? ''}|${look.bold ? 'b' : ''}|${look.inverse ? 'i' : ''}|${look.dim ? 'd' : ''}`;
  let wrap = wrappers.get(key);
  if (!wrap) {
    const drawn = renderToString(
      <Text color={look.color} bold={look.bold} inverse={look.inverse} dimColor={look.dim}>
        {MARK}
      </Text>,
    );
    const [before = '', after = ''] = drawn.split(MARK);
    wrap = [before, after];
    wrappers.set(key, wrap);
  }
  return `${wrap[0]}${look.text}${wrap[1]}`;
}

export interface LiveTextProps {
  /** The open session, watched for changes; undefined draws `session` once (a frame drawn to a string). */
  readonly live: LiveSession | undefined;
  readonly session: Session;
  readonly look: (session: Session) => Look;
}

export function LiveText({ live, session, look }: LiveTextProps) {
  // Read at every draw, so a frame Ink draws for another reason shows the time as it is now.
  const shown = look(live ? live.session : session);
  const node = useRef<DOMElement>(null);
  const drawn = useRef(shown);
  drawn.current = shown;
  const lookOf = useRef(look);
  lookOf.current = look;
  const patch = useContext(TerminalPatchContext);
  const relayout = useContext(RelayoutContext);
  const [, redraw] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!live) return;
    return live.subscribe(() => {
      const next = lookOf.current(live.session);
      const was = drawn.current;
      if (sameLook(next, was)) return;
      if (columns(next.text) !== columns(was.text)) {
        (relayout ?? redraw)();
        return;
      }
      if (patch && node.current && patch.write(node.current, styledText(next))) drawn.current = next;
      else redraw();
    });
  }, [live, patch, relayout]);

  return (
    <Box ref={node} flexShrink={0}>
      <Text wrap="truncate-end" color={shown.color} bold={shown.bold} inverse={shown.inverse} dimColor={shown.dim}>
        {shown.text}
      </Text>
    </Box>
  );
}

/** A node's place in the frame: the sum of its and its ancestors' offsets. */
function placeOf(node: DOMElement): { top: number; left: number; root: DOMElement } {
  let top = 0;
  let left = 0;
  let at: DOMElement = node;
  for (;;) {
    top += at.yogaNode?.getComputedTop() ?? 0;
    left += at.yogaNode?.getComputedLeft() ?? 0;
    if (!at.parentNode) return { top, left, root: at };
    at = at.parentNode;
  }
}

/**
 * Patches for a frame drawn from the top-left corner of the alternate screen
 * (runFullScreen): a cell is at its frame position. Only while the frame
 * fits the terminal; a frame as tall as the terminal scrolls, and Ink then
 * clears and redraws it whole anyway.
 */
export function alternateScreenPatch(stdout: NodeJS.WriteStream): TerminalPatch {
  return {
    write(node, styled) {
      if (!stdout.isTTY) return false;
      const { top, left, root } = placeOf(node);
      const height = root.yogaNode?.getComputedHeight() ?? Infinity;
      const width = root.yogaNode?.getComputedWidth() ?? Infinity;
      if (height >= (stdout.rows || 0) || width > (stdout.columns || 0)) return false;
      // Save the cursor, write at the cell (1-based), restore: Ink's own cursor bookkeeping is untouched.
      stdout.write(`\x1b7\x1b[${top + 1};${left + 1}H${styled}\x1b8`);
      return true;
    },
  };
}
