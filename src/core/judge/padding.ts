import type { Passage } from './passages.js';
import { isConcrete } from './reasons.js';

/**
 * Padding: the share of the concrete words an answer writes outside its
 * requirements that it only lists under a generic verb ("we use Kafka,
 * Redis, sharding, a CDN and consistent hashing to scale"). A few such
 * lists are normal; an answer made mostly of them names things without
 * designing them, so what it names and draws (requirements stated, entities,
 * endpoints, components, connections) counts less: from a third of padding,
 * each further point of padding takes one and a half points off that credit.
 */

export interface Padding {
  /** 0 to 1: listed words over concrete words, outside the requirements. */
  readonly share: number;
  /** What the named and drawn parts of the score are multiplied by. */
  readonly factor: number;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
/** Below this share of listed words nothing is discounted. */
export const PADDING_ALLOWED = 1 / 3;

export function paddingOf(passages: readonly Passage[], inRequirements: (p: Passage) => boolean): Padding {
  let content = 0;
  let listed = 0;
  for (const p of passages) {
    if (inRequirements(p) || p.list) continue;
    for (const t of p.tokens) {
      if (!CONTENT.has(t.pos) || !isConcrete([t])) continue;
      content++;
      if (t.listed) listed++;
    }
  }
  const share = content === 0 ? 0 : listed / content;
  return { share, factor: Math.min(1, 1.5 * (1 - share)) };
}

// The report states what padding took off with paddingRule (rule-texts.ts).
