/**
 * The in-memory match index, built from the corpus in IndexedDB the first time it is needed after the
 * service worker wakes, and rebuilt after the corpus changes.
 */
import type { Corpus } from '../../core/corpus/model';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import type { CrosscheckDB } from '../../storage/db';
import { loadCorpus } from '../../storage/corpusRepository';
import { ensureSeedCorpus } from '../../storage/seedLoader';

export interface LoadedCorpus {
  corpus: Corpus;
  index: MatchIndex;
}

let loading: Promise<LoadedCorpus> | undefined;

export function loadedCorpus(db: CrosscheckDB): Promise<LoadedCorpus> {
  loading ??= (async () => {
    await ensureSeedCorpus(db);
    const corpus = await loadCorpus(db);
    return { corpus, index: buildMatchIndex(corpus) };
  })().catch((error: unknown) => {
    loading = undefined; // let the next request try again
    throw error;
  });
  return loading;
}

export function invalidateCorpusIndex(): void {
  loading = undefined;
}
