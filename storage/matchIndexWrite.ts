/**
 * Keeping the stored match index in step with the corpus, inside the caller's transaction: a part's targets get
 * the next free numbers and are appended to the posting lists of their own terms only; removing sources takes
 * their numbers out of their own terms' lists. A term's list is kept in its word's row, a pair's in the row of one
 * of its two words (storage/matchWordRow.ts), so a change rewrites the rows of its own words only; each term's count
 * (the weights' statistics) is kept with its list, and a list longer than a sentence's postings budget is kept
 * apart, so reading a row reads it only when it is walked.
 */
import type { Corpus } from '../core/corpus/model';
import { orderCorpus } from '../core/corpus/orderCorpus';
import { buildPostings } from '../core/match/matchIndex';
import { matchTargets } from '../core/match/matchTargets';
import { decodePostings, encodePostings } from '../core/match/postingsCodec';
import { indexTerms } from '../core/text/terms';
import type { CrosscheckDB, StoredTarget } from './db';
import { isWord, matchIndexState, saveMatchIndexState, saveWordCounts, wordCounts } from './matchIndexState';
import { isLong, pairWords, storedWord, wordLists, type HeldList, type WordLists } from './matchWordRow';

/** Indexes the part's sources that the index does not hold yet. */
export async function indexCorpusPart(db: CrosscheckDB, part: Corpus): Promise<void> {
  const state = await matchIndexState(db);
  const indexed = new Set(state.indexedSources);
  const fresh = part.sources.filter((s) => !indexed.has(s.id));
  if (fresh.length === 0) return;
  const ids = new Set(fresh.map((s) => s.id));
  const targets = matchTargets(orderCorpus({ ...part, sources: fresh, passages: part.passages.filter((p) => ids.has(p.sourceId)) }));
  const first = state.nextTargetId;
  const added = buildPostings(targets, first);
  const written = await changeLists(db, added, (list, term) => [...list, ...added.get(term)!]);
  await countWords(db, written, state.targetCount === 0);
  await db.matchTargets.bulkPut(targets.map(({ folded: _folded, weight: _weight, ...t }, i): StoredTarget => ({ ...t, id: first + i })));
  await saveMatchIndexState(db, {
    ...state,
    nextTargetId: first + targets.length,
    targetCount: state.targetCount + targets.length,
    indexedSources: [...state.indexedSources, ...ids],
  });
}

/** Takes the sources' targets out of the index. */
export async function unindexSources(db: CrosscheckDB, sourceIds: readonly string[]): Promise<void> {
  const targets = await db.matchTargets.where('sourceId').anyOf(sourceIds).toArray();
  const state = await matchIndexState(db);
  const gone = new Set(sourceIds);
  const indexedSources = state.indexedSources.filter((id) => !gone.has(id));
  if (targets.length) {
    const removed = new Map<string, Set<number>>();
    for (const target of targets) {
      for (const term of indexTerms(target.words)) {
        const set = removed.get(term);
        if (set) set.add(target.id);
        else removed.set(term, new Set([target.id]));
      }
    }
    const written = await changeLists(db, removed, (list, term) => list.filter((id) => !removed.get(term)!.has(id)));
    await countWords(db, written, false);
    await db.matchTargets.bulkDelete(targets.map((t) => t.id));
  }
  if (targets.length || indexedSources.length !== state.indexedSources.length) {
    await saveMatchIndexState(db, { ...state, targetCount: state.targetCount - targets.length, indexedSources });
  }
}

/**
 * Keeps the words' counts in step with their new lists. A database whose index predates the counts' row gets
 * it from matchIndexBuild, not from a write that sees only its own terms (unless the index was empty).
 */
async function countWords(db: CrosscheckDB, words: ReadonlyMap<string, number>, emptyBefore: boolean): Promise<void> {
  const counts = (await wordCounts(db)) ?? (emptyBefore ? new Map<string, number>() : undefined);
  if (!counts) return;
  for (const [word, count] of words) {
    if (count) counts.set(word, count);
    else counts.delete(word);
  }
  await saveWordCounts(db, counts);
}

/**
 * Gives each of these terms the list `change` makes of its whole list, in the rows of the terms' words: a pair stays
 * in the row that holds it, and a new one goes to the row of its rarer word (of its first, when they are as common).
 * The words' new counts.
 */
async function changeLists(db: CrosscheckDB, terms: ReadonlyMap<string, unknown>, change: (list: number[], term: string) => number[]): Promise<Map<string, number>> {
  const words = [...new Set([...terms.keys()].flatMap((term) => (isWord(term) ? [term] : pairWords(term))))];
  const rows = new Map((await db.matchWords.bulkGet(words)).map((row, i) => [words[i]!, wordLists(row, words[i]!)]));
  const holderOf = (term: string): WordLists | undefined => {
    if (isWord(term)) return rows.get(term)!;
    const [first, second] = pairWords(term);
    return [rows.get(first)!, rows.get(second)!].find((row) => row.pairs.has(term));
  };
  const heldBefore = (term: string): HeldList | undefined => {
    const row = holderOf(term);
    return row && (isWord(term) ? row.own : row.pairs.get(term));
  };
  // the old lists: inline ones from their rows, long ones from their table
  const wasLong = [...terms.keys()].filter((term) => isLong(heldBefore(term)?.count ?? 0));
  const longRows = await db.longPostings.bulkGet(wasLong);
  const longBefore = new Map(wasLong.map((term, i) => [term, longRows[i]!.ids]));
  const lists = new Map<string, number[]>();
  for (const term of terms.keys()) {
    const before = heldBefore(term);
    const bytes = before && (before.ids ?? longBefore.get(term));
    lists.set(term, change(bytes ? decodePostings(bytes) : [], term));
  }
  // the words first: a new pair goes to the row of its rarer word as the counts now are
  const counts = new Map<string, number>();
  for (const [term, list] of lists) {
    if (!isWord(term)) continue;
    rows.get(term)!.own = held(list);
    counts.set(term, list.length);
  }
  const countOf = (word: string) => rows.get(word)!.own.count;
  for (const [term, list] of lists) {
    if (isWord(term)) continue;
    const [first, second] = pairWords(term);
    const holder = holderOf(term) ?? (countOf(second) < countOf(first) ? rows.get(second)! : rows.get(first)!);
    if (list.length) holder.pairs.set(term, held(list));
    else holder.pairs.delete(term);
  }
  await db.matchWords.bulkDelete([...rows.values()].filter((row) => row.own.count === 0 && row.pairs.size === 0).map((row) => row.word));
  await db.matchWords.bulkPut([...rows.values()].filter((row) => row.own.count > 0 || row.pairs.size > 0).map(storedWord));
  const long = [...lists].filter(([, list]) => isLong(list.length));
  await db.longPostings.bulkPut(long.map(([term, list]) => ({ term, ids: encodePostings(list) })));
  await db.longPostings.bulkDelete(wasLong.filter((term) => !isLong(lists.get(term)!.length)));
  return counts;
}

/** A list as its row holds it: inline when short enough, else only its count (the list goes to its own table). */
function held(list: readonly number[]): HeldList {
  return isLong(list.length) ? { count: list.length } : { count: list.length, ...(list.length ? { ids: encodePostings(list) } : {}) };
}
