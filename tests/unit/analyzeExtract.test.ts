/**
 * Article extraction with Readability on a clone of a DOM Document, here built by linkedom as the CLI does:
 * title, text with paragraph breaks, site name, publication date (meta or JSON-LD) and language.
 */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyzePage';
import { extractArticle, extractArticleInSlices } from '../../core/extract/extractArticle';
import { pageInputFromHtml } from '../../scripts/cli/pageInputFromHtml';
import { pageInputFromText } from '../../scripts/cli/pageInputFromText';
import { buildMatchIndex } from '../../core/match/matchIndex';
import { fixtureText } from './analyzeFixtures';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

/** A real page's text (one of the labelled fixtures) inside ordinary site furniture. */
function articleHtml(page: { title: string; text: string }, head = '', furniture = '') {
  const paragraphs = page.text.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html lang="en-GB"><head><title>${page.title} | News</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/uk">UK</a> <a href="/world">World</a></nav>${furniture}</header>
<main><article><h1>${page.title}</h1>${paragraphs}</article></main>
<footer><a href="/privacy">Privacy</a> © News Ltd</footer></body></html>`;
}

describe('extractArticle', () => {
  const page = fixtureText('heldout', '107-'); // BBC, Westminster attacker inquest
  const head = `<meta property="og:site_name" content="BBC News">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2018-10-04T12:31:05+01:00"}]}</script>`;

  it('reads the article, its title, site name, date and language', () => {
    const input = pageInputFromHtml(articleHtml(page, head), 'https://www.bbc.co.uk/news/uk-45751166');
    expect(input.title).toBe(page.title);
    expect(input.siteName).toBe('BBC News');
    expect(input.published).toBe('2018-10-04');
    expect(input.lang).toBe('en-GB');
    expect(input.url).toBe('https://www.bbc.co.uk/news/uk-45751166');
    expect(input.text).toMatch(/^Image copyright PA|Jurors were warned/);
    expect(input.text).toContain('\n\n');
    expect(input.text).not.toMatch(/Privacy|© News Ltd/);
  });

  it('reads the same article a step at a time, the page getting its turn after the clone and after Readability', async () => {
    const { document } = parseHTML(articleHtml(page, head));
    let turns = 0;
    const sliced = await extractArticleInSlices(document as unknown as Document, async () => void turns++, 'https://www.bbc.co.uk/news/uk-45751166');
    expect(sliced).toEqual(extractArticle(document as unknown as Document, 'https://www.bbc.co.uk/news/uk-45751166'));
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it('falls back to article:published_time and leaves the document untouched', () => {
    const { document } = parseHTML(articleHtml(page, '<meta property="article:published_time" content="2018-10-04T09:00:00Z">'));
    const before = document.toString();
    const input = extractArticle(document as unknown as Document, 'https://example.org/a');
    expect(input.published).toBe('2018-10-04');
    expect(document.toString()).toBe(before);
  });

  it('reads the same article from another DOM implementation', async () => {
    const window = new Window({ url: 'https://www.bbc.co.uk/news/uk-45751166' });
    window.document.write(articleHtml(page, head));
    const fromHappyDom = extractArticle(window.document as unknown as Document);
    const fromLinkedom = pageInputFromHtml(articleHtml(page, head), 'https://www.bbc.co.uk/news/uk-45751166');
    expect(fromHappyDom.title).toBe(fromLinkedom.title);
    expect(fromHappyDom.published).toBe('2018-10-04');
    expect(fromHappyDom.text.replace(/\s+/g, ' ')).toBe(fromLinkedom.text.replace(/\s+/g, ' '));
    await window.happyDOM.close();
  });

  it('gives the analyser what it needs to find the story in an HTML page', () => {
    const index = buildMatchIndex(loadSeedCorpusFromDisk());
    const analysis = analyzePage(pageInputFromHtml(articleHtml(page, head)), index);
    expect(analysis.topic.topic).toBe('attack');
    expect(analysis.matches.length).toBeGreaterThan(0);
  });

  it('calls a page whose text could not be read "none", whatever its title says', () => {
    const index = buildMatchIndex(loadSeedCorpusFromDisk());
    const frameset = `<!doctype html><html><head><title>${page.title}</title></head>
<frameset cols="50%,50%"><frame src="https://elsewhere.example/a"><frame src="https://elsewhere.example/b"></frameset></html>`;
    const input = pageInputFromHtml(frameset);
    expect(input.text).toBe('');
    expect(analyzePage(input, index).topic.topic).toBe('none');
    expect(analyzePage({ ...input, text: ' \n ' }, index).topic.topic).toBe('none');
  });

  it('leaves a page alone whose only WhatsApp is a share button', () => {
    const index = buildMatchIndex(loadSeedCorpusFromDisk());
    const unrelated = fixtureText('devset', '042-'); // BBC, A&E waits
    const share = '<div class="share"><a>Share on WhatsApp</a> <a>Share on Facebook</a> <a>Copy link</a></div>';
    const analysis = analyzePage(pageInputFromHtml(articleHtml(unrelated, '', share)), index);
    expect(analysis.topic.topic).toBe('none');
    expect(analysis.matches).toEqual([]);
  });
});

describe('pageInputFromText', () => {
  it('reads the devset header and never the label', () => {
    const input = pageInputFromText('URL: https://example.org/x\nTITLE: [derived from URL] the headline\nLABEL: attack\n\nFirst line.\nSecond line.');
    expect(input).toEqual({ url: 'https://example.org/x', title: 'the headline', text: 'First line.\nSecond line.' });
    expect(JSON.stringify(input)).not.toContain('attack');
  });

  it('takes the first line as the title of a plain text page', () => {
    expect(pageInputFromText('Westminster attack: what we know\n\nPolice named the attacker.')).toEqual({ title: 'Westminster attack: what we know', text: 'Police named the attacker.' });
  });
});
