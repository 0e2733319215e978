/**
 * Keeping the stored match index in step with the corpus, inside the caller's transaction: a part's targets get
 * the next free numbers and are appended to the posting lists of their own terms only; removing sources takes
 * their numbers out of their own terms' lists. Each term's count (the weights' statistics) is kept with its list;
 * a list longer than a sentence's postings budget is kept apart, so reading a term reads it only when it is walked.
 */
import type { Corpus } from '../core/corpus/model';
import { orderCorpus } from '../core/corpus/orderCorpus';
import { POSTINGS_BUDGET } from '../core/match/findCandidates';
import { buildPostings } from '../core/match/matchIndex';
import { matchTargets } from '../core/match/matchTargets';
import { decodePostings, encodePostings } from '../core/match/postingsCodec';
import { indexTerms } from '../core/text/terms';
import type { CrosscheckDB, StoredTarget } from './db';
import { isWord, matchIndexState, saveMatchIndexState, saveWordCounts, wordCounts } from './matchIndexState';

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
  const terms = [...added.keys()];
  const { lists, long } = await readLists(db, terms);
  const written: Array<[string, number[]]> = terms.map((term, i) => [term, [...lists[i]!, ...added.get(term)!]]);
  await writeLists(db, written, long);
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
    const terms = [...removed.keys()];
    const { lists, long } = await readLists(db, terms);
    const written: Array<[string, number[]]> = terms.map((term, i) => [term, lists[i]!.filter((id) => !removed.get(term)!.has(id))]);
    await writeLists(db, written, long);
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
async function countWords(db: CrosscheckDB, lists: ReadonlyArray<[string, number[]]>, emptyBefore: boolean): Promise<void> {
  const counts = (await wordCounts(db)) ?? (emptyBefore ? new Map<string, number>() : undefined);
  if (!counts) return;
  for (const [term, ids] of lists) {
    if (!isWord(term)) continue;
    if (ids.length) counts.set(term, ids.length);
    else counts.delete(term);
  }
  await saveWordCounts(db, counts);
}

/** The terms' whole lists, and which of them were long (kept apart). */
async function readLists(db: CrosscheckDB, terms: string[]): Promise<{ lists: number[][]; long: Set<string> }> {
  const rows = await db.postings.bulkGet(terms);
  const long = new Set(terms.filter((_, i) => rows[i] && !rows[i]!.ids));
  const longRows = new Map((await db.longPostings.bulkGet([...long])).map((row) => [row!.term, row!.ids]));
  return { lists: terms.map((term, i) => (rows[i] ? decodePostings(rows[i]!.ids ?? longRows.get(term)!) : [])), long };
}

/** Writes the terms' new lists: a short one inline with its count, a long one apart; an empty one goes. */
async function writeLists(db: CrosscheckDB, lists: Array<[string, number[]]>, wasLong: ReadonlySet<string>): Promise<void> {
  const short = lists.filter(([, ids]) => ids.length > 0 && ids.length <= POSTINGS_BUDGET);
  const long = lists.filter(([, ids]) => ids.length > POSTINGS_BUDGET);
  await db.postings.bulkDelete(lists.filter(([, ids]) => ids.length === 0).map(([term]) => term));
  await db.postings.bulkPut([
    ...short.map(([term, ids]) => ({ term, count: ids.length, ids: encodePostings(ids) })),
    ...long.map(([term, ids]) => ({ term, count: ids.length })),
  ]);
  await db.longPostings.bulkPut(long.map(([term, ids]) => ({ term, ids: encodePostings(ids) })));
  await db.longPostings.bulkDelete(lists.filter(([term, ids]) => wasLong.has(term) && ids.length <= POSTINGS_BUDGET).map(([term]) => term));
}
