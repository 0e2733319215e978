/** The order annotations are listed and exported in, everywhere. */
import type { Annotation } from './model';

/** Oldest first; ties by id, so the order never depends on how the annotations were read. */
export function savedOrder(a: Annotation, b: Annotation): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
