/** Text folding shared by the corpus builder, the matcher and the anchoring code. */

const QUOTE_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u00A0': ' ',
};

const FOLDABLE = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2013\u2014\u00A0]/;
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g');

/** Curly quotes and dashes to their ASCII forms, no-break spaces to spaces. Length-preserving. */
export function foldPunctuation(text: string): string {
  // most sentences have nothing to fold: a test is far cheaper than a replace with a callback
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, (c) => QUOTE_FOLDS[c] ?? c) : text;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE_RUNS = /\s+/g;

/** Lower-cased, punctuation-folded, diacritics removed, runs of whitespace collapsed. For comparison only. */
export function normalizeForMatch(text: string): string {
  return foldPunctuation(text)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}
