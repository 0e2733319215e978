/**
 * A page's address and title as Crosscheck keeps them. Only http(s) addresses are pages (any other scheme,
 * `javascript:` or `data:` among them, is refused where it comes in, so it is never shown as a link). Oversized
 * values are cut, never refused: share links of thousands of characters are common, and a page with a 2 MB
 * title is still a page. The key of a page is its address without the fragment, cut to MAX_URL: everything that
 * stores or looks up by page (results, annotations, dismissals) goes through pageUrl, so a long address still
 * finds what was kept for it.
 */
import * as v from 'valibot';

export const MAX_URL = 8192;
export const MAX_TITLE = 2000;

export const WEB_ADDRESS_MESSAGE = 'expected an http(s) address';

export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(url);
}

export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return (hash === -1 ? url : url.slice(0, hash)).slice(0, MAX_URL);
}

/** A string cut to `max` characters. */
export const cutTo = (max: number) => v.pipe(v.string(), v.transform((s: string) => s.slice(0, max)));

/** An http(s) address, cut to MAX_URL (the fragment kept while it fits). */
export const webAddressSchema = v.pipe(
  v.string(),
  v.check(isWebAddress, WEB_ADDRESS_MESSAGE),
  v.transform((url: string) => url.slice(0, MAX_URL)),
);
