/**
 * One page's part of the stored match index: the page's terms (each one's count, with its posting list when that
 * is short enough to be held inline, decoded only when the matcher walks it, and read apart when it walks a longer one), the targets those lists lead it to, and the counts of their words, read with bulk gets in one read transaction and
 * put together as a MatchIndex the matcher walks exactly as it walks the whole index in memory. The corpus's
 * items (facts, quotes, people, positions) are small and are read whole, once. What was read stays in bounded
 * caches while the worker lives; a corpus change must call `forget`.
 */
import { findCandidates, POSTINGS_BUDGET, walkedTerms } from '../core/match/findCandidates';
import { buildMatchItems, type MatchIndex, type MatchItems, type MatchTarget } from '../core/match/matchIndex';
import { decodePostings } from '../core/match/postingsCodec';
import { indexTerms } from '../core/text/terms';
import { BoundedCache } from './boundedCache';
import { loadCorpusItems } from './corpusRepository';
import type { CrosscheckDB } from './db';
import { isWord, MATCH_INDEX_KEY, WORD_COUNTS_KEY, type MatchIndexState, type WordCounts } from './matchIndexState';

export interface PageIndexReader {
  /** The index for sentences with these content words, or undefined while the stored index is incomplete. */
  indexFor(sentenceWords: readonly (readonly string[])[]): Promise<MatchIndex | undefined>;
  /** The corpus's items, read whole (what a page that is not matched still needs). */
  items(): Promise<MatchItems>;
  /** Drops everything read: the corpus changed. */
  forget(): void;
}

export interface CacheBudgets {
  /** bytes of encoded posting lists kept (a term without a list costs one) */
  terms: number;
  targets: number;
}

const DEFAULT_BUDGETS: CacheBudgets = { terms: 8_000_000, targets: 20_000 };

/** A term as read: its count, and its encoded list when the list is short enough to be held inline or was walked. */
interface TermRow {
  count: number;
  ids?: Uint8Array;
}

export function pageIndexReader(db: CrosscheckDB, budgets: CacheBudgets = DEFAULT_BUDGETS): PageIndexReader {
  // a count of 0 stands for a term the index does not hold, so it is not asked for again
  const terms = new BoundedCache<string, TermRow>(budgets.terms, (row) => (row.ids?.length ?? 0) + 1);
  const targets = new BoundedCache<number, MatchTarget>(budgets.targets);
  let items: Promise<MatchItems> | undefined;
  /** every word's count, read once while the worker lives (undefined: an index stored before they were kept) */
  let words: WordCounts | undefined;

  const readItems = () =>
    (items ??= loadCorpusItems(db)
      .then(buildMatchItems)
      .catch((error: unknown) => {
        items = undefined;
        throw error;
      }));

  const readTerms = (keys: readonly string[]) =>
    readThrough(keys, terms, async (missing) => (await db.postings.bulkGet(missing)).map((row): TermRow => (row ? { count: row.count, ...(row.ids ? { ids: row.ids } : {}) } : { count: 0 })));

  async function indexFor(sentenceWords: readonly (readonly string[])[]): Promise<MatchIndex | undefined> {
    // read before the index's transaction: a transaction must not wait on another one's promise
    const itemsRead = await readItems();
    return db.transaction('r', [db.settings, db.postings, db.longPostings, db.matchTargets], async () => {
      const [stateRow, wordsRow] = await db.settings.bulkGet(words ? [MATCH_INDEX_KEY] : [MATCH_INDEX_KEY, WORD_COUNTS_KEY]);
      const state = stateRow?.value as MatchIndexState | undefined;
      if (!state?.ready) return undefined;
      words ??= wordsRow?.value as WordCounts | undefined;
      const counts = words;
      // The words' counts give each page word's count, and tell which word pairs no target holds: only the other
      // pairs' rows are read first, for their counts (and their lists, held inline when they may be walked). A longer
      // list is never walked by the matcher, only measured: common terms cost a count however large the corpus grows.
      const pageTerms = [...new Set(sentenceWords.flatMap((words) => indexTerms(words)))];
      const rows = new Map<string, TermRow>();
      const toRead: string[] = [];
      for (const term of pageTerms) {
        const known = counts && knownFromWords(term, counts);
        if (known) rows.set(term, known);
        else toRead.push(term);
      }
      for (const [term, row] of await readTerms(toRead)) rows.set(term, row);
      const pagePostings = new Map<string, number[]>();
      for (const term of pageTerms) {
        const count = rows.get(term)!.count;
        if (count > 0) pagePostings.set(term, measuredOnly(count));
      }
      const index: MatchIndex = { ...itemsRead, targets: [], postings: pagePostings, targetCount: state.targetCount, candidates: new Map() };
      // Only the lists the lookup walks are read (a word's, once its sentence is known to walk it) and decoded; the
      // others are measured. A walked list too long to be held inline (on a large corpus a sentence walks its
      // rarest lists however long its budget says) is read apart.
      const walked = [...new Set(sentenceWords.flatMap((words) => walkedTerms(index, words).map((w) => w.term)))];
      await readLists(walked.filter((term) => !rows.get(term)!.ids), rows);
      for (const term of walked) pagePostings.set(term, decodePostings(rows.get(term)!.ids!));

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
      if (counts) index.termCounts = new Map(targetWords.map((w) => [w, counts.get(w) ?? 0]));
      else {
        const wordRows = await readTerms(targetWords);
        index.termCounts = new Map(targetWords.map((w) => [w, wordRows.get(w)!.count]));
      }
      return index;
    });
  }

  /**
   * The lists of these terms, not read yet, kept with their rows: a list short enough to be held inline from its
   * term's row, a longer one from the long lists' table (so is an inline one that turns out not to be there).
   */
  async function readLists(unread: string[], rows: Map<string, TermRow>): Promise<void> {
    const isLong = (term: string) => rows.get(term)!.count > POSTINGS_BUDGET;
    const [inline, long] = await Promise.all([readTerms(unread.filter((term) => !isLong(term))), readLongLists(unread.filter(isLong), rows)]);
    const notInline = [...inline].filter(([, row]) => !row.ids).map(([term]) => term);
    for (const [term, row] of [...inline, ...long, ...(await readLongLists(notInline, rows))]) if (row.ids) rows.set(term, row);
  }

  /** The long lists of these terms, from their table (or the cache), kept in the cache with their counts. */
  async function readLongLists(long: string[], rows: Map<string, TermRow>): Promise<Map<string, TermRow>> {
    const out = new Map<string, TermRow>();
    const missing = long.filter((term) => {
      const cached = terms.get(term);
      if (cached?.ids) out.set(term, cached);
      return !cached?.ids;
    });
    if (missing.length === 0) return out;
    const read = await db.longPostings.bulkGet(missing);
    missing.forEach((term, i) => {
      const ids = read[i]?.ids;
      if (!ids) throw new Error(`the stored match index counts term "${term}" but does not hold its list`);
      const row = { count: rows.get(term)!.count, ids };
      out.set(term, row);
      terms.set(term, row);
    });
    return out;
  }

  return {
    indexFor,
    items: readItems,
    forget() {
      terms.clear();
      targets.clear();
      items = undefined;
      words = undefined;
    },
  };
}

/**
 * What the words' counts tell of a term's row without reading it: a word's count (its list is read only if a
 * sentence walks it), or the absence of a pair one of whose words no target holds. Undefined for the other pairs.
 */
function knownFromWords(term: string, counts: WordCounts): TermRow | undefined {
  if (isWord(term)) return { count: counts.get(term) ?? 0 };
  const space = term.indexOf(' ');
  return counts.has(term.slice(0, space)) && counts.has(term.slice(space + 1)) ? undefined : { count: 0 };
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
