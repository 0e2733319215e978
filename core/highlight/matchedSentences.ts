/**
 * The page's matches grouped by sentence, in page order, each with the one kind its highlight is painted in.
 * A sentence can match several corpus items (a quote that is also a position); it gets one highlight, and the
 * card lists every match, the one that gave the highlight its kind first. The kind that matters most to a
 * reader wins: a differing fact, then a quote, then a position, then an agreeing fact.
 */
import type { SentenceMatch } from '../analysis';

export const HIGHLIGHT_KINDS = ['fact-differs', 'quote', 'position', 'fact-agrees'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface MatchedSentence {
  sentenceIndex: number;
  sentence: string;
  kind: HighlightKind;
  matches: SentenceMatch[];
}

export function highlightKindOf(match: SentenceMatch): HighlightKind {
  if (match.kind === 'fact') return match.verdict === 'differs' ? 'fact-differs' : 'fact-agrees';
  return match.kind;
}

export function matchedSentences(matches: SentenceMatch[]): MatchedSentence[] {
  const bySentence = new Map<number, MatchedSentence>();
  for (const match of matches) {
    const kind = highlightKindOf(match);
    const entry = bySentence.get(match.sentenceIndex);
    if (!entry) {
      bySentence.set(match.sentenceIndex, { sentenceIndex: match.sentenceIndex, sentence: match.sentence, kind, matches: [match] });
      continue;
    }
    entry.matches.push(match);
    if (HIGHLIGHT_KINDS.indexOf(kind) < HIGHLIGHT_KINDS.indexOf(entry.kind)) entry.kind = kind;
  }
  const rank = (m: SentenceMatch) => HIGHLIGHT_KINDS.indexOf(highlightKindOf(m));
  for (const entry of bySentence.values()) entry.matches.sort((a, b) => rank(a) - rank(b));
  return [...bySentence.values()].sort((a, b) => a.sentenceIndex - b.sentenceIndex);
}
