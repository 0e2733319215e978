/**
 * The part of a long corpus quote that a page sentence carries: pages often quote a few words from the middle
 * of a long statement, and the card should show those words in their context, not the statement's opening.
 */
import { foldPunctuation } from '../text/normalize';

/** how many of the sentence's words in a row must be found in the quote to place it */
const RUN = 4;
/** words of the quote kept before the matched ones, for context */
const LEAD_WORDS = 4;

export function quoteExcerpt(quote: string, sentence: string, maxChars: number): string {
  if (quote.length <= maxChars) return quote;
  const at = placeInQuote(quote, sentence);
  let start = 0;
  if (at > 0) {
    const before = quote.slice(0, at).trimEnd().split(' ');
    start = Math.max(0, at - before.slice(-LEAD_WORDS).join(' ').length - 1);
    if (start > 0 && quote[start - 1] !== ' ') start = quote.indexOf(' ', start) + 1;
  }
  let end = Math.min(quote.length, start + maxChars);
  if (end < quote.length) end = Math.max(start + 1, quote.lastIndexOf(' ', end));
  return `${start > 0 ? '…' : ''}${quote.slice(start, end).trim()}${end < quote.length ? '…' : ''}`;
}

/**
 * Where in the quote the sentence's words begin: the first run of RUN words that the quote has exactly once
 * ("we need to make sure" may open two of its sentences; "make sure that our" only one), else the first run it
 * has at all, else -1.
 */
function placeInQuote(quote: string, sentence: string): number {
  const fold = (s: string) => foldPunctuation(s).toLowerCase(); // length-preserving
  const haystack = fold(quote);
  const words = fold(sentence).match(/[\p{L}\p{N}']+/gu) ?? [];
  let firstFound = -1;
  for (let i = 0; i + RUN <= words.length; i++) {
    const pattern = new RegExp(words.slice(i, i + RUN).map(escape).join(`[^\\p{L}\\p{N}']+`), 'gu');
    const found = [...haystack.matchAll(pattern)];
    if (found.length === 1) return found[0]!.index;
    if (found.length && firstFound === -1) firstFound = found[0]!.index;
  }
  return firstFound;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
