/**
 * A word's row of the stored match index: how many targets hold the word, its posting list when that is short
 * enough to be held inline, and the word pairs ("a b") the row holds, each with its count and inline list, packed
 * into one string and one buffer (cheap to read back, however many pairs a row holds). Each pair is held by one
 * of its two words: the rarer when the pair first appeared, and that one from then on, so adding or removing a pack
 * rewrites only the rows of the pack's own words. A reader that does not know which of the two holds a pair reads
 * both rows (a page's pairs are made of its words, whose rows it reads anyway). A list longer than a sentence's
 * postings budget is kept in the long lists' table and takes no bytes here.
 */
import { POSTINGS_BUDGET } from '../core/match/findCandidates';
import { readVarint, varintLength, writeVarint } from '../core/match/postingsCodec';

export interface StoredWord {
  word: string;
  count: number;
  /**
   * Each pair the row holds, as a newline, its other word (after '<' when that word comes first in the pair), a tab
   * and where its list starts in `lists` (base 36): a pair is found with one search of the string, not by splitting it.
   */
  pairs?: string;
  /**
   * The lists, one after another, each after its count and its length in bytes (varints; a count alone for a list
   * kept apart): the word's own first, then the pairs'. Each list is delta-encoded (core/match/postingsCodec.ts). One
   * buffer for the whole row: a row is read back in one piece.
   */
  lists: Uint8Array;
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

export function wordEntry(row: StoredWord): WordEntry {
  return {
    ...listAt(row.lists, 0),
    size: row.lists.length + (row.pairs?.length ?? 0) + 1,
    pair(term) {
      const start = pairStart(row, term);
      return start === undefined ? undefined : listAt(row.lists, start);
    },
  };
}

/** Where the list of the pair `term` starts in the row's lists, or undefined when the row does not hold the pair. */
function pairStart({ word, pairs }: StoredWord, term: string): number | undefined {
  if (!pairs) return undefined;
  const key = `\n${partnerIn(term, word)}\t`;
  const at = pairs.indexOf(key);
  if (at < 0) return undefined;
  const end = pairs.indexOf('\n', at + key.length);
  return parseInt(pairs.slice(at + key.length, end < 0 ? pairs.length : end), 36);
}

/** How the row of `word` names the pair `term`, one of whose words it is. */
function partnerIn(term: string, word: string): string {
  const [first, second] = pairWords(term);
  return first === word ? second : `<${first}`;
}

/** The pair a row of `word` names `partner`. */
function pairOf(partner: string, word: string): string {
  return partner.startsWith('<') ? `${partner.slice(1)} ${word}` : `${word} ${partner}`;
}

/** The list that starts at `start` in a row's lists. */
function listAt(bytes: Uint8Array, start: number): HeldList {
  const count = readVarint(bytes, start);
  if (isLong(count.value)) return { count: count.value };
  const length = readVarint(bytes, count.next);
  return length.value ? { count: count.value, ids: bytes.subarray(length.next, length.next + length.value) } : { count: count.value };
}

/** A word's row as a writer changes it: its own list and its pairs', in the order the row keeps them. */
export interface WordLists {
  word: string;
  own: HeldList;
  pairs: Map<string, HeldList>;
}

export function wordLists(row: StoredWord | undefined, word: string): WordLists {
  const pairs = new Map<string, HeldList>();
  if (!row) return { word, own: { count: 0 }, pairs };
  for (const entry of row.pairs?.split('\n').slice(1) ?? []) {
    const [partner, start] = entry.split('\t') as [string, string];
    pairs.set(pairOf(partner, word), listAt(row.lists, parseInt(start, 36)));
  }
  return { word, own: listAt(row.lists, 0), pairs };
}

export function storedWord({ word, own, pairs }: WordLists): StoredWord {
  const held = [own, ...pairs.values()];
  const heads = held.map((list) => (isLong(list.count) ? [list.count] : [list.count, list.ids?.length ?? 0]));
  const sizes = held.map((list, i) => heads[i]!.reduce((sum, n) => sum + varintLength(n), 0) + (isLong(list.count) ? 0 : (list.ids?.length ?? 0)));
  const lists = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0));
  const starts: number[] = [];
  let at = 0;
  held.forEach((list, i) => {
    starts.push(at);
    for (const n of heads[i]!) at = writeVarint(lists, at, n);
    if (!isLong(list.count) && list.ids) {
      lists.set(list.ids, at);
      at += list.ids.length;
    }
  });
  if (pairs.size === 0) return { word, count: own.count, lists };
  const names = [...pairs.keys()].map((term, i) => `\n${partnerIn(term, word)}\t${starts[i + 1]!.toString(36)}`);
  return { word, count: own.count, pairs: names.join(''), lists };
}

/** The pair's two words. */
export function pairWords(term: string): [string, string] {
  const space = term.indexOf(' ');
  return [term.slice(0, space), term.slice(space + 1)];
}
