/**
 * The learned proposition words (propositionWords.json beside a story's overlay, written by `npm run train`):
 * for each proposition, how much each word and word pair of a sentence says that it speaks of it. They join
 * the overlay's propositions before the corpus is built, so a stored corpus carries them and a change to them
 * rebuilds the seed rows like any change to the overlay.
 */
import * as v from 'valibot';
import { describeIssues } from '../validation/describeIssues';
import { CorpusDataError, wordWeightsSchema } from './overlay';

const propositionWordsSchema = v.object({
  propositions: v.record(v.string(), wordWeightsSchema),
});

/** The overlay with each proposition's learned words added; `words` undefined leaves it as it is. */
export function withPropositionWords(overlay: unknown, words: unknown, at = 'propositionWords.json'): unknown {
  if (words === undefined) return overlay;
  const parsed = v.safeParse(propositionWordsSchema, words);
  if (!parsed.success) throw new CorpusDataError(`${at}: ${describeIssues(parsed.issues)}`);
  const data = overlay as { propositions?: { id: string }[] };
  const ids = new Set((data.propositions ?? []).map((p) => p.id));
  for (const id of Object.keys(parsed.output.propositions)) if (!ids.has(id)) throw new CorpusDataError(`${at}: no proposition "${id}" in the overlay`);
  return {
    ...data,
    propositions: (data.propositions ?? []).map((p) => {
      const learned = parsed.output.propositions[p.id];
      return learned ? { ...p, wordWeights: learned } : p;
    }),
  };
}
