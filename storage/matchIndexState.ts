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

export async function saveMatchIndexState(db: CrosscheckDB, state: MatchIndexState): Promise<void> {
  await db.settings.put({ key: MATCH_INDEX_KEY, value: state });
}

/** The tables a corpus write touches: the index and its state are written in the same transaction as the corpus. */
export function matchIndexTables(db: CrosscheckDB) {
  return [db.matchTargets, db.postings, db.longPostings, db.settings];
}
