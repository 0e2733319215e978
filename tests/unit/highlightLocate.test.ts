/**
 * Locating matched sentences in a live DOM (happy-dom): the sentence the analyser matched on the extracted
 * text comes back as a Range over the page's own text nodes, whatever the whitespace, quote style or inline
 * markup in between.
 */
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyzePage';
import { extractArticle } from '../../core/extract/extractArticle';
import { foldForLocating, locateSentences } from '../../core/highlight/locateSentences';
import { buildMatchIndex } from '../../core/match/matchIndex';
import { fixtureText } from './analyzeFixtures';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

const windows: Window[] = [];
function pageDocument(body: string, url = 'https://news.example/story'): Document {
  const window = new Window({ url });
  windows.push(window);
  window.document.write(`<!doctype html><html lang="en"><head><title>Story</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('locateSentences', () => {
  it('finds a sentence split across inline elements and line breaks', () => {
    const doc = pageDocument('<p>Police said <a href="/m">Khalid\n  Masood</a>, 52, acted <em>alone</em>. Then more.</p>');
    const [range] = locateSentences(doc.body, ['Police said Khalid Masood, 52, acted alone.']);
    expect(range).not.toBeNull();
    expect(squash(range!.toString())).toBe('Police said Khalid Masood, 52, acted alone.');
  });

  it('tolerates curly versus straight quotes, dashes, case and soft hyphens', () => {
    const doc = pageDocument('<p>She said: \u201CIt is com\u00ADpletely unacceptable\u201D \u2013 on the Marr show.</p>');
    const [range] = locateSentences(doc.body, ['She said: "it is completely unacceptable" - on the Marr show.']);
    expect(range!.toString()).toBe('She said: \u201CIt is com\u00ADpletely unacceptable\u201D \u2013 on the Marr show.');
  });

  it('joins a headline and a paragraph that have no space between their text nodes', () => {
    const doc = pageDocument('<h1>Attacker named</h1><p>Khalid Masood was 52.</p>');
    const [headline, first] = locateSentences(doc.body, ['Attacker named', 'Khalid Masood was 52.']);
    expect(headline!.toString()).toBe('Attacker named');
    expect(first!.toString()).toBe('Khalid Masood was 52.');
  });

  it('takes sentences in page order, so a teaser earlier on the page does not take the article\u2019s sentence', () => {
    const doc = pageDocument(
      '<aside id="teaser"><p>Four people died.</p></aside><article><p>It began at 2.40pm.</p><p>Four people died.</p></article>',
    );
    const [first, second] = locateSentences(doc.body, ['It began at 2.40pm.', 'Four people died.']);
    expect(first!.startContainer.parentElement!.closest('article')).not.toBeNull();
    expect(second!.startContainer.parentElement!.closest('article')).not.toBeNull();
  });

  it('passes over hidden copies and the elements it is told to skip', () => {
    const doc = pageDocument(
      '<div hidden><p>Four people died.</p></div><div id="card-host"><p>Four people died.</p></div><p>Four people died.</p>',
    );
    const [range] = locateSentences(doc.body, ['Four people died.'], {
      skip: (el) => el.id === 'card-host',
      isVisible: (el) => !el.closest('[hidden]'),
    });
    expect(range!.startContainer.parentElement!.parentElement).toBe(doc.body);
  });

  it('anchors a long sentence on its two ends when the middle differs', () => {
    const doc = pageDocument(
      '<p>The Home Secretary said it was completely unacceptable<sup>[1]</sup> that terrorists could communicate in secret on apps such as WhatsApp.</p>',
    );
    const sentence = 'The Home Secretary said it was completely unacceptable that terrorists could communicate in secret on apps such as WhatsApp.';
    const [range] = locateSentences(doc.body, [sentence]);
    expect(range!.toString()).toBe(
      'The Home Secretary said it was completely unacceptable[1] that terrorists could communicate in secret on apps such as WhatsApp.',
    );
  });

  it('gives null for a sentence that is not on the page and skips scripts', () => {
    const doc = pageDocument('<script>var s = "Four people died.";</script><p>Something else entirely.</p>');
    expect(locateSentences(doc.body, ['Four people died.'])).toEqual([null]);
  });

  it('finds every sentence the analyser matched on a real story page, as the page shows it', () => {
    const page = fixtureText('devset', '009-'); // Independent.ie, the attacker used WhatsApp minutes earlier
    const paragraphs = page.text.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    const doc = pageDocument(`<nav><a href="/">Home</a></nav><article><h1>${page.title}</h1>${paragraphs.join('\n')}</article>`);
    const analysis = analyzePage(extractArticle(doc), buildMatchIndex(loadSeedCorpusFromDisk()));
    const sentences = [...new Map(analysis.matches.map((m) => [m.sentenceIndex, m.sentence])).values()];
    expect(sentences.length).toBeGreaterThan(2);
    const ranges = locateSentences(doc.body, sentences);
    ranges.forEach((range, i) => {
      expect(range, sentences[i]).not.toBeNull();
      expect(foldForLocating(range!.toString())).toBe(foldForLocating(sentences[i]!));
    });
  });
});
