/**
 * The DOM text that annotations are anchored in (happy-dom): what a reader reads, with whitespace collapsed,
 * blocks separated and scripts left out, and offsets that map to text-node points and back exactly.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../core/annotations/describeQuote';
import { offsetsForRange, rangeForOffsets, readDomText } from '../../core/annotations/domText';

function documentOf(body: string): Document {
  const window = new Window({ url: 'https://news.example/' });
  window.document.write(`<html><head><style>p { color: red }</style></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const body = `
  <article>
    <h1>Westminster   attack</h1><p>It took just <b>82 seconds</b> for Masood
      to kill <i>four</i> people.</p><p>Ms Rudd said:<br>"no place to hide".</p>
    <script>var hidden = "not text";</script>
    <ul><li>one</li><li>two</li></ul>
    <div>Intro<p>Para</p>tail<span> end</span></div><pre>spaced   out
  code</pre><p>no&nbsp;&nbsp;break</p>
  </article>`;

describe('DOM text', () => {
  it('reads what a reader sees: collapsed whitespace, separated blocks, no script text', () => {
    const { text } = readDomText(documentOf(body).body);
    expect(text).toBe(
      'Westminster attack It took just 82 seconds for Masood to kill four people. Ms Rudd said: "no place to hide". one two Intro Para tail end spaced out code no\u00a0\u00a0break',
    );
  });

  it('maps every non-blank stretch of text to a DOM range with that text and back to the same offsets', () => {
    const doc = documentOf(body);
    const domText = readDomText(doc.body);
    const { text } = domText;
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }), (a, b) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b) + 1;
        fc.pre(text[start] !== ' ' && text[end - 1] !== ' ');
        const range = rangeForOffsets(domText, start, end)!;
        // Range text has no separator between blocks and includes the script a reader never sees.
        expect(range.toString().replace('var hidden = "not text";', '').replace(/\s+/g, '')).toBe(text.slice(start, end).replace(/\s+/g, ''));
        expect(offsetsForRange(domText, range)).toEqual({ start, end });
      }),
      { numRuns: 300 },
    );
  });

  it('describes a selection made across elements, including one that starts between nodes', () => {
    const doc = documentOf(body);
    const domText = readDomText(doc.body);
    const range = doc.createRange();
    const paragraph = doc.querySelector('p')!;
    range.setStart(paragraph, 1); // before <b>
    range.setEnd(paragraph.querySelector('i')!.firstChild!, 4);
    const { start, end } = offsetsForRange(domText, range);
    const [quote, position] = describeQuote(domText.text, start, end)!;
    expect(quote.exact).toBe('82 seconds for Masood to kill four');
    expect(quote.prefix).toBe('Westminster attack It took just ');
    expect(quote.suffix).toBe(' people. Ms Rudd said: "no place');
    expect(domText.text.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('a selection of only whitespace describes nothing', () => {
    const domText = readDomText(documentOf(body).body);
    const at = domText.text.indexOf(' It took');
    expect(describeQuote(domText.text, at, at + 1)).toBeNull();
  });
});
