/**
 * The curated overlay: what the text alone cannot decide, kept as data beside the documents it is about
 * (seeds/overlay.json, or the same fields in a corpus pack). Metadata the documents do not carry, each value
 * with the basis it rests on; the propositions the story argues about; who is for or against each, shown by
 * which of their quotes. Validated with valibot; a position that names a person or words the built corpus does
 * not have is an error too, so a stale overlay cannot quietly attach a stance to nothing.
 */
import * as v from 'valibot';
import type { Person, Position, Proposition, Quote, Source } from './model';
import { contentId } from './ids';
import { describeIssues } from '../validation/describeIssues';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const text = v.pipe(v.string(), v.minLength(1, 'expected a non-empty string'));
const inferred = <T extends v.GenericSchema<string, string>>(value: T) => v.strictObject({ value, basis: text });

const terms = v.pipe(v.array(text), v.minLength(1, 'expected at least one term'));
/** learned words of a proposition (core/corpus/propositionWords.ts) */
export const wordWeightsSchema = v.strictObject({
  bias: v.pipe(v.number(), v.finite()),
  weights: v.record(v.string(), v.pipe(v.number(), v.finite())),
});
export const propositionSchema = v.strictObject({
  id: v.pipe(text, v.regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes')),
  text,
  cues: v.optional(v.array(terms)),
  signatures: v.optional(terms),
  againstCues: v.optional(terms),
  wordWeights: v.optional(wordWeightsSchema),
});

/** What the texts do not say of a person: a role they get wrong, how pages describe them, their pronoun. */
export const personEntrySchema = v.strictObject({
  role: v.optional(inferred(text)),
  descriptions: v.optional(terms),
  pronoun: v.optional(v.picklist(['he', 'she', 'it'])),
});

export const positionEntrySchema = v.strictObject({
  /** the source's key: a seed's file name, a pack source's key */
  source: text,
  /** the person as the text names them: "Amber Rudd", "Lord Paddick", "WhatsApp" */
  holder: text,
  proposition: text,
  stance: v.picklist(['for', 'against']),
  /** words each quote that shows the stance contains */
  quotes: v.pipe(v.array(text), v.minLength(1, 'expected at least one quote')),
  summary: text,
  /** why the stance is read this way, for the curator */
  note: v.optional(v.string()),
});

export const overlaySchema = v.strictObject({
  sources: v.record(v.string(), v.strictObject({ title: v.optional(inferred(text)), date: v.optional(inferred(isoDate)) })),
  people: v.optional(v.record(v.string(), personEntrySchema)),
  propositions: v.array(propositionSchema),
  positions: v.array(positionEntrySchema),
  /** fact subjects, or a family of them ("arrests"): what a sentence must speak of for its number to be compared with theirs */
  subjects: v.optional(v.record(v.string(), v.strictObject({ cues: v.array(terms) }))),
});

export type CorpusOverlay = v.InferOutput<typeof overlaySchema>;
/** a position as the overlay or a pack states it, before it is attached to the built people and quotes */
export type CuratedPosition = v.InferOutput<typeof positionEntrySchema>;
export type PersonEntry = v.InferOutput<typeof personEntrySchema>;

export class CorpusDataError extends Error {
  override name = 'CorpusDataError';
}

export function parseOverlay(data: unknown, what = 'overlay'): CorpusOverlay {
  const result = v.safeParse(overlaySchema, data);
  if (!result.success) throw new CorpusDataError(`${what}: ${describeIssues(result.issues)}`);
  return result.output;
}

/** Positions of the overlay attached to the built sources, people and quotes; throws on anything it cannot find. */
export function resolvePositions(
  entries: readonly CuratedPosition[],
  propositions: readonly Proposition[],
  sourceByKey: ReadonlyMap<string, Source>,
  people: readonly Person[],
  quotes: readonly Quote[],
  what = 'overlay',
): Position[] {
  return entries.map((entry, i) => {
    const at = `${what}: positions[${i}]`;
    const source = sourceByKey.get(entry.source);
    if (!source) throw new CorpusDataError(`${at}.source: no source "${entry.source}"`);
    if (!propositions.some((p) => p.id === entry.proposition)) throw new CorpusDataError(`${at}.proposition: no proposition "${entry.proposition}"`);
    const holder = people.find((p) => p.name === entry.holder || p.aliases.includes(entry.holder));
    if (!holder) throw new CorpusDataError(`${at}.holder: the corpus has no person "${entry.holder}"`);
    const quoteIds = entry.quotes.map((words, k) => {
      const quote = quotes.find((q) => q.sourceId === source.id && q.speakerId === holder.id && fold(q.text).includes(fold(words)));
      if (!quote) throw new CorpusDataError(`${at}.quotes[${k}]: no quote by ${holder.name} in "${entry.source}" contains "${words}"`);
      return quote.id;
    });
    return {
      id: contentId('pos', entry.proposition, holder.id, source.id),
      propositionId: entry.proposition,
      holderId: holder.id,
      holder: holder.name,
      stance: entry.stance,
      quoteIds: [...new Set(quoteIds)],
      sourceId: source.id,
      summary: entry.summary,
    };
  });
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
}
