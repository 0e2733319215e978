/**
 * Keeping the stored match index in step with the corpus, inside the caller's transaction: a part's targets get
 * the next free numbers and are appended to the posting lists of their own terms only; removing sources takes
 * their numbers out of their own terms' lists. Term counts (the weights' statistics, and what tells a reader
 * which lists are too long to be worth reading) change with them.
 */
import type { Corpus } from '../core/corpus/model';
import { orderCorpus } from '../core/corpus/orderCorpus';
import { buildPostings } from '../core/match/matchIndex';
import { matchTargets } from '../core/match/matchTargets';
import { decodePostings, encodePostings } from '../core/match/postingsCodec';
import { indexTerms } from '../core/match/terms';
import type { CrosscheckDB, StoredTarget } from './db';
import { matchIndexState, saveMatchIndexState } from './matchIndexState';

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
  const stored = await db.postings.bulkGet(terms);
  await db.postings.bulkPut(terms.map((term, i) => ({ term, ids: encodePostings([...decodeRow(stored[i]), ...added.get(term)!]) })));
  await updateCounts(db, new Map(terms.map((term) => [term, added.get(term)!.length])));
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
    const stored = await db.postings.bulkGet(terms);
    const kept = terms.map((term, i) => ({ term, ids: decodeRow(stored[i]).filter((id) => !removed.get(term)!.has(id)) }));
    await db.postings.bulkDelete(kept.filter((k) => k.ids.length === 0).map((k) => k.term));
    await db.postings.bulkPut(kept.filter((k) => k.ids.length > 0).map((k) => ({ term: k.term, ids: encodePostings(k.ids) })));
    await updateCounts(db, new Map(terms.map((term) => [term, -removed.get(term)!.size])));
    await db.matchTargets.bulkDelete(targets.map((t) => t.id));
  }
  if (targets.length || indexedSources.length !== state.indexedSources.length) {
    await saveMatchIndexState(db, { ...state, targetCount: state.targetCount - targets.length, indexedSources });
  }
}

/** Empties the index (with the corpus: everything the reader stored is deleted). */
export async function clearMatchIndex(db: CrosscheckDB): Promise<void> {
  await Promise.all([db.matchTargets.clear(), db.postings.clear(), db.termCounts.clear()]);
}

async function updateCounts(db: CrosscheckDB, changes: Map<string, number>): Promise<void> {
  const words = [...changes.keys()];
  const stored = await db.termCounts.bulkGet(words);
  const counts = words.map((term, i) => ({ term, count: (stored[i]?.count ?? 0) + changes.get(term)! }));
  await db.termCounts.bulkDelete(counts.filter((c) => c.count <= 0).map((c) => c.term));
  await db.termCounts.bulkPut(counts.filter((c) => c.count > 0));
}

function decodeRow(row: { ids: Uint8Array } | undefined): number[] {
  return row ? decodePostings(row.ids) : [];
}
