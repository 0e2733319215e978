/**
 * Readability a step at a time (core/extract/readabilityWork.ts) gives what Readability's own parse() gives: every
 * field, and the article's content element serialized, on every labelled page put inside site furniture, on the
 * hostile and demo pages, and on pages that take Readability's other paths (a byline, divs of bare text, a body
 * with no candidate, an article too short for the first attempts), in linkedom and in happy-dom.
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readabilityWork, type ParsedArticle, type ReadabilityOptions } from '../../core/extract/readabilityWork';
import { runAtOnce } from '../../core/slices';
import { labelledPages } from './analyzeFixtures';

const HTML = fileURLToPath(new URL('../fixtures/html/', import.meta.url));

function pageHtml(title: string, text: string, furniture = ''): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html lang="en-GB" dir="ltr"><head><title>${title} | News</title></head>
<body><header><nav><a href="/">Home</a> <a href="/uk">UK</a></nav>${furniture}</header>
<main><article><h1>${title}</h1>${paragraphs}</article></main>
<aside class="sidebar"><p>Most read: something else entirely, with a link <a href="/x">here</a>.</p></aside>
<footer><a href="/privacy">Privacy</a> © News Ltd</footer></body></html>`;
}

const pages: [string, string][] = [
  ...(['devset', 'heldout'] as const).flatMap((split) =>
    labelledPages(split).map((p): [string, string] => [p.file, pageHtml(p.input.title, p.input.text, p.file.startsWith('0') ? '<p class="byline">By A Reporter</p>' : '')]),
  ),
  ...readdirSync(HTML)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f): [string, string] => [f, readFileSync(HTML + f, 'utf8')]),
  ['divs of bare text', `<html><body><div class="content"><div>${'Text in a div, with a comma, and more words after it. '.repeat(8)}</div><div><p>${'A paragraph inside a div, long enough to count for something here. '.repeat(4)}</p></div></div></body></html>`],
  ['too short', '<html><body><div class="comment"><p>Only a short line, here.</p></div><p>And another one, short.</p></body></html>'],
  ['no candidate', '<html><body>bare text in the body</body></html>'],
  ['empty', '<html><head><title>x</title></head><body></body></html>'],
  ['byline with a name', `<html><body><div rel="author" class="byline">By <span itemprop="name">Jo Bloggs</span></div><article>${'<p>Some paragraph about the attack, with commas, and enough length to score well enough.</p>'.repeat(12)}</article></body></html>`],
];

type Documents = (html: string) => Document;
const dom: Record<string, Documents> = {
  linkedom: (html) => parseHTML(html).document as unknown as Document,
  'happy-dom': (html) => {
    const window = new Window({ url: 'https://example.org/a' });
    window.document.write(html);
    return window.document as unknown as Document;
  },
};

/** every field, the content element as markup */
function comparable(article: ParsedArticle) {
  if (!article) return article;
  return { ...article, content: (article.content as unknown as Element | null | undefined)?.outerHTML };
}

describe('readabilityWork', () => {
  for (const [name, documentOf] of Object.entries(dom)) {
    it(`gives what parse() gives, in ${name}`, () => {
      for (const options of [{ charThreshold: 200, serializer: (node: Node) => node }, { serializer: (node: Node) => node }] satisfies ReadabilityOptions[]) {
        for (const [page, html] of pages) {
          const expected = comparable(new Readability<Node>(documentOf(html), options).parse());
          let steps = 0;
          const work = readabilityWork(documentOf(html), options);
          const stepped = runAtOnce(
            (function* () {
              for (;;) {
                const step = work.next();
                if (step.done) return step.value;
                steps++;
                yield step.value;
              }
            })(),
          );
          expect(comparable(stepped), page).toEqual(expected);
          if (expected) expect(steps, page).toBeGreaterThan(2);
        }
      }
      // every page parsed four times over: seconds on a busy machine
    }, 60_000);
  }

  it('pauses every few nodes on a long page', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}, about the attack at Westminster, long enough to be scored.`).join('\n\n');
    const work = readabilityWork(dom.linkedom!(pageHtml('Long', text)), { charThreshold: 200 });
    let steps = 0;
    while (!work.next().done) steps++;
    expect(steps).toBeGreaterThan(400 / 16);
  });
});
