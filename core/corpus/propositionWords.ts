/**
 * The learned proposition words (propositionWords.json beside a story's overlay, written by `npm run train`):
 * for each proposition, how much each word and word pair of a sentence says that it speaks of it. They join
 * the overlay's propositions before the corpus is built, so a stored corpus carries them and a change to them
 * rebuilds the seed rows like any change to the overlay. The weights themselves are checked with the rest of the
 * overlay when the corpus is built (overlay.ts): joining them, which the worker does on every wake, stays cheap.
 */
import { CorpusDataError } from './overlay';

/** The overlay with each proposition's learned words added; `words` undefined leaves it as it is. */
export function withPropositionWords(overlay: unknown, words: unknown, at = 'propositionWords.json'): unknown {
  if (words === undefined) return overlay;
  const learned = (words as { propositions?: unknown } | null)?.propositions;
  if (typeof learned !== 'object' || learned === null || Array.isArray(learned)) throw new CorpusDataError(`${at}: propositions: expected an object of proposition ids`);
  const data = overlay as { propositions?: { id: string }[] };
  const ids = new Set((data.propositions ?? []).map((p) => p.id));
  for (const id of Object.keys(learned)) if (!ids.has(id)) throw new CorpusDataError(`${at}: no proposition "${id}" in the overlay`);
  const byId = learned as Record<string, unknown>;
  return { ...data, propositions: (data.propositions ?? []).map((p) => (byId[p.id] === undefined ? p : { ...p, wordWeights: byId[p.id] })) };
}
