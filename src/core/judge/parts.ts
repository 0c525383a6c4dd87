import { wordKey } from './words.js';

/**
 * The part of a whole a number names. "240 TB of text" is text storage, not
 * all storage; "230K inserts/s" is fan-out into timelines, not posting;
 * "20 gateway boxes" are some of the "application and gateway servers". A
 * number is checked against an estimate only when the estimate is that part:
 * every part the number's sentence names must be named by the estimate, and
 * an estimate that sums parts ("photos and videos") is checked only against a
 * number that names all of them or none (then it is the whole). Otherwise the
 * number is not bound, so it is never called wrong for being a part.
 */

const PART_WORDS: Readonly<Record<string, string>> = {
  TEXT: 'text',
  MEDIA: 'media',
  PHOTO: 'photo photos picture pictures image images pic pics resized thumbnail thumbnails',
  VIDEO: 'video videos',
  INSERT: 'insert inserts inserted',
  UPLOAD: 'upload uploads uploaded',
  BITRATE: 'bitrate bitrates',
  GEO: 'geo geospatial',
  GATEWAY: 'gateway gateways gw gws',
  APPLICATION: 'application applications app api',
  RIDE: 'ride rides trip trips',
  LOCATION: 'location locations position positions ping pings gps',
};

const PART_OF = new Map<string, string>(Object.entries(PART_WORDS).flatMap(([part, words]) => words.split(' ').map((w) => [wordKey(w), part] as const)));

/** Media is photos and videos: an estimate of media covers a number that names either. */
const COVERS: Readonly<Record<string, readonly string[]>> = { MEDIA: ['PHOTO', 'VIDEO'] };

const WORD = /[\p{L}][\p{L}'-]*/gu;

/** The parts some words name. */
export function partsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(WORD) ?? []) {
    for (const piece of w.toLowerCase().split('-')) {
      const part = PART_OF.get(wordKey(piece));
      if (part) out.add(part);
    }
  }
  return out;
}

export interface PartsOfEstimate {
  /** The parts its label names. */
  readonly parts: ReadonlySet<string>;
  /** Those and the parts they cover (media: photos and videos). */
  readonly covered: ReadonlySet<string>;
  /** Sums two or more parts: "Outgoing photos and played videos", "Application and gateway servers", media. */
  readonly sum: boolean;
}

export function estimateParts(label: string): PartsOfEstimate {
  const parts = partsIn(label);
  const covered = new Set([...parts].flatMap((p) => [p, ...(COVERS[p] ?? [])]));
  return { parts, covered, sum: parts.size >= 2 || [...parts].some((p) => COVERS[p]) };
}

/** Whether a number naming `named` may be checked against an estimate with these parts. */
export function partsFit(named: ReadonlySet<string>, estimate: PartsOfEstimate): boolean {
  const within = (p: string) => COVERS[p] ?? [];
  const names = (p: string) => named.has(p) || [...named].some((w) => within(w).includes(p)) || (within(p).length > 0 && within(p).every((q) => named.has(q)));
  // Every part the number names is in the estimate ("media" is in "photo and video storage").
  if ([...named].some((p) => !estimate.covered.has(p) && !(within(p).length > 0 && within(p).every((q) => estimate.covered.has(q))))) return false;
  // A sum is checked against the whole: every part it adds up is named, or none is.
  return !estimate.sum || named.size === 0 || [...estimate.parts].every(names);
}
