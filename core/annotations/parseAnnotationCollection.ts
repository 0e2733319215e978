/**
 * Reads a JSON-LD file exported by Crosscheck back into annotations. Nothing in the file is trusted: the
 * whole file is validated (valibot) before anything is written, and the first problem is reported with the
 * item and the field it is in ("Item 3 (urn:uuid:…): target.selector[1].start: …"), so the reader can
 * see what is wrong with the file.
 */
import * as v from 'valibot';
import { topicIdSchema } from './topicId';
import { webAddressSchema } from '../pageAddress';
import { ANNO_CONTEXT, fromJsonLdAnnotation, parseLinkIri, type JsonLdAnnotation } from './jsonLd';
import type { Annotation } from './model';

/** Larger than any real collection (about 100 000 annotations), small enough to parse in the background. */
export const MAX_IMPORT_CHARS = 50_000_000;
const MAX_TEXT = 100_000;

const text = (field: string) => v.pipe(v.string(`${field} must be text`), v.maxLength(MAX_TEXT, `${field} is too long`));
const nonEmptyText = (field: string) => v.pipe(text(field), v.nonEmpty(`${field} is empty`));
const timestamp = (field: string) =>
  v.pipe(v.string(`${field} must be a date-time`), v.isoTimestamp(`${field} is not an ISO 8601 date-time`));
const offset = (field: string) =>
  v.pipe(
    v.number(`${field} must be a number`),
    v.integer(`${field} must be a whole number`),
    v.minValue(0, `${field} must not be negative`),
  );

const quoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector', 'the first selector must be a TextQuoteSelector'),
  exact: nonEmptyText('the quote (exact)'),
  prefix: v.optional(text('prefix')),
  suffix: v.optional(text('suffix')),
});

const positionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector', 'the second selector must be a TextPositionSelector'),
    start: offset('start'),
    end: offset('end'),
  }),
  v.check((s) => s.start <= s.end, 'start is after end'),
);

const bodySchema = v.variant(
  'purpose',
  [
    v.object({
      type: v.literal('TextualBody', 'a note must be a TextualBody'),
      purpose: v.literal('commenting'),
      format: v.literal('text/plain', 'a note must be text/plain'),
      value: text('the note'),
    }),
    v.object({
      type: v.literal('TextualBody', 'a tag must be a TextualBody'),
      purpose: v.literal('tagging'),
      value: v.pipe(nonEmptyText('a tag'), v.maxLength(200, 'a tag is too long')),
    }),
    v.object({
      type: v.literal('TextualBody', 'a topic must be a TextualBody'),
      purpose: v.literal('classifying'),
      value: topicIdSchema,
    }),
    v.object({
      type: v.literal('SpecificResource', 'a link must be a SpecificResource'),
      purpose: v.literal('linking'),
      source: v.pipe(
        v.string('a link source must be text'),
        v.check((iri) => parseLinkIri(iri) !== null, 'a link source must name a corpus fact, quote or position'),
      ),
      label: text('a link label'),
    }),
  ],
  'a body purpose must be commenting, tagging, classifying or linking',
);

const pageUrl = v.pipe(v.string('the page URL must be text'), v.url('the page URL is not a URL'), webAddressSchema);

const annotationSchema = v.pipe(
  v.object({
    id: v.pipe(
      v.string('id must be text'),
      v.regex(/^urn:uuid:[0-9a-f-]{36}$/i, 'id must be a urn:uuid'),
    ),
    type: v.literal('Annotation', 'type must be "Annotation"'),
    motivation: v.picklist(['commenting', 'highlighting'], 'motivation must be commenting or highlighting'),
    created: timestamp('created'),
    modified: timestamp('modified'),
    body: v.array(bodySchema, 'body must be a list'),
    target: v.object(
      {
        source: v.object(
          {
            id: pageUrl,
            type: v.literal('Text', 'the target source type must be "Text"'),
            format: v.literal('text/html', 'the target source format must be "text/html"'),
            label: text('the page title (label)'),
          },
          'the target source must be an object with the page URL (id) and title (label)',
        ),
        selector: v.tuple([quoteSelectorSchema, positionSelectorSchema], 'the selectors must be a list'),
      },
      'target must be an object',
    ),
  }),
  v.check((a) => a.body.filter((b) => b.purpose === 'commenting').length <= 1, 'body has more than one note'),
  v.check((a) => a.body.filter((b) => b.purpose === 'classifying').length <= 1, 'body has more than one topic'),
);

const collectionSchema = v.object(
  {
    '@context': v.literal(ANNO_CONTEXT, `@context must be "${ANNO_CONTEXT}"`),
    type: v.literal('AnnotationCollection', 'type must be "AnnotationCollection"'),
    total: v.pipe(v.number('total must be a number'), v.integer('total must be a whole number')),
    first: v.object(
      {
        type: v.literal('AnnotationPage', 'first.type must be "AnnotationPage"'),
        items: v.array(v.unknown(), 'first.items must be a list'),
      },
      'first must be the embedded AnnotationPage',
    ),
  },
  'the file must be a JSON object (an AnnotationCollection)',
);

export type ImportParse = { ok: true; annotations: Annotation[] } | { ok: false; error: string };

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const message = issue.input === undefined ? 'is missing' : issue.message;
  return path ? `${path}: ${message}` : message;
}

function itemName(index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
  return `Item ${index + 1}${id ? ` (${id.slice(0, 80)})` : ''}`;
}

/** One exported annotation (JSON-LD item), validated. */
export function parseAnnotationItem(raw: unknown): { ok: true; annotation: Annotation } | { ok: false; error: string } {
  const item = v.safeParse(annotationSchema, raw);
  if (!item.success) return { ok: false, error: describeIssue(item.issues[0]) };
  return { ok: true, annotation: fromJsonLdAnnotation(item.output as JsonLdAnnotation) };
}

export function parseAnnotationCollection(fileText: string): ImportParse {
  if (fileText.length > MAX_IMPORT_CHARS) return { ok: false, error: 'The file is too large to be a Crosscheck export.' };
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    return { ok: false, error: `The file is not JSON: ${(error as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'The file is not a Crosscheck export: it must be a JSON object (an AnnotationCollection).' };
  }
  const collection = v.safeParse(collectionSchema, json);
  if (!collection.success) return { ok: false, error: `The file is not a Crosscheck export: ${describeIssue(collection.issues[0])}` };
  const { items } = collection.output.first;
  if (collection.output.total !== items.length) {
    return { ok: false, error: `The file says it holds ${collection.output.total} annotations but has ${items.length}.` };
  }
  const annotations: Annotation[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of items.entries()) {
    const item = parseAnnotationItem(raw);
    if (!item.ok) return { ok: false, error: `${itemName(index, raw)}: ${item.error}` };
    const { annotation } = item;
    if (seen.has(annotation.id)) return { ok: false, error: `${itemName(index, raw)}: id: appears twice in the file` };
    seen.add(annotation.id);
    annotations.push(annotation);
  }
  return { ok: true, annotations };
}
