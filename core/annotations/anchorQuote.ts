/**
 * Places a saved annotation in a page's text again, in three steps from cheapest and surest to costliest:
 * 1. position: the TextPositionSelector still points at the exact quote;
 * 2. quote: the exact quote occurs in the text, chosen among occurrences by its prefix/suffix and position;
 * 3. fuzzy: an approximate match of the quote (approx-string-match, Myers' bit-parallel edit distance),
 *    kept only above a score threshold.
 * A wrong anchor misleads the reader more than a missing one, so short quotes need their context to agree and
 * anything below the thresholds is an orphan, with the reason.
 * Texts are compared after folding curly quotes and dashes (length-preserving, so offsets carry over).
 */
import search from 'approx-string-match';
import { foldPunctuation } from '../text/normalize';
import type { TextPositionSelector, TextQuoteSelector } from './model';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type AnchorResult =
  | { status: 'anchored'; method: AnchorMethod; start: number; end: number; /** 0..1 */ score: number }
  | { status: 'orphan'; reason: string };

/** A quote at least this long is distinctive enough to be trusted on its own words. */
const DISTINCTIVE_LENGTH = 32;
/** Below this length a quote is never matched approximately: a few edits turn it into other words. */
const MIN_FUZZY_LENGTH = 16;
/** Share of the quote's characters that may differ in a fuzzy match. */
const MAX_FUZZY_ERROR_RATE = 0.2;
/** Required agreement of prefix and suffix (0..1) for an exact quote too short to stand on its own. */
const MIN_CONTEXT_FOR_SHORT_QUOTE = 0.5;
/** Required overall score of a fuzzy match, weighing the quote 60% and its context 40%. */
const MIN_FUZZY_SCORE = 0.7;
/** Occurrences of a common quote scored for context: the nearest to the saved position. */
const MAX_SCORED_OCCURRENCES = 200;
/** Characters on each side of the saved position searched approximately before the whole text is. */
const FUZZY_WINDOW = 4096;
/** Longest stretch of text searched with edit distance; longer quotes are matched by exact steps only. */
const MAX_FUZZY_QUOTE_LENGTH = 1024;

/** Similarity (0..1) of `expected` to the best-matching part of `actual`. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** How well the text around [start, end) agrees with the stored prefix and suffix (0..1). */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const prefix = quote.prefix ? foldPunctuation(quote.prefix) : '';
  const suffix = quote.suffix ? foldPunctuation(quote.suffix) : '';
  if (!prefix && !suffix) return 1;
  const scores: number[] = [];
  if (prefix) scores.push(similarity(text.slice(Math.max(0, start - prefix.length), start), prefix));
  if (suffix) scores.push(similarity(text.slice(end, end + suffix.length), suffix));
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Closeness to the position the annotation was saved at: a tie-breaker between equally good candidates. */
function proximity(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined || textLength === 0) return 1;
  return 1 - Math.min(1, Math.abs(start - hint) / textLength);
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

interface FuzzyMatch {
  start: number;
  end: number;
  score: number;
}

/** The best approximate match of `exact` within text[from, to), scored on the quote and its context. */
function bestFuzzyMatch(
  text: string,
  exact: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  from: number,
  to: number,
): FuzzyMatch | undefined {
  const offset = Math.max(0, from);
  const maxErrors = Math.floor(exact.length * MAX_FUZZY_ERROR_RATE);
  let best: (FuzzyMatch & { rank: number }) | undefined;
  for (const match of search(text.slice(offset, Math.min(text.length, to)), exact, maxErrors)) {
    const start = match.start + offset;
    const end = match.end + offset;
    const quoteScore = 1 - match.errors / exact.length;
    const score = 0.6 * quoteScore + 0.4 * contextScore(text, start, end, quote);
    const rank = score * 10 + proximity(start, hint, text.length);
    if (!best || rank > best.rank) best = { start, end, score, rank };
  }
  return best;
}

/** A page's annotations are anchored one after another in the same text: fold it once. */
let lastFolded: { input: string; folded: string } | undefined;
function folded(pageText: string): string {
  if (lastFolded?.input !== pageText) lastFolded = { input: pageText, folded: foldPunctuation(pageText) };
  return lastFolded.folded;
}

export function anchorQuote(
  pageText: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): AnchorResult {
  const text = folded(pageText);
  const exact = foldPunctuation(quote.exact);
  if (exact.length === 0) return { status: 'orphan', reason: 'the saved quote is empty' };
  // An empty position (start = end) was saved without one: it says nothing about where the quote is.
  const known = position && position.end > position.start ? position : undefined;
  const hint = known?.start;

  if (known && text.slice(known.start, known.end) === exact) {
    return { status: 'anchored', method: 'position', start: known.start, end: known.end, score: 1 };
  }

  let found = occurrences(text, exact);
  if (found.length > MAX_SCORED_OCCURRENCES) {
    const at = hint ?? 0;
    found = found.sort((a, b) => Math.abs(a - at) - Math.abs(b - at)).slice(0, MAX_SCORED_OCCURRENCES);
  }
  const exactHits = found.map((start) => {
    const end = start + exact.length;
    const context = contextScore(text, start, end, quote);
    return { start, end, context, rank: context * 10 + proximity(start, hint, text.length) };
  });
  if (exactHits.length > 0) {
    const best = exactHits.reduce((a, b) => (b.rank > a.rank ? b : a));
    // One occurrence of a long quote is the passage; otherwise the surrounding words must say which one.
    const trusted =
      best.context >= MIN_CONTEXT_FOR_SHORT_QUOTE || (exactHits.length === 1 && exact.length >= DISTINCTIVE_LENGTH);
    if (trusted) return { status: 'anchored', method: 'quote', start: best.start, end: best.end, score: best.context };
    return {
      status: 'orphan',
      reason: `the quote occurs ${exactHits.length === 1 ? 'once' : `${exactHits.length}${exactHits.length === MAX_SCORED_OCCURRENCES ? '+' : ''} times`} but not in its saved context`,
    };
  }

  if (exact.length < MIN_FUZZY_LENGTH) return { status: 'orphan', reason: 'the quote is not in the page' };
  if (exact.length > MAX_FUZZY_QUOTE_LENGTH) return { status: 'orphan', reason: 'the quote is not in the page as saved' };

  // Near the saved position first (cheap on long pages), then the whole text.
  let best = hint !== undefined ? bestFuzzyMatch(text, exact, quote, hint, hint - FUZZY_WINDOW, hint + exact.length + FUZZY_WINDOW) : undefined;
  if (!best || best.score < MIN_FUZZY_SCORE) best = bestFuzzyMatch(text, exact, quote, hint, 0, text.length);
  if (!best) return { status: 'orphan', reason: 'no passage is close enough to the quote' };
  if (best.score < MIN_FUZZY_SCORE) {
    return { status: 'orphan', reason: `the closest passage scores ${best.score.toFixed(2)}, below ${MIN_FUZZY_SCORE}` };
  }
  return { status: 'anchored', method: 'fuzzy', start: best.start, end: best.end, score: best.score };
}
