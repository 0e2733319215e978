/**
 * One page's part of the stored match index: the rows of the page's words (each word's count and list, and the
 * lists of the word pairs the row holds, decoded only when the matcher walks them), the long lists it walks, the
 * targets those lists lead it to, and the counts of their words, read with bulk gets in one read transaction and
 * put together as a MatchIndex the matcher walks exactly as it walks the whole index in memory. The corpus's
 * items (facts, quotes, people, positions) are small and are read whole, once. What was read stays in bounded
 * caches while the worker lives; a corpus change must call `forget`.
 */
import { findCandidates, walkedTerms } from '../core/match/findCandidates';
import { buildMatchItems, type MatchIndex, type MatchItems, type MatchTarget } from '../core/match/matchIndex';
import { decodePostings } from '../core/match/postingsCodec';
import { indexTerms } from '../core/text/terms';
import { BoundedCache } from './boundedCache';
import { loadCorpusItems } from './corpusRepository';
import type { CrosscheckDB } from './db';
import { isWord, MATCH_INDEX_KEY, WORD_COUNTS_KEY, type MatchIndexState, type WordCounts } from './matchIndexState';
import { isLong, pairWords, wordEntry, type HeldList, type WordEntry } from './matchWordRow';

export interface PageIndexReader {
  /** The index for sentences with these content words, or undefined while the stored index is incomplete. */
  indexFor(sentenceWords: readonly (readonly string[])[]): Promise<MatchIndex | undefined>;
  /** The corpus's items, read whole (what a page that is not matched still needs). */
  items(): Promise<MatchItems>;
  /** Drops everything read: the corpus changed. */
  forget(): void;
}

export interface CacheBudgets {
  /** bytes of word rows and long lists kept */
  terms: number;
  targets: number;
}

const DEFAULT_BUDGETS: CacheBudgets = { terms: 8_000_000, targets: 20_000 };

export function pageIndexReader(db: CrosscheckDB, budgets: CacheBudgets = DEFAULT_BUDGETS): PageIndexReader {
  const wordRows = new BoundedCache<string, WordEntry>(budgets.terms, (row) => row.size);
  const longLists = new BoundedCache<string, Uint8Array>(budgets.terms, (ids) => ids.length + 1);
  const targets = new BoundedCache<number, MatchTarget>(budgets.targets);
  let items: Promise<MatchItems> | undefined;
  /** every word's count, read once while the worker lives */
  let words: WordCounts | undefined;

  const readItems = () =>
    (items ??= loadCorpusItems(db)
      .then(buildMatchItems)
      .catch((error: unknown) => {
        items = undefined;
        throw error;
      }));

  const readWords = (keys: readonly string[]) =>
    readThrough(keys, wordRows, async (missing) =>
      (await db.matchWords.bulkGet(missing)).map((row, i) => {
        if (!row) throw new Error(`the stored match index counts word "${missing[i]}" but does not hold its row`);
        return wordEntry(row);
      }),
    );

  const readLongLists = (keys: readonly string[]) =>
    readThrough(keys, longLists, async (missing) =>
      (await db.longPostings.bulkGet(missing)).map((row, i) => {
        if (!row) throw new Error(`the stored match index counts term "${missing[i]}" but does not hold its list`);
        return row.ids;
      }),
    );

  async function indexFor(sentenceWords: readonly (readonly string[])[]): Promise<MatchIndex | undefined> {
    // read before the index's transaction: a transaction must not wait on another one's promise
    const itemsRead = await readItems();
    return db.transaction('r', [db.settings, db.matchWords, db.longPostings, db.matchTargets], async () => {
      const [stateRow, wordsRow] = await db.settings.bulkGet(words ? [MATCH_INDEX_KEY] : [MATCH_INDEX_KEY, WORD_COUNTS_KEY]);
      const state = stateRow?.value as MatchIndexState | undefined;
      if (!state?.ready) return undefined;
      words ??= wordsRow?.value as WordCounts | undefined;
      if (!words) return undefined;
      const counts = words;
      // The words' counts give each page word's count, and tell which word pairs no target holds. The other pairs
      // are held in the rows of their words, which are read first, for the pairs' counts (and their lists, inline
      // when they may be walked). A longer list is never walked by the matcher, only measured: common terms cost a
      // count however large the corpus grows.
      const pageTerms = [...new Set(sentenceWords.flatMap((words) => indexTerms(words)))];
      const pairs = pageTerms.filter((term) => !isWord(term) && pairWords(term).every((word) => counts.has(word)));
      const rows = await readWords([...new Set(pairs.flatMap(pairWords))]);
      const lists = new Map<string, HeldList>();
      for (const term of pageTerms) {
        const count = counts.get(term);
        if (count) lists.set(term, { count });
      }
      for (const pair of pairs) {
        const held = pairWords(pair).reduce<HeldList | undefined>((found, word) => found ?? rows.get(word)!.pair(pair), undefined);
        if (held) lists.set(pair, held);
      }
      const pagePostings = new Map([...lists].map(([term, { count }]) => [term, measuredOnly(count)]));
      const index: MatchIndex = { ...itemsRead, targets: [], postings: pagePostings, targetCount: state.targetCount, candidates: new Map() };
      // Only the lists the lookup walks are decoded; the others are measured. A walked word's list comes from its
      // row (read now if no pair of the page had it read), and a walked list too long to be held inline (on a large
      // corpus a sentence walks its rarest lists however long its budget says) from the long lists' table.
      const walked = [...new Set(sentenceWords.flatMap((words) => walkedTerms(index, words).map((w) => w.term)))];
      const keptApart = (term: string) => isLong(lists.get(term)!.count);
      const [walkedRows, long] = await Promise.all([
        readWords(walked.filter((term) => isWord(term) && !keptApart(term) && !rows.has(term))),
        readLongLists(walked.filter(keptApart)),
      ]);
      for (const term of walked) {
        const ids = keptApart(term) ? long.get(term) : isWord(term) ? (rows.get(term) ?? walkedRows.get(term))!.ids : lists.get(term)!.ids;
        pagePostings.set(term, decodePostings(ids!));
      }

      // the targets the matcher will score: the lookup it makes, kept on the index for it (same lists, same weights)
      const ids = [...new Set(sentenceWords.flatMap((words) => findCandidates(index, words).map((c) => c.target)))];
      const read = await readThrough(ids, targets, async (missing) => {
        const rows = await db.matchTargets.bulkGet(missing);
        return rows.map((row, i) => {
          if (!row) throw new Error(`the stored match index names target ${missing[i]} but does not hold it`);
          const { id: _id, ...target } = row;
          return target;
        });
      });
      for (const [id, target] of read) index.targets[id] = target;

      // a target's weight sums its words' weights: their counts, for the words that are not page terms
      const targetWords = [...new Set(ids.flatMap((id) => index.targets[id]!.words))].filter((w) => !pagePostings.has(w));
      index.termCounts = new Map(targetWords.map((w) => [w, counts.get(w) ?? 0]));
      return index;
    });
  }

  return {
    indexFor,
    items: readItems,
    forget() {
      wordRows.clear();
      longLists.clear();
      targets.clear();
      items = undefined;
      words = undefined;
    },
  };
}

/** A list of `count` entries that are not read (a sparse array: its length is all it holds). */
function measuredOnly(count: number): number[] {
  const list: number[] = [];
  list.length = count;
  return list;
}

/** The values of the keys: from the cache, and the rest in one bulk read that then fills the cache. */
async function readThrough<K, V>(keys: readonly K[], cache: BoundedCache<K, V>, read: (missing: K[]) => Promise<V[]>): Promise<Map<K, V>> {
  const out = new Map<K, V>();
  const missing: K[] = [];
  for (const key of keys) {
    const value = cache.get(key);
    if (value === undefined) missing.push(key);
    else out.set(key, value);
  }
  if (missing.length === 0) return out;
  const values = await read(missing);
  missing.forEach((key, i) => {
    out.set(key, values[i]!);
    cache.set(key, values[i]!);
  });
  return out;
}
