/**
 * Exports keep page text as text. A quote, note or title taken from a hostile page must not become markup when
 * the Markdown is rendered (renderers pass raw HTML through) nor a formula when the CSV is opened in a spreadsheet.
 */
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../core/annotations/exportCsv';
import { exportMarkdown } from '../../core/annotations/exportMarkdown';
import type { Annotation } from '../../core/annotations/model';

const PAYLOAD = `Khalid Masood sent an encrypted message via Whatsapp <svg onload="alert(1)"></svg> \\<img src=x onerror=alert(2)>.`;

const annotation: Annotation = {
  id: 'urn:uuid:6f1d0c8e-1b7e-4a57-9a55-2f4f0c1f6a02',
  url: 'http://127.0.0.1/html/hostile-script-in-text.html',
  title: 'Rudd: encryption "completely unacceptable" </title><script>alert(3)</script>',
  selectors: [
    { type: 'TextQuoteSelector', exact: PAYLOAD },
    { type: 'TextPositionSelector', start: 10, end: 10 + PAYLOAD.length },
  ],
  note: '=HYPERLINK("http://127.0.0.1:9/leak","Rudd") <img src=x onerror=alert(4)>',
  tags: ['whatsapp'],
  links: [],
  created: '2026-11-24T09:00:00.000Z',
  modified: '2026-11-24T09:00:00.000Z',
};

describe('exports of text from a hostile page', () => {
  it('Markdown: no tag opens anywhere (link destinations aside), and the words are all there', () => {
    const markdown = exportMarkdown([annotation]);
    const outsideLinks = markdown.replace(/\]\(<[^>\s]+>\)/g, '](url)');
    expect(outsideLinks.match(/(?<!\\)(?:\\\\)*<\/?[a-z][^>]*>/gi) ?? []).toEqual([]);
    // Markdown's backslash escapes undone give the reader's words back, exactly.
    const rendered = markdown.replace(/\\([\\`*_[\]<>#|])/g, '$1');
    expect(rendered).toContain(`> ${PAYLOAD}`);
    expect(rendered).toContain(annotation.note);
  });

  it('CSV: no cell starts a formula', () => {
    const cells = exportCsv([annotation]).split(/,|\r\n/).map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(exportCsv([annotation])).toContain(`"'=HYPERLINK(""http://127.0.0.1:9/leak""`);
  });
});
