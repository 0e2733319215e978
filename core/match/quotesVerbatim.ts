/**
 * A page sentence quotes a corpus quote verbatim when it repeats a long enough run of the quote's exact words
 * (case, punctuation, curly quotes and -ise/-ize folded), with some content words in it besides the stock
 * phrases of speech: "we need to make sure that" alone is not a quotation.
 */
import { normalizeForMatch } from '../text/normalize';
import { contentWords } from '../text/terms';

const MIN_RUN = 6;
const MIN_CONTENT_WORDS = 3;

/** `page` and `quote` as `quotedWords` reads them (the index keeps each quote's). */
export function quotesVerbatim(page: readonly string[], quote: readonly string[]): boolean {
  const { length, end } = longestCommonRun(page, quote);
  if (length < Math.min(MIN_RUN, quote.length)) return false;
  const run = page.slice(end - length, end).join(' ').replace(STOCK_PHRASES, ' ');
  return contentWords(run).length >= Math.min(MIN_CONTENT_WORDS, length);
}

/** words any speaker says on the way to what they mean: "we need to make sure that that stops" quotes no one */
const STOCK_PHRASES = /\b(?:needs? to|make sure)\b/g;

/** The words of a text as a quotation is compared: folded, in order, stopwords kept. */
export function quotedWords(text: string): string[] {
  // "organizations" and "organisations" are the same words quoted.
  return normalizeForMatch(text)
    .replace(/iz(e|ing|ation)/g, 'is$1')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** The longest run of consecutive words the two lists share, and where it ends in `a` (rolling-row DP). */
export function longestCommonRun(a: readonly string[], b: readonly string[]): { length: number; end: number } {
  let best = 0;
  let end = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) {
          best = row[j]!;
          end = i;
        }
      }
    }
    prev = row;
  }
  return { length: best, end };
}
