/**
 * The sentences the proposition words learn from: every sentence of the labelled pages, with its features
 * (core/match/speaksOfProposition.ts, the people it names left out) and the propositions a reader linked it to a
 * position on (positions of people the corpus knows); and the story's written sentences, if its folder has them
 * (`propositionSentences.jsonl`: one `{"text", "propositions"}` a line, sentences in the manner of news copy that
 * state a corpus holder's view or none, to teach wordings the labelled pages do not hold).
 */
import { existsSync, readFileSync } from 'node:fs';
import { sentencePeople } from '../../core/match/sentencePeople';
import type { MatchIndex } from '../../core/match/matchIndex';
import { namedWords, sentenceFeatures } from '../../core/match/speaksOfProposition';
import type { TextSpan } from '../../core/text/segment';
import { contentWords } from '../../core/text/terms';
import { pageSentences } from '../../core/text/pageSentences';
import { placeLabels, type LabelledPage } from '../eval/sentenceLabels';

export interface PropositionExample {
  features: string[];
  /** the propositions the reader linked the sentence to */
  propositions: Set<string>;
  /** how much the example counts in training (1 for a labelled page's sentence) */
  weight?: number;
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
    out.push(...featuresOfSentences(sentences, index).map((features, i) => ({ features, propositions: linked.get(i) ?? new Set<string>() })));
  }
  return out;
}

/** each sentence's features, its people read as the matcher reads them in the text around it */
function featuresOfSentences(sentences: readonly TextSpan[], index: MatchIndex): string[][] {
  const people = sentencePeople(sentences, index.people);
  return sentences.map((s, i) => sentenceFeatures(contentWords(s.text), namedWords(people[i]!.folded, people[i]!.mentions)));
}

/** The story folder's written sentences (`file`), each read on its own, counting `weight` each; none when the folder has no such file. */
export function writtenExamples(file: string, index: MatchIndex, weight: number): PropositionExample[] {
  if (!existsSync(file)) return [];
  const known = new Set(index.corpus.propositions.map((p) => p.id));
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, at) => {
      if (line.trim() === '') return [];
      const { text, propositions } = parseWritten(line, `${file}:${at + 1}`);
      const unknown = propositions.find((id) => !known.has(id));
      if (unknown) throw new Error(`${file}:${at + 1}: no proposition ${unknown} in the corpus`);
      const [features] = featuresOfSentences([{ text, start: 0, end: text.length }], index);
      return [{ features: features!, propositions: new Set(propositions), weight }];
    });
}

/** one line of written sentences, or an error that says where it is and what it lacks */
function parseWritten(line: string, where: string): { text: string; propositions: string[] } {
  let read: unknown;
  try {
    read = JSON.parse(line);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
  const { text, propositions } = (read ?? {}) as { text?: unknown; propositions?: unknown };
  if (typeof text !== 'string' || !Array.isArray(propositions) || !propositions.every((id) => typeof id === 'string')) {
    throw new Error(`${where}: expected {"text": "…", "propositions": ["…"]}`);
  }
  return { text, propositions };
}
