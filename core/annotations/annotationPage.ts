/**
 * One page of the options page's annotation list: the annotations matching the filter, `limit` of them from
 * `offset`, with the counts and facets the panel shows. The background answers it, so searching and filtering
 * 100,000 annotations happens in the service worker, never on the options page's main thread, and the page
 * holds and renders one page of rows at a time.
 */
import type { AnnotationListing } from './anchorState';
import { annotationFacets, filterAnnotations, type AnnotationFacets, type AnnotationFilter } from './filterAnnotations';

export interface AnnotationPageQuery {
  filter: AnnotationFilter;
  offset: number;
  limit: number;
}

export interface AnnotationPage {
  /** every saved annotation */
  total: number;
  /** those not found on their page last time */
  orphans: number;
  /** those matching the filter */
  matching: number;
  /** where this page starts among the matching ones */
  offset: number;
  listings: AnnotationListing[];
  facets: AnnotationFacets;
}

export const MAX_PAGE_SIZE = 200;

export function annotationPage(all: readonly AnnotationListing[], query: AnnotationPageQuery, facets = annotationFacets(all)): AnnotationPage {
  const matching = filterAnnotations(all, query.filter);
  const limit = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(query.limit)));
  // A page past the end (the last rows were deleted) shows the last page there is.
  const lastOffset = Math.max(0, Math.floor((matching.length - 1) / limit) * limit);
  const offset = Math.min(Math.max(0, Math.floor(query.offset)), lastOffset);
  return {
    total: all.length,
    orphans: all.filter((l) => l.anchor?.status === 'orphan').length,
    matching: matching.length,
    offset,
    listings: matching.slice(offset, offset + limit),
    facets,
  };
}
