/** Where an annotation was last placed in its page: how it anchored, or that it is an orphan and why. */
import type { AnchorMethod } from './anchorQuote';
import type { Annotation } from './model';

export interface AnchorState {
  /** the annotation's id */
  id: string;
  url: string;
  status: 'anchored' | 'orphan';
  method?: AnchorMethod;
  reason?: string;
  /** ISO date-time of the check */
  checked: string;
}

/** What the page sends after anchoring an annotation. */
export interface AnchoringReport {
  id: string;
  status: 'anchored' | 'orphan';
  method?: AnchorMethod;
  reason?: string;
  /** for anchored annotations: the selectors describing where they anchored now */
  selectors?: Annotation['selectors'];
}

/** An annotation with where it last anchored (null until its page was opened with it). */
export interface AnnotationListing {
  annotation: Annotation;
  anchor: AnchorState | null;
}
