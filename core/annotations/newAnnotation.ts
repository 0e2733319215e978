/**
 * Builds and edits annotations from what the page, the popup or the card sends. The request is validated
 * (the background trusts no sender), tags are tidied, and the page URL loses its fragment so the same page
 * reached through different anchors is one page.
 */
import * as v from 'valibot';
import { topicIdSchema } from './topicId';
import { cutTo, MAX_TITLE, pageUrl, webAddressSchema } from '../pageAddress';
import type { Annotation, CorpusLink } from './model';

const MAX_QUOTE = 20_000;
const MAX_NOTE = 20_000;

const linkSchema = v.object({
  kind: v.picklist(['fact', 'quote', 'position']),
  itemId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(500)),
  label: v.pipe(v.string(), v.maxLength(2000)),
});

export const saveAnnotationSchema = v.object({
  url: v.pipe(v.string(), v.url(), webAddressSchema),
  title: cutTo(MAX_TITLE),
  exact: v.pipe(v.string(), v.trim(), v.nonEmpty('the quote is empty'), v.maxLength(MAX_QUOTE, 'the quote is too long')),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  end: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(200)))),
  links: v.optional(v.array(linkSchema)),
  topic: v.optional(topicIdSchema),
});

export type SaveAnnotationRequest = v.InferInput<typeof saveAnnotationSchema>;

export const editAnnotationSchema = v.object({
  id: v.string(),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(200)))),
});

export type AnnotationEdit = v.InferInput<typeof editAnnotationSchema>;

/** Validated input, or an Error whose message names the field. */
export function parseOrThrow<T extends v.GenericSchema>(schema: T, data: unknown, what: string): v.InferOutput<T> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new Error(`Invalid ${what}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}

/** Trimmed, inner whitespace collapsed, a leading "#" dropped, no empty tags, no duplicates (ignoring case). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().replace(/^#+/, '');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** Splits what a reader types in a tags field: commas separate tags. */
export function parseTagInput(input: string): string[] {
  return normalizeTags(input.split(','));
}

export function newAnnotation(request: v.InferOutput<typeof saveAnnotationSchema>, now: Date, id: string): Annotation {
  const start = request.start ?? 0;
  // Without a known position the selector is empty (start = end); the first anchoring in the page fills it in.
  const end = request.start !== undefined && request.end !== undefined && request.end >= start ? request.end : start;
  const links: CorpusLink[] = request.links ?? [];
  const time = now.toISOString();
  return {
    id,
    url: pageUrl(request.url),
    title: request.title.trim(),
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: request.exact,
        ...(request.prefix !== undefined ? { prefix: request.prefix } : {}),
        ...(request.suffix !== undefined ? { suffix: request.suffix } : {}),
      },
      { type: 'TextPositionSelector', start, end },
    ],
    note: request.note?.trim() ?? '',
    tags: normalizeTags(request.tags ?? []),
    links,
    ...(request.topic ? { topic: request.topic } : {}),
    created: time,
    modified: time,
  };
}

export function editAnnotation(annotation: Annotation, edit: AnnotationEdit, now: Date): Annotation {
  return {
    ...annotation,
    ...(edit.note !== undefined ? { note: edit.note.trim() } : {}),
    ...(edit.tags !== undefined ? { tags: normalizeTags(edit.tags) } : {}),
    modified: now.toISOString(),
  };
}
