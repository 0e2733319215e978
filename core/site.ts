/**
 * A "site" for the per-site off switch: the page's host name without a leading "www.", so that
 * www.bbc.co.uk and bbc.co.uk are one switch. Pages that are not http(s) have no site and cannot be paused.
 */
export interface SiteState {
  site: string | null;
  paused: boolean;
}

export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
}
