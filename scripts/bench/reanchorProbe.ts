/** The annotator's reading and anchoring, bundled alone so the bench can time them inside a page. */
import { anchorQuote } from '../../core/annotations/anchorQuote';
import { describeQuote } from '../../core/annotations/describeQuote';
import { rangeForOffsets, readDomText } from '../../core/annotations/domText';

/**
 * Saves 100 quotes spread over the page, inserts a paragraph at its top (so no stored position holds), then
 * times what the annotator does on the next visit: read the page's text and place all 100 again.
 */
export function timeReanchor(): { ms: number; placed: number } {
  const before = readDomText(document.body);
  const saved = Array.from({ length: 100 }, (_, i) => {
    const start = Math.floor(((i + 0.5) / 100) * (before.text.length - 200));
    return describeQuote(before.text, start, start + 80)!;
  });
  const notice = document.createElement('p');
  notice.textContent = 'This article has been updated.';
  document.body.prepend(notice);
  const t0 = performance.now();
  const page = readDomText(document.body);
  let placed = 0;
  for (const [quote, position] of saved) {
    const result = anchorQuote(page.text, quote, position);
    if (result.status === 'anchored' && rangeForOffsets(page, result.start, result.end)) placed++;
  }
  return { ms: performance.now() - t0, placed };
}
