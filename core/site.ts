/**
 * A "site" for the per-site off switch: the page's host name without a leading "www.", so that
 * www.bbc.co.uk and bbc.co.uk are one switch. Pages that are not http(s) have no site and cannot be paused.
 */
export interface SiteState {
  site: string | null;
  paused: boolean;
}

/** The URL of a web page (http or https), or null for anything else or for text that is not a URL. */
export function httpUrl(url: string | undefined): URL | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}

export function siteOf(url: string | undefined): string | null {
  return httpUrl(url)?.hostname.toLowerCase().replace(/^www\./, '') || null;
}
