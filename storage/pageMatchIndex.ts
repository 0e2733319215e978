/**
 * One page's part of the stored match index: the counts of the page's terms, the posting lists of those short
 * enough for the matcher to walk, the targets those lists lead it to, and the counts of those targets' words, read with bulk gets in one read transaction and
 * put together as a MatchIndex the matcher walks exactly as it walks the whole index in memory. The corpus's
 * items (facts, quotes, people, positions) are small and are read whole, once. What was read stays in bounded
 * caches while the worker lives; a corpus change must call `forget`.
 */
import { findCandidates, POSTINGS_BUDGET } from '../core/match/findCandidates';
import { buildMatchItems, type MatchIndex, type MatchItems, type MatchTarget } from '../core/match/matchIndex';
import { decodePostings } from '../core/match/postingsCodec';
import { indexTerms } from '../core/match/terms';
import { BoundedCache } from './boundedCache';
import { loadCorpusItems } from './corpusRepository';
import type { CrosscheckDB } from './db';
import { matchIndexState } from './matchIndexState';

export interface PageIndexReader {
  /** The index for sentences with these content words, or undefined while the stored index is incomplete. */
  indexFor(sentenceWords: readonly (readonly string[])[]): Promise<MatchIndex | undefined>;
  /** The corpus's items, read whole (what a page that is not matched still needs). */
  items(): Promise<MatchItems>;
  /** Drops everything read: the corpus changed. */
  forget(): void;
}

export interface CacheBudgets {
  /** posting-list entries kept (about 8 bytes each) */
  postings: number;
  targets: number;
  termCounts: number;
}

const DEFAULT_BUDGETS: CacheBudgets = { postings: 2_000_000, targets: 20_000, termCounts: 200_000 };

export function pageIndexReader(db: CrosscheckDB, budgets: CacheBudgets = DEFAULT_BUDGETS): PageIndexReader {
  // a count of 0 stands for a term the index does not hold, so it is not asked for again
  const postings = new BoundedCache<string, number[]>(budgets.postings, (list) => list.length + 1);
  const targets = new BoundedCache<number, MatchTarget>(budgets.targets);
  const termCounts = new BoundedCache<string, number>(budgets.termCounts);
  let items: Promise<MatchItems> | undefined;

  const readItems = () =>
    (items ??= loadCorpusItems(db)
      .then(buildMatchItems)
      .catch((error: unknown) => {
        items = undefined;
        throw error;
      }));

  async function indexFor(sentenceWords: readonly (readonly string[])[]): Promise<MatchIndex | undefined> {
    // read before the index's transaction: a transaction must not wait on another one's promise
    const itemsRead = await readItems();
    return db.transaction('r', [db.settings, db.postings, db.matchTargets, db.termCounts], async () => {
      const state = await matchIndexState(db);
      if (!state.ready) return undefined;
      const terms = [...new Set(sentenceWords.flatMap((words) => indexTerms(words)))];
      const counts = await readThrough(terms, termCounts, async (missing) => (await db.termCounts.bulkGet(missing)).map((row) => row?.count ?? 0));
      // A list longer than a sentence's whole postings budget is never walked by the matcher, only measured:
      // common terms cost a count, not their list, however large the corpus grows.
      const walked = terms.filter((term) => counts.get(term)! > 0 && counts.get(term)! <= POSTINGS_BUDGET);
      const lists = await readThrough(walked, postings, async (missing) => {
        const rows = await db.postings.bulkGet(missing);
        return rows.map((row) => (row ? decodePostings(row.ids) : []));
      });
      const pagePostings = new Map<string, number[]>();
      for (const term of terms) {
        const count = counts.get(term)!;
        if (count > 0) pagePostings.set(term, lists.get(term) ?? measuredOnly(count));
      }
      const index: MatchIndex = { ...itemsRead, targets: [], postings: pagePostings, targetCount: state.targetCount };

      // the targets the matcher will score: the same lookup it makes, on the same lists and weights
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
      const words = [...new Set(ids.flatMap((id) => index.targets[id]!.words))].filter((w) => !pagePostings.has(w));
      index.termCounts = await readThrough(words, termCounts, async (missing) => (await db.termCounts.bulkGet(missing)).map((row) => row?.count ?? 0));
      return index;
    });
  }

  return {
    indexFor,
    items: readItems,
    forget() {
      postings.clear();
      targets.clear();
      termCounts.clear();
      items = undefined;
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
