/**
 * The article in a page, as the analyser wants it: @mozilla/readability on a clone of the document (the page
 * itself is never touched), its content flattened to text with paragraph breaks, plus the title, site name,
 * publication date and language from the page's metadata. Pure with respect to the DOM it is given, so it
 * runs the same in the extension and in Node (linkedom). A frameset has no text of its own: its article is
 * the longest one among its frames of the same origin (the others, and frames from elsewhere, cannot be read).
 */
import type { PageInput } from '../analysis';
import { PAUSE, runAtOnce, runInSlices, type YieldToPage } from '../slices';
import { blockTextWork } from './blockText';
import { framesetDocuments } from './framesetDocuments';
import { isoDay, publishedDate } from './publishedDate';
import { readabilityWork, type ParsedArticle } from './readabilityWork';
import { textLength } from './textLength';

/**
 * Past this many characters of body text, Readability (one pass over a clone of the whole document) would hold
 * the page's main thread for over a hundred milliseconds: such a page is read as its body's block text instead,
 * a slice at a time (extractArticleInSlices).
 */
export const READABILITY_MAX_CHARS = 300_000;

export function extractArticle(doc: Document, url?: string): PageInput {
  return runAtOnce(articleWork(doc, url));
}

/**
 * extractArticle for the live page, the page getting its turn between the steps: the document's clone,
 * Readability's pass over it (a slice at a time, readabilityWork.ts) and the flattening of its content (a slice at
 * a time), so that on a long story page no step holds the main thread for long. A very long page is read without
 * Readability.
 */
export async function extractArticleInSlices(doc: Document, yieldToPage: YieldToPage, url?: string): Promise<PageInput> {
  if (!doc.body || textLength(doc.body) <= READABILITY_MAX_CHARS) return runInSlices(articleWork(doc, url), yieldToPage);
  return pageInput(doc, null, await runInSlices(blockTextWork(doc.body), yieldToPage), url);
}

/** The article's extraction as work that may pause between its steps (see core/slices.ts). */
function* articleWork(doc: Document, url?: string): Generator<unknown, PageInput> {
  const frames = framesetDocuments(doc);
  if (frames.length) {
    const [longest] = frames.map((frame) => extractArticle(frame, url ?? doc.location?.href)).sort((a, b) => b.text.length - a.text.length);
    if (longest?.text) return { ...longest, title: doc.title?.trim() || longest.title };
  }
  // the clone is a step of its own, apart from whatever ran before the work started
  yield PAUSE;
  const clone = doc.cloneNode(true) as Document;
  yield PAUSE;
  // The serializer hands back Readability's own element (inside the clone), so nothing is re-parsed into
  // the live document, where images in the markup would start loading.
  const article = yield* readabilityWork(clone, { charThreshold: 200, serializer: (node) => node });
  yield PAUSE;
  let text = article?.content ? yield* blockTextWork(article.content) : '';
  if (!text && doc.body) text = yield* blockTextWork(doc.body);
  return pageInput(doc, article, text, url);
}

function pageInput(doc: Document, article: ParsedArticle, text: string, url?: string): PageInput {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = article?.title?.trim() || meta('meta[property="og:title"]') || doc.title?.trim() || '';
  const siteName = article?.siteName?.trim() || meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]');
  const published = publishedDate(doc) ?? isoDay(article?.publishedTime);
  const lang = article?.lang?.trim() || doc.documentElement?.getAttribute('lang')?.trim() || undefined;
  const pageUrl = url ?? doc.location?.href;
  return {
    ...(pageUrl && pageUrl !== 'about:blank' ? { url: pageUrl } : {}),
    title,
    text,
    ...(siteName ? { siteName } : {}),
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
  };
}
