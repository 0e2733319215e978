/**
 * A word's row of the stored match index: how many targets hold the word, its posting list when that is short
 * enough to be held inline, and the word pairs ("a b") the row holds, each with its count and inline list, packed
 * into a few strings and typed arrays (cheap to read back, however many pairs a row holds). Each pair is held by one
 * of its two words: the rarer when the pair first appeared, and that one from then on, so adding or removing a pack
 * rewrites only the rows of the pack's own words. A reader that does not know which of the two holds a pair reads
 * both rows (a page's pairs are made of its words, whose rows it reads anyway). A list longer than a sentence's
 * postings budget is kept in the long lists' table and takes no bytes here.
 */
import { POSTINGS_BUDGET } from '../core/match/findCandidates';

export interface StoredWord {
  word: string;
  count: number;
  /** the word's list, delta-encoded (core/match/postingsCodec.ts), when it holds at most POSTINGS_BUDGET targets */
  ids?: Uint8Array;
  /** the pairs the row holds, each whole ("a b"), joined by newlines */
  pairs?: string;
  /** each pair's count */
  pairCounts?: Uint32Array;
  /** where each pair's inline list ends in pairIds (a list kept apart ends where the one before it does) */
  pairEnds?: Uint32Array;
  /** the pairs' inline lists, one after another */
  pairIds?: Uint8Array;
}

/** A term's count, and its encoded list unless the list is kept apart (longer than POSTINGS_BUDGET). */
export interface HeldList {
  count: number;
  ids?: Uint8Array;
}

/** Whether a list of this many targets is kept apart from its row. */
export function isLong(count: number): boolean {
  return count > POSTINGS_BUDGET;
}

/** A word's row as the reader uses it: the word's own list, and a pair's looked up by the pair. */
export interface WordEntry extends HeldList {
  /** the pair's count and list, or undefined when this row does not hold the pair */
  pair(term: string): HeldList | undefined;
  /** what the row takes in memory, about: its bytes */
  size: number;
}

/** The row, read: its pairs are split apart the first time one is looked up. */
export function wordEntry(row: StoredWord): WordEntry {
  let pairs: string[] | undefined;
  return {
    count: row.count,
    ...(row.ids ? { ids: row.ids } : {}),
    size: (row.ids?.length ?? 0) + (row.pairs?.length ?? 0) + (row.pairIds?.length ?? 0) + 8 * (row.pairCounts?.length ?? 0) + 1,
    pair(term) {
      if (!row.pairs) return undefined;
      pairs ??= row.pairs.split('\n');
      const at = pairs.indexOf(term);
      return at < 0 ? undefined : heldPair(row, at);
    },
  };
}

function heldPair(row: StoredWord, at: number): HeldList {
  const count = row.pairCounts![at]!;
  if (isLong(count)) return { count };
  return { count, ids: row.pairIds!.subarray(at ? row.pairEnds![at - 1]! : 0, row.pairEnds![at]!) };
}

/** A word's row as a writer changes it: its own list and its pairs', in the order the row keeps them. */
export interface WordLists {
  word: string;
  own: HeldList;
  pairs: Map<string, HeldList>;
}

export function wordLists(row: StoredWord | undefined, word: string): WordLists {
  const pairs = new Map<string, HeldList>();
  if (row?.pairs) row.pairs.split('\n').forEach((term, at) => pairs.set(term, heldPair(row, at)));
  return { word, own: { count: row?.count ?? 0, ...(row?.ids ? { ids: row.ids } : {}) }, pairs };
}

export function storedWord({ word, own, pairs }: WordLists): StoredWord {
  const row: StoredWord = { word, count: own.count, ...(own.ids ? { ids: own.ids } : {}) };
  if (pairs.size === 0) return row;
  const held = [...pairs];
  const pairCounts = new Uint32Array(held.length);
  const pairEnds = new Uint32Array(held.length);
  const pairIds = new Uint8Array(held.reduce((sum, [, list]) => sum + (list.ids?.length ?? 0), 0));
  let end = 0;
  held.forEach(([, list], i) => {
    pairCounts[i] = list.count;
    if (list.ids) pairIds.set(list.ids, end);
    end += list.ids?.length ?? 0;
    pairEnds[i] = end;
  });
  return { ...row, pairs: held.map(([term]) => term).join('\n'), pairCounts, pairEnds, pairIds };
}

/** The pair's two words. */
export function pairWords(term: string): [string, string] {
  const space = term.indexOf(' ');
  return [term.slice(0, space), term.slice(space + 1)];
}
