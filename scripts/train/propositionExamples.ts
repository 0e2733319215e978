/**
 * The labelled sentences the proposition words learn from: every sentence of the labelled pages, with its
 * features (core/match/speaksOfProposition.ts, the people it names left out) and the propositions a reader
 * linked it to a position on (positions of people the corpus knows).
 */
import { sentencePeople } from '../../core/match/sentencePeople';
import type { MatchIndex } from '../../core/match/matchIndex';
import { namedWords, sentenceFeatures } from '../../core/match/speaksOfProposition';
import { contentWords } from '../../core/text/terms';
import { foldPunctuation } from '../../core/text/normalize';
import { pageSentences } from '../../core/text/pageSentences';
import type { LabelledPage } from '../eval/sentenceLabels';

export interface PropositionExample {
  features: string[];
  /** the propositions the reader linked the sentence to */
  propositions: Set<string>;
}

const squash = (s: string) => foldPunctuation(s).toLowerCase().replace(/[^a-z0-9]+/g, '');

export function propositionExamples(pages: readonly LabelledPage[], index: MatchIndex): PropositionExample[] {
  const out: PropositionExample[] = [];
  for (const page of pages) {
    const sentences = pageSentences(page.input);
    const linked = new Map<number, Set<string>>();
    for (const label of page.sentences) {
      // the one sentence whose folded text holds the label's piece; the evaluation (scoreMatching.ts) first tries
      // the piece as written, and so places one dev label, on page 651, that this drops
      const at = sentences.flatMap((s, i) => (squash(s.text).includes(squash(label.text)) ? [i] : []));
      if (at.length !== 1) continue;
      for (const link of label.links) {
        if (link.kind !== 'position' || link.holder === 'other') continue;
        const set = linked.get(at[0]!) ?? new Set<string>();
        set.add(link.proposition);
        linked.set(at[0]!, set);
      }
    }
    const people = sentencePeople(sentences, index.people);
    sentences.forEach((s, i) => out.push({ features: sentenceFeatures(contentWords(s.text), namedWords(people[i]!.folded, people[i]!.mentions)), propositions: linked.get(i) ?? new Set() }));
  }
  return out;
}
