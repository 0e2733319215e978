/** What analysing one page produces: the topic verdict and the sentences that match the corpus. */
import type { CorpusItemKind } from './corpus/model';

/** A page's verdict: one of the story's topic ids (seeds/story.json), "both", or "none". */
export type Topic = string;

export interface TopicEvidence {
  /** the term, match or metadata that counted */
  label: string;
  weight: number;
  where: 'title' | 'text' | 'meta' | 'match';
  /** which topic of the story it speaks for (a topic id), or "negative" */
  side: string;
}

export interface TopicVerdict {
  topic: Topic;
  /** 0..1 confidence that the page is about the story */
  score: number;
  /** one line a reader understands: "Names Khalid Masood and PC Keith Palmer; 6 sentences match the corpus" */
  why: string;
  evidence: TopicEvidence[];
}

export type MatchVerdict = 'agrees' | 'differs' | 'verbatim' | 'paraphrase' | 'for' | 'against';

export interface ValueDifference {
  subject: string;
  page: string;
  corpus: string;
  /** date the corpus value holds as of, so a later development reads as a change, not an error */
  corpusAsOf?: string;
  /** the page's publication date, when known */
  pageAsOf?: string;
}

export interface SentenceMatch {
  /** the page's sentence, exactly as extracted */
  sentence: string;
  /** index of the sentence in the page's sentence list */
  sentenceIndex: number;
  kind: CorpusItemKind;
  itemId: string;
  verdict: MatchVerdict;
  /** 0..1, higher is closer */
  score: number;
  passageId: string;
  sourceId: string;
  differences?: ValueDifference[];
  /** for a fact the page agrees with: the page's words and the corpus's that were compared ("just two minutes before" / "a couple of minutes before") */
  agreement?: { page: string; corpus: string };
  /** for quotes and positions: who said it / holds it ("Amber Rudd") */
  speaker?: string;
}

/** The page as the analyser sees it: extracted text plus metadata. */
export interface PageInput {
  url?: string;
  title: string;
  text: string;
  siteName?: string;
  /** ISO date from the page's metadata, if any */
  published?: string;
  lang?: string;
}

export interface PageAnalysis {
  url?: string;
  title: string;
  topic: TopicVerdict;
  matches: SentenceMatch[];
  sentenceCount: number;
  timings: { detectMs: number; matchMs: number };
}
