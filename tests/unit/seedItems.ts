/** Items of the built seed corpus found by what they say, since their ids are content hashes. */
import type { Corpus, Position, Quote } from '../../core/corpus/model';

export function quoteBy(corpus: Corpus, speaker: string, words: string): Quote {
  const found = corpus.quotes.filter((q) => q.speaker === speaker && q.text.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} quotes by ${speaker} contain "${words}"`);
  return found[0]!;
}

export function positionOf(corpus: Corpus, holder: string, propositionId: string): Position {
  const found = corpus.positions.find((p) => p.holder === holder && p.propositionId === propositionId);
  if (!found) throw new Error(`no position of ${holder} on ${propositionId}`);
  return found;
}
