/** The reader's current selection described as annotation selectors, with the live range to paint. */
import { describeQuote, type QuoteSelectors } from '../../core/annotations/describeQuote';
import { offsetsForRange, rangeForOffsets, readDomText } from '../../core/annotations/domText';

export interface SelectionQuote {
  selectors: QuoteSelectors;
  range: Range;
}

export function selectionQuote(doc: Document): SelectionQuote | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const domText = readDomText(doc.body);
  const { start, end } = offsetsForRange(domText, selection.getRangeAt(0));
  const selectors = describeQuote(domText.text, start, end);
  if (!selectors) return null;
  const range = rangeForOffsets(domText, selectors[1].start, selectors[1].end);
  return range ? { selectors, range } : null;
}
