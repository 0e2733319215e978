/**
 * Re-anchoring cost on a long page: 100 annotations placed again in about 1 MB of real article text after the
 * page changed (a paragraph inserted at the top, so no stored position holds), a third of them with a word
 * changed inside the quote (fuzzy). Best of a few rounds; the ratio to plain indexOf searches for the same
 * quotes is the figure that carries across machines.
 */
import { anchorQuote } from '../../core/annotations/anchorQuote';
import { describeQuote } from '../../core/annotations/describeQuote';
import { bestOf } from './timing';

export interface AnchorFigures {
  anchor100On1MbMs: number;
  anchor100VsIndexOf: number;
  anchoredOf100: number;
}

export function runAnchorBench(articleText: string, rounds = 3): AnchorFigures {
  let page = articleText.replace(/\s+/g, ' ');
  while (page.length < 1_000_000) page += ` ${page}`;
  page = page.slice(0, 1_000_000);
  const annotations = Array.from({ length: 100 }, (_, i) => {
    const start = Math.floor(((i + 0.5) / 100) * (page.length - 200));
    return describeQuote(page, start, start + 80)!;
  });
  // The same page edited: a paragraph inserted at the top, and one character changed in every third quote.
  let edited = `An editor's note added at the top of the page. ${page}`;
  for (const [i, [quote]] of annotations.entries()) {
    if (i % 3 === 0) edited = edited.replace(quote.exact, `${quote.exact.slice(0, 40)}#${quote.exact.slice(41)}`);
  }
  let anchored = 0;
  const anchorMs = bestOf(rounds, () => {
    anchored = annotations.filter(([quote, position]) => anchorQuote(edited, quote, position).status === 'anchored').length;
  });
  const indexOfMs = bestOf(rounds, () => {
    for (const [quote] of annotations) edited.indexOf(quote.exact);
  });
  return {
    anchor100On1MbMs: Math.round(anchorMs),
    anchor100VsIndexOf: Math.round(anchorMs / Math.max(indexOfMs, 0.01)),
    anchoredOf100: anchored,
  };
}
