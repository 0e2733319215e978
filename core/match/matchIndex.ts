/**
 * The inverted index the matcher looks candidates up in. Its unit is a "target": one sentence of a corpus
 * passage, carrying the facts and quotes of that passage. Keys are content words and word bigrams
 * (see terms.ts); posting lists hold target numbers. Built once per corpus (service worker wake, CLI start).
 */
import type { Corpus, Fact, Person, Position, Quote } from '../corpus/model';
import { normalizeForMatch } from '../text/normalize';
import { splitSentences } from '../text/segment';
import { quotedWords } from './quotesVerbatim';
import { contentWords, indexTerms } from './terms';

export interface MatchTarget {
  text: string;
  /** the text as normalizeForMatch folds it: see foldedText, which fills it the first time fuse.js needs it */
  folded?: string;
  /** content words (see contentWords), kept for scoring */
  words: string[];
  /** the summed weight of its distinct words: see targetWeight, which fills it the first time a sentence needs it */
  weight?: number;
  passageId: string;
  sourceId: string;
  factIds: string[];
  quoteIds: string[];
}

export interface MatchIndex {
  corpus: Corpus;
  targets: MatchTarget[];
  postings: Map<string, number[]>;
  facts: Map<string, Fact>;
  quotes: Map<string, Quote>;
  people: Map<string, Person>;
  /** positions a quote shows, by quote id */
  positionsByQuote: Map<string, Position[]>;
  /** positions by the proposition they take a stance on, for stances stated in a reporter's words */
  positionsByProposition: Map<string, Position[]>;
  /** facts by subject, so a sentence can be compared with every source's value for the same thing */
  factsBySubject: Map<string, Fact[]>;
  /** facts that give a person's age: a page names the person and an age in words no passage shares */
  ageFacts: Fact[];
  /** quotes by each of their content words: a fragment a page cuts from a quote finds it through these */
  quotesByWord: Map<string, Quote[]>;
  /** each quote's words as a verbatim quotation is compared (quotedWords), by quote id */
  quoteWords: Map<string, string[]>;
  /** each fact's statement as content words, by fact id */
  statementWords: Map<string, Set<string>>;
}

/** A target's text as the character comparison sees it, folded once (most targets are never compared). */
export function foldedText(target: MatchTarget): string {
  return (target.folded ??= normalizeForMatch(target.text));
}

/** The summed weight of a target's distinct words (what a sentence covering all of it would share), summed once. */
export function targetWeight(index: MatchIndex, target: MatchTarget): number {
  if (target.weight === undefined) {
    let sum = 0;
    for (const word of new Set(target.words)) sum += termWeight(index, word);
    target.weight = sum;
  }
  return target.weight;
}

/** Inverse document frequency of a term over the index's targets. */
export function termWeight(index: MatchIndex, term: string): number {
  const df = index.postings.get(term)?.length ?? 0;
  return Math.log(1 + index.targets.length / (df + 1)) + (term.includes(' ') ? 0.5 : 0);
}

export function buildMatchIndex(corpus: Corpus): MatchIndex {
  const facts = new Map(corpus.facts.map((f) => [f.id, f]));
  const quotes = new Map(corpus.quotes.map((q) => [q.id, q]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const factsByPassage = groupBy(corpus.facts, (f) => [f.passageId]);
  const quotesByPassage = groupBy(corpus.quotes, (q) => q.passageIds);
  const positionsByQuote = groupBy(corpus.positions, (p) => p.quoteIds);
  const positionsByProposition = groupBy(corpus.positions, (p) => [p.propositionId]);
  const factsBySubject = groupBy(corpus.facts, (f) => [f.subject]);

  const targets: MatchTarget[] = [];
  const postings = new Map<string, number[]>();
  for (const passage of corpus.passages) {
    const passageQuotes = quotesByPassage.get(passage.id) ?? [];
    const passageFacts = factsByPassage.get(passage.id) ?? [];
    // Short passages are one sentence already; segmenting only longer ones keeps a 100k build fast.
    const sentences = passage.text.length < 160 ? [passage.text] : splitSentences(passage.text).map((s) => s.text);
    for (const text of sentences) {
      const words = contentWords(text);
      if (words.length === 0) continue;
      const id = targets.length;
      targets.push({
        text,
        words,
        passageId: passage.id,
        sourceId: passage.sourceId,
        factIds: passageFacts.filter((f) => sentences.length === 1 || overlaps(text, f.statement, f.quantities.map((q) => q.text))).map((f) => f.id),
        quoteIds: passageQuotes.filter((q) => sentences.length === 1 || quoteCovers(q.text, text)).map((q) => q.id),
      });
      for (const term of indexTerms(words)) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(id);
      }
    }
  }
  const ageFacts = corpus.facts.filter((f) => f.quantities.some((q) => q.kind === 'age'));
  const quoteWords = new Map(corpus.quotes.map((q) => [q.id, quotedWords(q.text)]));
  const quotesByWord = groupBy(corpus.quotes, (q) => [...new Set(contentWords(q.text))]);
  const statementWords = new Map(corpus.facts.map((f) => [f.id, new Set(contentWords(f.statement))]));
  return { corpus, targets, postings, facts, quotes, people, positionsByQuote, positionsByProposition, factsBySubject, ageFacts, quotesByWord, quoteWords, statementWords };
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
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
