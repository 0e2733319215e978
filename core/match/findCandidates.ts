/**
 * Candidate targets for one page sentence, straight from the inverted index. Terms are taken rarest first
 * and lookup stops once a fixed budget of postings has been read, so a sentence costs about the same on a
 * corpus of 10k passages as on one of 100k: common words cannot flood the accumulator.
 */
import { termWeight, type MatchIndex } from './matchIndex';
import { indexTerms } from '../text/terms';

export interface Candidate {
  target: number;
  /** summed weight of the index terms the sentence shares with the target */
  shared: number;
}

/** a sentence reads at most this many postings, so a list longer than this is never walked (only its length counts) */
export const POSTINGS_BUDGET = 2000;
const MAX_CANDIDATES = 8;
/** share of the sentence's (looked-up) term weight a target must hold to be scored at all */
const MIN_SHARE = 0.15;

export function findCandidates(index: MatchIndex, words: readonly string[]): Candidate[] {
  const lists: Array<{ weight: number; list: number[] }> = [];
  for (const term of indexTerms(words)) {
    const list = index.postings.get(term);
    if (list) lists.push({ weight: termWeight(index, term), list });
  }
  lists.sort((a, b) => a.list.length - b.list.length);

  const shared = new Map<number, number>();
  let budget = POSTINGS_BUDGET;
  let lookedUp = 0;
  for (const { weight, list } of lists) {
    if (list.length > budget) break;
    budget -= list.length;
    lookedUp += weight;
    for (const id of list) shared.set(id, (shared.get(id) ?? 0) + weight);
  }
  const min = lookedUp * MIN_SHARE;
  return [...shared]
    .filter(([, w]) => w >= min)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([target, w]) => ({ target, shared: w }));
}
