/**
 * The candidate lookup against the plainest account of what it promises: each target's weight summed list by
 * list in a Map, in the order the lists are walked, and the MAX_CANDIDATES heaviest kept, the first found first
 * among equals. Random lists, many of one length (so that weights tie), over corpora small and large.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCandidates, walkedTerms, type Candidate } from '../../core/match/findCandidates';
import type { MatchIndex } from '../../core/match/matchIndex';

function indexOf(lists: number[][], targetCount: number): { index: MatchIndex; words: string[] } {
  const words = lists.map((_, i) => `w${i}`);
  const postings = new Map(lists.map((list, i) => [words[i]!, [...new Set(list)].sort((a, b) => a - b)]));
  return { index: { postings, targetCount, targets: [] } as unknown as MatchIndex, words };
}

function byMap(index: MatchIndex, words: string[]): Candidate[] {
  const walked = walkedTerms(index, words);
  const sums = new Map<number, number>();
  let lookedUp = 0;
  for (const { term, weight } of walked) {
    lookedUp += weight;
    for (const id of index.postings.get(term)!) sums.set(id, (sums.get(id) ?? 0) + weight);
  }
  return [...sums]
    .filter(([, shared]) => shared >= lookedUp * 0.15)
    .sort((a, b) => b[1] - a[1]) // stable: the first found first among equals
    .slice(0, 8)
    .map(([target, shared]) => ({ target, shared }));
}

describe('findCandidates', () => {
  it('keeps the targets a Map of sums keeps, with the same sums, in the same order', () => {
    const corpus = fc.constantFrom(500, 50_000, 1_500_000);
    const lists = (size: number) => fc.array(fc.array(fc.integer({ min: 0, max: size - 1 }), { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(
        corpus.chain((size) => fc.tuple(fc.constant(size), lists(size), fc.boolean())),
        ([size, raw, tie]) => {
          // lists of one length weigh the same: their targets tie
          const shaped = tie ? raw.map((l) => (l.length >= 5 ? l.slice(0, 5) : l)) : raw;
          const { index, words } = indexOf(shaped, size);
          const expected = byMap(index, words);
          expect(findCandidates(index, words)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds the one target most lists share ahead of those that share one list each', () => {
    const { index, words } = indexOf([[3, 900_000], [900_000, 5], [900_000, 7]], 1_000_000);
    expect(findCandidates(index, words)[0]).toEqual({ target: 900_000, shared: expect.any(Number) });
  });
});
