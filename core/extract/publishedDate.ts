/**
 * The page's publication date from its metadata: Open Graph / article meta tags, JSON-LD `datePublished`
 * (also inside `@graph`), or the first `<time datetime>`. Returned as an ISO date (YYYY-MM-DD).
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

export function publishedDate(doc: Document): string | undefined {
  for (const selector of META_SELECTORS) {
    const date = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const date = isoDay(findDatePublished(safeJson(script.textContent ?? '')));
    if (date) return date;
  }
  return isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function findDatePublished(node: unknown, depth = 0): string | undefined {
  if (!node || typeof node !== 'object' || depth > 4) return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1);
}

/** "2017-03-26T10:00:00Z", "2017-03-26" -> "2017-03-26"; anything else -> undefined. */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  if (!value) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}
