/** The n-th of many generated annotations, for the tests at scale: 50 sites, 20 tags, one a minute. */
import type { Annotation } from '../core/annotations/model';

export const FOUND_BY_SEARCH = 77_777;

export function manyAnnotation(n: number): Annotation {
  const stamp = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: `https://news${n % 50}.example/story-${n}`,
    title: `Story ${n}`,
    selectors: [{ type: 'TextQuoteSelector', exact: `Quote number ${n} about Westminster` }, { type: 'TextPositionSelector', start: 0, end: 30 }],
    note: n === FOUND_BY_SEARCH ? 'the one about Europol' : '',
    tags: [`tag${n % 20}`],
    links: [],
    created: stamp,
    modified: stamp,
  };
}
