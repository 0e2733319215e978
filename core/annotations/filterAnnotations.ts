/**
 * Search and filters over saved annotations for the options page: fuse.js over the quote, note, tags and page
 * title (typos forgiven), then exact filters by site, tag and topic. The facets list what can be filtered by.
 */
import Fuse from 'fuse.js';
import type { Topic } from '../analysis';
import type { AnnotationListing } from './anchorState';

export interface AnnotationFilter {
  query: string;
  site: string;
  tag: string;
  topic: Topic | '';
  orphansOnly: boolean;
}

export const NO_FILTER: AnnotationFilter = { query: '', site: '', tag: '', topic: '', orphansOnly: false };

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export interface AnnotationFacets {
  sites: string[];
  tags: string[];
  topics: Topic[];
}

export function annotationFacets(listings: readonly AnnotationListing[]): AnnotationFacets {
  const sites = new Set<string>();
  const tags = new Map<string, string>();
  const topics = new Set<Topic>();
  for (const { annotation } of listings) {
    sites.add(siteOf(annotation.url));
    for (const tag of annotation.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    if (annotation.topic) topics.add(annotation.topic);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return { sites: [...sites].sort(byName), tags: [...tags.values()].sort(byName), topics: [...topics].sort(byName) };
}

/** The annotations matching the filter: best search matches first, or newest first without a query. */
export function filterAnnotations(listings: readonly AnnotationListing[], filter: AnnotationFilter): AnnotationListing[] {
  const tag = filter.tag.toLowerCase();
  const kept = listings.filter(
    ({ annotation, anchor }) =>
      (!filter.site || siteOf(annotation.url) === filter.site) &&
      (!tag || annotation.tags.some((t) => t.toLowerCase() === tag)) &&
      (!filter.topic || annotation.topic === filter.topic) &&
      (!filter.orphansOnly || anchor?.status === 'orphan'),
  );
  const query = filter.query.trim();
  if (!query) return kept.sort((a, b) => (a.annotation.created < b.annotation.created ? 1 : -1));
  const fuse = new Fuse(kept, {
    keys: [
      { name: 'quote', weight: 3, getFn: (l) => l.annotation.selectors[0].exact },
      { name: 'note', weight: 2, getFn: (l) => l.annotation.note },
      { name: 'tags', weight: 2, getFn: (l) => l.annotation.tags },
      { name: 'title', weight: 1, getFn: (l) => l.annotation.title },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  return fuse.search(query).map((r) => r.item);
}
