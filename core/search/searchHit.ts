/** One result of a corpus search, as the popup shows it; kept apart from the search so the popup does not load fuse.js. */
import type { SourceRef } from '../context/sourceRef';
import type { CorpusItemKind } from '../corpus/model';

/** Queries shorter than this return nothing: one letter matches everything. */
export const MIN_QUERY_LENGTH = 2;

export interface SearchHit {
  kind: CorpusItemKind;
  itemId: string;
  /** the fact's statement, the quote's words, the position's summary */
  text: string;
  /** who said it or holds it, with their role */
  speaker?: string;
  role?: string;
  venue?: string;
  date?: string;
  /** for positions: the proposition and the stance on it */
  proposition?: string;
  stance?: 'for' | 'against';
  source: SourceRef;
  passageIds: string[];
  /** 0 is a perfect match, 1 none (fuse.js's score) */
  score: number;
}
