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
  // each statement's and quote's words, read once however many sentences they are compared with
  const wordsOf = new Map<string, string[]>();
  const textWords = (text: string) => {
    let words = wordsOf.get(text);
    if (!words) wordsOf.set(text, (words = contentWords(text)));
    return words;
  };
  const wordSets = new Map<string, Set<string>>();
  const quoteWords = (text: string) => {
    let words = wordSets.get(text);
    if (!words) wordSets.set(text, (words = new Set(contentWords(text))));
    return words;
  };
  const targets: MatchTarget[] = [];
  for (const passage of corpus.passages) {
    const passageQuotes = quotesByPassage.get(passage.id) ?? [];
    const passageFacts = factsByPassage.get(passage.id) ?? [];
    // Short passages are one sentence already; segmenting only longer ones keeps a 100k build fast.
    const sentences = passage.text.length < 160 ? [passage.text] : splitSentences(passage.text).map((s) => s.text);
    for (const text of sentences) {
      const words = contentWords(text);
      if (words.length === 0) continue;
      const sentence = new SentenceRead(text, words);
      targets.push({
        text,
        words,
        passageId: passage.id,
        sourceId: passage.sourceId,
        factIds: passageFacts.filter((f) => sentences.length === 1 || overlaps(sentence, textWords(f.statement), f.quantities.map((q) => q.text))).map((f) => f.id),
        quoteIds: passageQuotes.filter((q) => sentences.length === 1 || quoteCovers(quoteWords(q.text), sentence)).map((q) => q.id),
      });
    }
  }
  return targets;
}

/** A passage's sentence as the facts and quotes are compared with it, each form read the first time it is needed. */
class SentenceRead {
  #folded: string | undefined;
  #wordSet: Set<string> | undefined;
  constructor(
    readonly text: string,
    readonly words: readonly string[],
  ) {}
  get folded(): string {
    return (this.#folded ??= normalizeForMatch(this.text));
  }
  get wordSet(): Set<string> {
    return (this.#wordSet ??= new Set(this.words));
  }
}

/** A fact belongs to the sentence of its passage that carries its numbers (or most of its words). */
function overlaps(sentence: SentenceRead, statementWords: readonly string[], quantityTexts: string[]): boolean {
  if (quantityTexts.length > 0) return quantityTexts.some((t) => sentence.folded.includes(normalizeForMatch(t)));
  const have = sentence.wordSet;
  return statementWords.filter((w) => have.has(w)).length >= Math.max(2, statementWords.length / 2);
}

/** Whether a quote's words include most of the sentence's words (the sentence is part of the quote). */
function quoteCovers(quoteWords: ReadonlySet<string>, sentence: SentenceRead): boolean {
  return sentence.words.filter((w) => quoteWords.has(w)).length >= Math.max(2, sentence.words.length * 0.5);
}
