/**
 * The inverted index the matcher looks candidates up in. Its unit is a "target": one sentence of a corpus
 * passage, carrying the facts and quotes of that passage. Keys are content words and word bigrams
 * (see terms.ts); posting lists hold target numbers. Built whole in memory by the CLI and the tests; the extension
 * keeps it in IndexedDB and reads one page's part of it (storage/pageMatchIndex.ts).
 */
import type { Corpus, Fact, Person, Position, Proposition, Quote } from '../corpus/model';
import type { Candidate } from './findCandidates';
import { normalizeForMatch } from '../text/normalize';
import { matchTargets } from './matchTargets';
import { quotedWords } from './quotesVerbatim';
import { contentWords, indexTerms } from '../text/terms';

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
  /** the propositions by id */
  propositions: Map<string, Proposition>;
  /** facts by subject, so a sentence can be compared with every source's value for the same thing */
  factsBySubject: Map<string, Fact[]>;
  /** facts that give a person's age: a page names the person and an age in words no passage shares */
  ageFacts: Fact[];
  /** quotes by each of their content words: a fragment a page cuts from a quote finds it through these */
  quotesByWord: Map<string, Quote[]>;
  /** each quote's words as a verbatim quotation is compared (quotedWords), by quote id */
  quoteWords: Map<string, string[]>;
  /** each speaker's quotes */
  quotesBySpeaker: Map<string, Quote[]>;
  /** each fact's statement as content words, by fact id */
  statementWords: Map<string, Set<string>>;
  /**
   * Set when the index was read from storage for one page: `targets` then holds only the targets the page's
   * terms reach (at their corpus-wide numbers), `postings` only the page's terms, and these keep the weights
   * corpus-wide: how many targets the corpus has, and how many hold each word of the targets that were read.
   */
  targetCount?: number;
  termCounts?: ReadonlyMap<string, number>;
  /**
   * Set on an index read for one page: each sentence's candidates, by its content words, kept as findCandidates
   * finds them (the reader finds them first, to read their targets; the matcher finds them there).
   */
  candidates?: Map<string, Candidate[]>;
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
  const df = index.postings.get(term)?.length ?? index.termCounts?.get(term) ?? 0;
  return Math.log(1 + (index.targetCount ?? index.targets.length) / (df + 1)) + (term.includes(' ') ? 0.5 : 0);
}

/** The parts of the index the matcher reads whole: facts, quotes, people, positions and their lookups (small at any corpus size). */
export type MatchItems = Omit<MatchIndex, 'targets' | 'postings' | 'targetCount' | 'termCounts' | 'candidates'>;

export function buildMatchIndex(corpus: Corpus): MatchIndex {
  const targets = matchTargets(corpus);
  return { ...buildMatchItems(corpus), targets, postings: buildPostings(targets) };
}

/** Posting lists of targets numbered from `firstId` in the order given: ascending within each list. */
export function buildPostings(targets: readonly Pick<MatchTarget, 'words'>[], firstId = 0): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  targets.forEach((target, i) => {
    for (const term of indexTerms(target.words)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(firstId + i);
    }
  });
  return postings;
}

export function buildMatchItems(corpus: Corpus): MatchItems {
  const facts = new Map(corpus.facts.map((f) => [f.id, f]));
  const quotes = new Map(corpus.quotes.map((q) => [q.id, q]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const positionsByQuote = groupBy(corpus.positions, (p) => p.quoteIds);
  const positionsByProposition = groupBy(corpus.positions, (p) => [p.propositionId]);
  const propositions = new Map(corpus.propositions.map((p) => [p.id, p]));
  const factsBySubject = groupBy(corpus.facts, (f) => [f.subject]);
  const ageFacts = corpus.facts.filter((f) => f.quantities.some((q) => q.kind === 'age'));
  const quoteWords = new Map(corpus.quotes.map((q) => [q.id, quotedWords(q.text)]));
  const quotesByWord = groupBy(corpus.quotes, (q) => [...new Set(contentWords(q.text))]);
  const statementWords = new Map(corpus.facts.map((f) => [f.id, new Set(contentWords(f.statement))]));
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const q of corpus.quotes) quotesBySpeaker.set(q.speakerId, [...(quotesBySpeaker.get(q.speakerId) ?? []), q]);
  return { corpus, facts, quotes, people, positionsByQuote, positionsByProposition, propositions, factsBySubject, ageFacts, quotesByWord, quoteWords, quotesBySpeaker, statementWords };
}

export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
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
