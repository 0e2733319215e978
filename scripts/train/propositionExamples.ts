/**
 * The labelled sentences the proposition words learn from: every sentence of the labelled pages, with its
 * features (core/match/speaksOfProposition.ts, the people it names left out) and the propositions a reader
 * linked it to a position on (positions of people the corpus knows).
 */
import { sentencePeople } from '../../core/match/sentencePeople';
import type { MatchIndex } from '../../core/match/matchIndex';
import { namedWords, sentenceFeatures } from '../../core/match/speaksOfProposition';
import { contentWords } from '../../core/text/terms';
import { pageSentences } from '../../core/text/pageSentences';
import { placeLabels, type LabelledPage } from '../eval/sentenceLabels';

export interface PropositionExample {
  features: string[];
  /** the propositions the reader linked the sentence to */
  propositions: Set<string>;
}

export function propositionExamples(pages: readonly LabelledPage[], index: MatchIndex): PropositionExample[] {
  const out: PropositionExample[] = [];
  for (const page of pages) {
    const sentences = pageSentences(page.input);
    // the labels placed as the evaluation places them (scripts/eval/sentenceLabels.ts)
    const linked = new Map<number, Set<string>>();
    for (const [at, links] of placeLabels(page, sentences).links) {
      const propositions = new Set(links.flatMap((link) => (link.kind === 'position' && link.holder !== 'other' ? [link.proposition] : [])));
      if (propositions.size > 0) linked.set(at, propositions);
    }
    const people = sentencePeople(sentences, index.people);
    sentences.forEach((s, i) => out.push({ features: sentenceFeatures(contentWords(s.text), namedWords(people[i]!.folded, people[i]!.mentions)), propositions: linked.get(i) ?? new Set() }));
  }
  return out;
}
