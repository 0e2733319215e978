/**
 * Corpus packs: JSON a reader imports to grow the corpus. A pack holds source documents (run through the same
 * builder as the seeds) and, optionally, the stances the text cannot decide, in the overlay's form. It is
 * validated before anything is built; a bad pack throws a CorpusDataError naming the field
 * ("sources[2].title: expected string") and nothing is written.
 *
 * { "format": "crosscheck-corpus-pack", "version": 1, "name": "...",
 *   "sources": [{ "key"?, "title", "text", "publisher"?, "url"?, "date"? }],
 *   "propositions"?: [{ "id", "text" }], "positions"?: [{ "source", "holder", "proposition", "stance", "quotes", "summary" }] }
 */
import * as v from 'valibot';
import { webAddressSchema } from '../pageAddress';
import type { Corpus, Proposition } from './model';
import { buildCorpus, type KeyedDocument } from './buildCorpus';
import { CorpusDataError, positionEntrySchema, propositionSchema } from './overlay';
import { describeIssues } from '../validation/describeIssues';

export const PACK_FORMAT = 'crosscheck-corpus-pack';
const MAX_SOURCES = 500;
const MAX_TEXT = 2_000_000;

const packSourceSchema = v.strictObject({
  key: v.optional(v.pipe(v.string(), v.minLength(1))),
  title: v.pipe(v.string(), v.minLength(1, 'expected a non-empty string')),
  text: v.pipe(v.string(), v.minLength(1, 'expected a non-empty string'), v.maxLength(MAX_TEXT, `expected at most ${MAX_TEXT} characters`)),
  publisher: v.optional(v.string()),
  url: v.optional(v.pipe(v.string(), v.url('expected a URL'), webAddressSchema)),
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'))),
});

export const corpusPackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  version: v.literal(1),
  name: v.optional(v.string()),
  sources: v.pipe(v.array(packSourceSchema), v.minLength(1, 'expected at least one source'), v.maxLength(MAX_SOURCES, `expected at most ${MAX_SOURCES} sources`)),
  propositions: v.optional(v.array(propositionSchema)),
  positions: v.optional(v.array(positionEntrySchema)),
});

export type CorpusPack = v.InferOutput<typeof corpusPackSchema>;

/** Parses JSON text or data into a pack, or throws a CorpusDataError that says what is wrong where. */
export function parseCorpusPack(input: string | unknown): CorpusPack {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new CorpusDataError(`not JSON: ${(error as Error).message}`);
    }
  }
  const result = v.safeParse(corpusPackSchema, data);
  if (!result.success) throw new CorpusDataError(describeIssues(result.issues));
  return result.output;
}

/**
 * The corpus part a pack adds. Positions may stand on the pack's propositions or on ones the corpus already
 * has (`known`); a pack source is referred to by its key or its title.
 */
export function buildPackCorpus(pack: CorpusPack, known: readonly Proposition[] = [], addedAt = Date.now()): Corpus {
  const docs: KeyedDocument[] = pack.sources.map((s, i) => ({
    key: s.key ?? s.title ?? String(i),
    text: s.text,
    origin: 'pack',
    title: s.title,
    addedAt: addedAt + i, // keeps the pack's order among sources added at once
    ...(s.publisher ? { publisher: s.publisher } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.date ? { date: s.date } : {}),
  }));
  const propositions = pack.propositions ?? [];
  const usable = [...propositions, ...known.filter((k) => !propositions.some((p) => p.id === k.id))];
  const corpus = buildCorpus(docs, pack.positions ? { propositions: usable, positions: pack.positions } : undefined, 'pack');
  return { ...corpus, propositions };
}
