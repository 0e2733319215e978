/**
 * An HTML string -> PageInput, in Node: linkedom builds the DOM, then exactly the extension's extraction runs.
 * The page's own canonical / og:url address is used when the caller has none.
 */
import { parseHTML } from 'linkedom';
import type { PageInput } from '../../core/analysis';
import { extractArticle } from '../../core/extract/extractArticle';

export function pageInputFromHtml(html: string, url?: string): PageInput {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const declared =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  return extractArticle(doc, url ?? declared);
}
