/**
 * Home pages and listing pages (tags, topics, sections, search results) are not articles: a headline about the
 * attack among thirty others does not make the page about it. Read from the URL alone.
 */
import { httpUrl } from '../site';

const LISTING_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:tags?|topics?|categor(?:y|ies)|sections?|authors?|search|archive|latest)(?:\/|$)/i;
const HOME_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.[a-z]+|home)?$/i;

export function isListingPage(url: string | undefined): boolean {
  const parsed = httpUrl(url);
  if (!parsed) return false;
  // A bare root with a query (?p=123) is how some sites address articles.
  return (HOME_PATH.test(parsed.pathname) && parsed.search === '') || LISTING_PATH.test(parsed.pathname);
}
