/**
 * Re-anchoring saved annotations after the page changed. Each case saves quotes from a news page rendered as
 * HTML (seed 000), edits the page the way publishers do, reads the DOM text again (happy-dom) and anchors:
 * the quote must come back exactly where it is, or be an orphan, never somewhere else.
 * Prints the anchoring results table.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorQuote, type AnchorResult } from '../../core/annotations/anchorQuote';
import { describeQuote, type QuoteSelectors } from '../../core/annotations/describeQuote';
import { rangeForOffsets, readDomText } from '../../core/annotations/domText';

const paragraphs = readFileSync(new URL('../../seeds/000_d1f0c12a1def70d6.txt', import.meta.url), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

function pageOf(paras: readonly string[]): Document {
  const window = new Window({ url: 'https://news.example/rudd' });
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  window.document.write(
    `<html><head><title>Rudd</title><script>var x = "Ms Rudd";</script></head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <article>
        <h1>Amber Rudd: no place for terrorists to hide</h1>
        ${paras.map((p) => `<p>\n          ${escape(p)}\n        </p>`).join('\n')}
      </article>
    </body></html>`,
  );
  return window.document as unknown as Document;
}

/** Selectors for `quote` in paragraph `index` of the original page, as a selection there would give. */
function save(quote: string, index: number): QuoteSelectors {
  const domText = readDomText(pageOf(paragraphs).body);
  const paragraphAt = domText.text.indexOf(paragraphs[index]!);
  const start = domText.text.indexOf(quote, paragraphAt);
  expect(paragraphAt, `paragraph ${index} is in the page`).toBeGreaterThanOrEqual(0);
  expect(start, `"${quote}" is in paragraph ${index}`).toBeGreaterThanOrEqual(paragraphAt);
  return describeQuote(domText.text, start, start + quote.length)!;
}

function reanchor(selectors: QuoteSelectors, paras: readonly string[]): { result: AnchorResult; found?: string } {
  const domText = readDomText(pageOf(paras).body);
  const result = anchorQuote(domText.text, selectors[0], selectors[1]);
  if (result.status !== 'anchored') return { result };
  return { result, found: rangeForOffsets(domText, result.start, result.end)!.toString().replace(/\s+/g, ' ') };
}

const rows: string[][] = [];
function record(name: string, outcome: { result: AnchorResult; found?: string }) {
  const { result } = outcome;
  rows.push([
    name,
    result.status === 'anchored' ? result.method : '-',
    result.status,
    result.status === 'anchored' ? result.score.toFixed(2) : result.reason,
  ]);
}

const replaceIn = (paras: readonly string[], index: number, from: string | RegExp, to: string) =>
  paras.map((p, i) => (i === index ? p.replace(from, to) : p));

const backDoors = 'build ‘back doors’ into their systems so that the intelligence agencies can read';
const seconds = 'It took just 82 seconds for Masood to kill four people, including a police officer, in Westminster.';

describe('re-anchoring after page edits', () => {
  it('unchanged page: the stored position still holds the quote', () => {
    const saved = save(backDoors, 9);
    const outcome = reanchor(saved, paragraphs);
    record('unchanged page', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'position' });
    expect(outcome.found).toBe(backDoors);
  });

  it('paragraphs inserted above: found by its quote and context', () => {
    const saved = save(backDoors, 9);
    const edited = [paragraphs[0]!, 'UPDATE: This article was amended on Monday to add comment from WhatsApp.', ...paragraphs.slice(1, 5), 'Read more: Who was Khalid Masood?', ...paragraphs.slice(5)];
    const outcome = reanchor(saved, edited);
    record('paragraphs inserted above', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(outcome.found).toBe(backDoors);
  });

  it('neighbouring sentences reworded: a long quote still anchors on its own words', () => {
    const saved = save(seconds, 5);
    let edited = replaceIn(paragraphs, 4, 'Internet giants like Google have also come under fire', 'Google and other internet firms were also criticised');
    edited = replaceIn(edited, 6, 'Police say that they believe', 'Detectives now think');
    const outcome = reanchor(saved, edited);
    record('neighbours reworded', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(outcome.found).toBe(seconds);
  });

  it('a short quote with the sentence before it reworded: the words after it still place it', () => {
    const saved = save('82 seconds', 5);
    const edited = replaceIn(paragraphs, 5, 'It took just 82 seconds', 'Police said it took only 82 seconds');
    const outcome = reanchor(saved, edited);
    record('short quote, words before it reworded', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(outcome.found).toBe('82 seconds');
  });

  it('the quote itself corrected (a typo fixed): fuzzy match above the threshold', () => {
    const quote = 'Last week No 10 said that Prime Minster Theresa May believed that technology companies';
    const saved = save(quote, 8);
    const edited = replaceIn(paragraphs, 8, 'Prime Minster', 'Prime Minister');
    const outcome = reanchor(saved, edited);
    record('typo fixed inside the quote', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(outcome.found).toBe(quote.replace('Minster', 'Minister'));
  });

  it('quotation marks straightened and spacing changed: the same text to a reader, so the same position', () => {
    const saved = save(backDoors, 9);
    const edited = replaceIn(paragraphs, 9, '‘back doors’', "'back  doors'");
    const outcome = reanchor(saved, edited);
    record('curly quotes straightened, spaces doubled', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'position' });
    expect(outcome.found).toBe("build 'back doors' into their systems so that the intelligence agencies can read");
  });

  it('the passage removed: an orphan, not a guess', () => {
    const saved = save(seconds, 5);
    const outcome = reanchor(saved, paragraphs.filter((_, i) => i !== 5));
    record('passage removed', outcome);
    expect(outcome.result.status).toBe('orphan');
  });

  it('a short quote whose passage was removed is not moved to the same words elsewhere', () => {
    const saved = save('Ms Rudd', 10); // "Ms Rudd also warned Google…"
    const outcome = reanchor(saved, paragraphs.filter((_, i) => i !== 10));
    record('short quote, passage removed (words occur elsewhere)', outcome);
    expect(outcome.result.status).toBe('orphan');
  });

  it('a repeated short quote is placed at the occurrence its context names', () => {
    const saved = save('Ms Rudd', 10);
    const edited = ['Breaking: a new statement.', ...paragraphs];
    const outcome = reanchor(saved, edited);
    record('repeated short quote, page shifted', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'quote' });
    const text = readDomText(pageOf(edited).body).text;
    const result = outcome.result as Extract<AnchorResult, { status: 'anchored' }>;
    expect(text.slice(result.end, result.end + 20)).toBe(' also warned Google ');
  });

  it('the quote rewritten: an orphan', () => {
    const saved = save(seconds, 5);
    const edited = replaceIn(paragraphs, 5, seconds, 'Masood killed four people, one of them a police officer, in less than a minute and a half.');
    const outcome = reanchor(saved, edited);
    record('quote rewritten', outcome);
    expect(outcome.result.status).toBe('orphan');
  });

  it('the quote reworded and its neighbours too: below the threshold, an orphan', () => {
    const quote = 'Investigators are understood to be unable to see what was communicated.';
    const saved = save(quote, 3);
    let edited = replaceIn(paragraphs, 3, quote, 'Investigators are believed to be unable to read what was sent.');
    edited = replaceIn(edited, 2, /.*/, 'WhatsApp has said it co-operates with the police.');
    edited = replaceIn(edited, 4, /.*/, 'Other firms were also criticised.');
    const outcome = reanchor(saved, edited);
    record('quote and neighbours reworded', outcome);
    expect(outcome.result.status).toBe('orphan');
  });

  it('a quote saved without a position (from the popup) anchors by quote', () => {
    const [quote] = save(seconds, 5);
    const outcome = reanchor([{ type: 'TextQuoteSelector', exact: quote.exact }, { type: 'TextPositionSelector', start: 0, end: 0 }], paragraphs);
    record('no position, no context (popup)', outcome);
    expect(outcome.result).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(outcome.found).toBe(seconds);
  });

  afterAll(() => {
    const header = ['case', 'method', 'result', 'score / reason'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(['Anchoring results', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  });
});

describe('anchorQuote on plain text', () => {
  const text = 'a b a b a b. The Home Secretary spoke. a b a b a b.';

  it('a stored position that now holds other text is not trusted', () => {
    const result = anchorQuote(text, { type: 'TextQuoteSelector', exact: 'Home Secretary' }, { type: 'TextPositionSelector', start: 0, end: 14 });
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: text.indexOf('Home Secretary') });
  });

  it('a one-letter quote repeated many times is placed by its context', () => {
    const [quote, position] = describeQuote(text, text.lastIndexOf('b'), text.lastIndexOf('b') + 1)!;
    const shifted = `Intro. ${text}`;
    const result = anchorQuote(shifted, quote, position);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: shifted.lastIndexOf('b') });
  });

  it('an empty quote is an orphan', () => {
    expect(anchorQuote(text, { type: 'TextQuoteSelector', exact: '' })).toEqual({ status: 'orphan', reason: 'the saved quote is empty' });
  });

  it('a short quote that is not in the text is not searched approximately', () => {
    expect(anchorQuote(text, { type: 'TextQuoteSelector', exact: 'Home Secretery' })).toEqual({ status: 'orphan', reason: 'the quote is not in the page' });
  });
});
