/**
 * The Markdown export shows every note, quote and title as the reader typed it: parsed by a CommonMark parser
 * (commonmark.js, the reference implementation), the escaped text gives back exactly the typed text, as one
 * paragraph of plain text and line breaks, with no emphasis, link, list, heading, code or HTML in it.
 */
import { HtmlRenderer, Parser, type Node } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../core/annotations/exportMarkdown';
import { markdownInline, markdownLines } from '../../core/annotations/markdownText';
import type { Annotation } from '../../core/annotations/model';

/** The text a CommonMark parser reads from the Markdown, or the first node that is not plain text. */
function renderedText(markdown: string): string {
  const walker = new Parser().parse(markdown).walker();
  let text = '';
  let paragraphs = 0;
  for (let step = walker.next(); step; step = walker.next()) {
    const node: Node = step.node;
    if (!step.entering) continue;
    if (node.type === 'document') continue;
    if (node.type === 'paragraph') paragraphs++;
    else if (node.type === 'text') text += node.literal;
    else if (node.type === 'linebreak') text += '\n';
    else throw new Error(`"${markdown}" renders a ${node.type}`);
  }
  if (paragraphs > 1) throw new Error(`"${markdown}" renders ${paragraphs} paragraphs`);
  return text;
}

const typed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
const roundTrip = (text: string) => renderedText(markdownLines(text).join('\n'));

describe('Markdown escaping of what the reader typed', () => {
  it.each([
    ['an entity', 'Rudd &amp; Cooper, &lt;b&gt; and &#169;'],
    ['a list marker at a line start', '- not a list\n+ nor this\n* nor this'],
    ['an ordered list marker', '1. first\n2) second'],
    ['a heading marker', '# not a heading\n## nor this'],
    ['a setext underline', 'not a heading\n===\nnor this\n---'],
    ['a thematic break', '***\n___'],
    ['a block quote', '> not quoted'],
    ['emphasis', 'a *word* and __strong__ and _this_'],
    ['code', 'a `span` and\n```\nfence\n```'],
    ['a link and an image', '[Home Office](https://gov.uk) ![x](y) <https://a.example> [ref]: /url'],
    ['HTML', '<b>bold</b> <img src=x onerror=alert(1)> <!-- comment -->'],
    ['a backslash and a hard break of its own', 'ends with a backslash\\\nand two spaces  \nnext'],
    ['indentation that would be code', '    four spaces\n\ttab'],
    ['blank lines kept as typed', 'one\n\n\ntwo'],
    ['table and strikethrough syntax', '| a | b |\n|---|---|\n~~gone~~'],
  ])('%s renders as typed', (_name, text) => {
    expect(roundTrip(text)).toBe(typed(text));
  });

  it('any text renders as typed (property, 500 runs)', () => {
    const pieces = fc.constantFrom('&amp;', '- ', '1. ', '# ', '>', '*', '_', '`', '[', ']', '(', ')', '<b>', '\\', '\n', '  ', '\t', '=', '~', '|', '!', 'Rudd', ' ', '&#32;', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme-ascii' })), { maxLength: 20 }), (parts) => {
        const text = parts.join('').replace(/\0/g, '');
        expect(roundTrip(text)).toBe(typed(text));
      }),
      { numRuns: 500 },
    );
  });

  it('a title is one line, escaped the same way', () => {
    expect(renderedText(markdownInline('# Rudd: <b>WhatsApp</b> &amp; *encryption*\nsecond line'))).toBe('# Rudd: <b>WhatsApp</b> &amp; *encryption* second line');
  });

  it('the export shows a note with an entity and a list marker as typed, and holds no HTML', () => {
    const note = '&amp; is how HTML writes "&"\n- a line that starts with a dash';
    const annotation: Annotation = {
      id: 'urn:uuid:6f1d0c8e-1b7e-4a57-9a55-2f4f0c1f6a02',
      url: 'https://news.example/story?a=1&b=<2>',
      title: 'Rudd **interview**',
      selectors: [
        { type: 'TextQuoteSelector', exact: '1. Amber Rudd said' },
        { type: 'TextPositionSelector', start: 0, end: 18 },
      ],
      note,
      tags: ['home_office'],
      links: [],
      created: '2026-11-24T09:00:00.000Z',
      modified: '2026-11-24T09:00:00.000Z',
    };
    const markdown = exportMarkdown([annotation]);
    const html = new HtmlRenderer().render(new Parser().parse(markdown));
    expect(html).toContain('<p>&amp;amp; is how HTML writes &quot;&amp;&quot;<br />\n- a line that starts with a dash</p>');
    expect(html).toContain('<blockquote>\n<p>1. Amber Rudd said</p>\n</blockquote>');
    expect(html).toContain('<h2><a href="https://news.example/story?a=1&amp;b=%3C2%3E">Rudd **interview**</a></h2>');
    expect(html).toContain('Tags: #home_office');
    expect(html).not.toMatch(/<(ul|ol|li|em|strong|code|img)\b/);
  });
});
