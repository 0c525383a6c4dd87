/**
 * The form two words are compared in. Both sides (what a rule lists and what
 * a candidate wrote) go through the same steps, so a rule written once in
 * American spelling and the singular matches "materialised", "Caches" and
 * "partitioning": British spellings become American, then common endings go
 * ("caching", "caches" and "cached" all give "cach").
 */

const BRITISH_ENDINGS: readonly [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/(behavi|col|fav|hon|lab|neighb|harb)our/, '$1or'],
  [/(cent|met|lit|fib)re(s?)$/, '$1er$2'],
  [/ogue(s?)$/, 'og$1'],
  [/([aeiou][a-z]*[aeiou])ll(ed|ing|er)$/, '$1l$2'],
];

/** The American spelling of a lower-case word; words already American pass through. */
export function americanSpelling(word: string): string {
  let w = word;
  for (const [pattern, replacement] of BRITISH_ENDINGS) {
    if (w.length > 5 && pattern.test(w)) w = w.replace(pattern, replacement);
  }
  return w;
}

/** A word without its common endings, so "caches", "caching" and "cached" meet "cache". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  // Short plurals of abbreviations: "IDs", "DBs", "LBs".
  if (w.length === 3 && /^[a-z]{2}s$/.test(w) && !/(?:ss|us|is|as|os)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The comparison form of one word: lower case, American, without endings or a final e. */
export function wordKey(word: string): string {
  const w = stem(americanSpelling(word.toLowerCase()));
  return w.length > 3 ? w.replace(/e$/, '') : w;
}

/** Letters and digits only: what a word is made of for matching. */
export const isWordText = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
