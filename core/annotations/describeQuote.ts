/**
 * Describes a stretch of a page's text as the two selectors an annotation keeps: the quote with the words
 * around it, and its character offsets. Leading and trailing whitespace of the selection is left out, so a
 * selection that starts at a line break describes the same quote as one that does not.
 */
import type { TextPositionSelector, TextQuoteSelector } from './model';

/** Characters of context kept on each side: enough to tell repeated quotes apart, short enough to survive edits. */
export const CONTEXT_LENGTH = 32;

export type QuoteSelectors = [TextQuoteSelector, TextPositionSelector];

export function describeQuote(text: string, start: number, end: number): QuoteSelectors | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (from === to) return null;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start: from, end: to },
  ];
}
