/**
 * Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection with its first AnnotationPage embedded. Each annotation's bodies are the note
 * (TextualBody, purpose commenting), one TextualBody per tag (tagging), the page's topic (classifying) and one
 * SpecificResource per linked corpus item (linking); its target is the page with a TextQuoteSelector and a
 * TextPositionSelector. Everything Crosscheck stores is in the export, so importing it loses nothing, and the
 * output is deterministic (items in saved order, keys in a fixed order) so an export of an import is the same file.
 */
import { contentHash } from '../corpus/ids';
import type { CorpusItemKind } from '../corpus/model';
import type { Topic } from '../analysis';
import type { Annotation, CorpusLink, TextPositionSelector, TextQuoteSelector } from './model';
import { savedOrder } from './savedOrder';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const COLLECTION_LABEL = 'Crosscheck annotations';
/** Corpus items are named by URN: they live in the reader's local corpus, not at a web address. */
const LINK_PREFIX = 'urn:crosscheck:';

export interface CommentBody {
  type: 'TextualBody';
  purpose: 'commenting';
  format: 'text/plain';
  value: string;
}
export interface TagBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: string;
}
export interface TopicBody {
  type: 'TextualBody';
  purpose: 'classifying';
  value: Topic;
}
export interface LinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  label: string;
}
export type AnnotationBody = CommentBody | TagBody | TopicBody | LinkBody;

export interface JsonLdAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: AnnotationBody[];
  target: {
    source: { id: string; type: 'Text'; format: 'text/html'; label: string };
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface JsonLdCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: JsonLdAnnotation[] };
}

export function linkIri(link: Pick<CorpusLink, 'kind' | 'itemId'>): string {
  return `${LINK_PREFIX}${link.kind}:${encodeURIComponent(link.itemId)}`;
}

/** The kind and item id named by a link IRI, or null when it is not one of ours. */
export function parseLinkIri(iri: string): { kind: CorpusItemKind; itemId: string } | null {
  const match = /^urn:crosscheck:(fact|quote|position):(.+)$/.exec(iri);
  if (!match) return null;
  try {
    return { kind: match[1] as CorpusItemKind, itemId: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

function quoteSelector(selector: TextQuoteSelector): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: selector.exact,
    ...(selector.prefix !== undefined ? { prefix: selector.prefix } : {}),
    ...(selector.suffix !== undefined ? { suffix: selector.suffix } : {}),
  };
}

export function toJsonLdAnnotation(annotation: Annotation): JsonLdAnnotation {
  const body: AnnotationBody[] = [];
  if (annotation.note) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: annotation.note });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (annotation.topic) body.push({ type: 'TextualBody', purpose: 'classifying', value: annotation.topic });
  for (const link of annotation.links) {
    body.push({ type: 'SpecificResource', purpose: 'linking', source: linkIri(link), label: link.label });
  }
  const [quote, position] = annotation.selectors;
  return {
    id: annotation.id,
    type: 'Annotation',
    motivation: annotation.note ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    body,
    target: {
      source: { id: annotation.url, type: 'Text', format: 'text/html', label: annotation.title },
      selector: [quoteSelector(quote), { type: 'TextPositionSelector', start: position.start, end: position.end }],
    },
  };
}

/** The stored annotation an exported one describes (the inverse of toJsonLdAnnotation). */
export function fromJsonLdAnnotation(item: JsonLdAnnotation): Annotation {
  const annotation: Annotation = {
    id: item.id,
    url: item.target.source.id,
    title: item.target.source.label,
    selectors: [quoteSelector(item.target.selector[0]), { ...item.target.selector[1] }],
    note: '',
    tags: [],
    links: [],
    created: item.created,
    modified: item.modified,
  };
  for (const body of item.body) {
    if (body.purpose === 'commenting') annotation.note = body.value;
    else if (body.purpose === 'tagging') annotation.tags.push(body.value);
    else if (body.purpose === 'classifying') annotation.topic = body.value;
    else {
      const named = parseLinkIri(body.source);
      if (named) annotation.links.push({ ...named, label: body.label });
    }
  }
  return annotation;
}

/**
 * A urn:uuid named by content (RFC 9562 version 8): the collection and its page must have ids (W3C Web Annotation
 * Data Model), and the same annotations always give the same ids, so an export of an import is the same file.
 */
export function contentUuid(...parts: readonly string[]): string {
  const hex = contentHash('uuid-high', ...parts) + contentHash('uuid-low', ...parts);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function toJsonLdCollection(annotations: readonly Annotation[]): JsonLdCollection {
  const sorted = [...annotations].sort(savedOrder);
  const ids = sorted.map((a) => `${a.id} ${a.modified}`);
  return {
    '@context': ANNO_CONTEXT,
    id: contentUuid('collection', ...ids),
    type: 'AnnotationCollection',
    label: COLLECTION_LABEL,
    total: sorted.length,
    first: { id: contentUuid('page', ...ids), type: 'AnnotationPage', startIndex: 0, items: sorted.map(toJsonLdAnnotation) },
  };
}

export function exportJsonLd(annotations: readonly Annotation[]): string {
  return `${JSON.stringify(toJsonLdCollection(annotations), null, 2)}\n`;
}
