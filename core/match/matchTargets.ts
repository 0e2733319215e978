/**
 * The targets of a corpus: each sentence of a passage that has content words, with the facts and quotes of its
 * passage that belong to it. In passage order, so a target's number is its place in this list (or, in the
 * stored index, its place after the targets written before it).
 */
import type { Corpus } from '../corpus/model';
import { normalizeForMatch } from '../text/normalize';
import { splitSentences } from '../text/segment';
import { groupBy, type MatchTarget } from './matchIndex';
import { contentWords } from '../text/terms';

export function matchTargets(corpus: Corpus): MatchTarget[] {
  const factsByPassage = groupBy(corpus.facts, (f) => [f.passageId]);
  const quotesByPassage = groupBy(corpus.quotes, (q) => q.passageIds);
  const targets: MatchTarget[] = [];
  for (const passage of corpus.passages) {
    const passageQuotes = quotesByPassage.get(passage.id) ?? [];
    const passageFacts = factsByPassage.get(passage.id) ?? [];
    // Short passages are one sentence already; segmenting only longer ones keeps a 100k build fast.
    const sentences = passage.text.length < 160 ? [passage.text] : splitSentences(passage.text).map((s) => s.text);
    for (const text of sentences) {
      const words = contentWords(text);
      if (words.length === 0) continue;
      targets.push({
        text,
        words,
        passageId: passage.id,
        sourceId: passage.sourceId,
        factIds: passageFacts.filter((f) => sentences.length === 1 || overlaps(text, f.statement, f.quantities.map((q) => q.text))).map((f) => f.id),
        quoteIds: passageQuotes.filter((q) => sentences.length === 1 || quoteCovers(q.text, text)).map((q) => q.id),
      });
    }
  }
  return targets;
}

/** A fact belongs to the sentence of its passage that carries its numbers (or most of its words). */
function overlaps(sentence: string, statement: string, quantityTexts: string[]): boolean {
  const s = normalizeForMatch(sentence);
  if (quantityTexts.length > 0) return quantityTexts.some((t) => s.includes(normalizeForMatch(t)));
  const words = contentWords(statement);
  const have = new Set(contentWords(sentence));
  return words.filter((w) => have.has(w)).length >= Math.max(2, words.length / 2);
}

/** Whether a quote's words include most of the sentence's words (the sentence is part of the quote). */
function quoteCovers(quoteText: string, sentence: string): boolean {
  const quoteWords = new Set(contentWords(quoteText));
  const words = contentWords(sentence);
  return words.filter((w) => quoteWords.has(w)).length >= Math.max(2, words.length * 0.5);
}
