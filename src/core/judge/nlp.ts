import type { ItemSentence, ItemToken, ItsFunction } from 'wink-nlp';

/**
 * The one place that knows the NLP library. wink-nlp with its small English
 * model splits sentences and gives each token its lemma, part of speech and
 * whether it sits in a negated stretch ("We do not need Snowflake IDs").
 *
 * Loading the model takes a few hundred milliseconds, so it is imported only
 * when a report is made (a dynamic import, which the bundler puts in its own
 * chunk), never at start-up; later reports reuse it.
 */

export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower case. */
  readonly norm: string;
  readonly lemma: string;
  /** Universal part-of-speech tag (NOUN, VERB, AUX, ADP, PUNCT, ...). */
  readonly pos: string;
  /** In a stretch the library reads as negated. */
  readonly negated: boolean;
  /** Whitespace comes before it (so "fan-out" has none around the hyphen). */
  readonly spaced: boolean;
}

export type Sentence = readonly Token[];

export interface Language {
  /** Sentences of `text`, each as its tokens; whitespace tokens are dropped. */
  sentences(text: string): Sentence[];
}

let loading: Promise<Language> | undefined;

export function loadLanguage(): Promise<Language> {
  loading ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
    const nlp = winkNLP(model);
    const its = nlp.its;
    return {
      sentences(text: string): Sentence[] {
        const doc = nlp.readDoc(text);
        const out: Sentence[] = [];
        doc.sentences().each((sentence: ItemSentence) => {
          const tokens: Token[] = [];
          sentence.tokens().each((t: ItemToken) => {
            const type = t.out(its.type);
            if (type === 'tabCRLF' || type === 'space') return;
            const value = t.out();
            tokens.push({
              text: value,
              norm: value.toLowerCase(),
              lemma: String(t.out(its.lemma as ItsFunction<string>)).toLowerCase(),
              pos: String(t.out(its.pos)),
              negated: Boolean(t.out(its.negationFlag)),
              spaced: String(t.out(its.precedingSpaces)).length > 0,
            });
          });
          if (tokens.length > 0) out.push(tokens);
        });
        return out;
      },
    };
  })();
  return loading;
}
