/**
 * What the stored match index covers, kept in settings and written in the same transaction as the index: the
 * next free target number, how many targets there are (the weights' corpus size), which sources are in it, and
 * whether every source is (a database from before the stored index is not, until matchIndexBuild has run).
 */
import type { CrosscheckDB } from './db';

export interface MatchIndexState {
  ready: boolean;
  nextTargetId: number;
  targetCount: number;
  indexedSources: string[];
}

export const MATCH_INDEX_KEY = 'matchIndex';

export async function matchIndexState(db: CrosscheckDB): Promise<MatchIndexState> {
  const row = await db.settings.get(MATCH_INDEX_KEY);
  return (row?.value as MatchIndexState | undefined) ?? { ready: false, nextTargetId: 0, targetCount: 0, indexedSources: [] };
}

/** Whether the index `state` describes holds every source the corpus has now (read in the caller's transaction). */
export async function coversEverySource(db: CrosscheckDB, state: MatchIndexState): Promise<boolean> {
  const indexed = new Set(state.indexedSources);
  return ((await db.sources.toCollection().primaryKeys()) as string[]).every((id) => indexed.has(id));
}

export async function saveMatchIndexState(db: CrosscheckDB, state: MatchIndexState): Promise<void> {
  await db.settings.put({ key: MATCH_INDEX_KEY, value: state });
}

/**
 * How many targets hold each word (the index's unigram terms), in one row beside the state, kept current in the
 * same transactions as the posting lists. A cold read takes every word's count from it in one get: it needs no
 * row for a word's weight, for a word whose list is too long to be walked, or for a word or word pair the corpus
 * does not hold. Should it be missing, the stored index is not read until matchIndexBuild has written it again.
 */
export const WORD_COUNTS_KEY = 'matchIndexWords';

export type WordCounts = Map<string, number>;

export async function wordCounts(db: CrosscheckDB): Promise<WordCounts | undefined> {
  return (await db.settings.get(WORD_COUNTS_KEY))?.value as WordCounts | undefined;
}

/** Whether the words' counts are kept, asked without reading them (a large corpus's row holds every word). */
export async function hasWordCounts(db: CrosscheckDB): Promise<boolean> {
  return (await db.settings.where('key').equals(WORD_COUNTS_KEY).count()) > 0;
}

export async function saveWordCounts(db: CrosscheckDB, counts: WordCounts): Promise<void> {
  await db.settings.put({ key: WORD_COUNTS_KEY, value: counts });
}

/** A unigram term (a word); the index's other terms are word pairs, "a b". */
export function isWord(term: string): boolean {
  return !term.includes(' ');
}

/** The tables a corpus write touches: the index and its state are written in the same transaction as the corpus. */
export function matchIndexTables(db: CrosscheckDB) {
  return [db.matchTargets, db.matchWords, db.longPostings, db.settings];
}
