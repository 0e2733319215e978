/**
 * The corpus and the match index as the background uses them. A corpus of up to IN_MEMORY_TARGETS sentences
 * (the seeds and a few packs) is matched against the whole index built in memory once per worker life: reading
 * the stored index costs more per page than that index costs to build. A larger one is matched against one
 * page's part of the index stored in IndexedDB (storage/pageMatchIndex.ts), keeping what it read in bounded
 * caches while the worker lives, so neither the wake nor the worker's memory grows with the corpus. Until the stored index covers the corpus (a database from before it was stored), the index is built
 * in the background and analysis uses the whole index built in memory meanwhile. The whole corpus is read only
 * for what needs every passage: search, a source's text, the summary, and the in-memory index of a small corpus,
 * which reads it from its one-row copy (storage/corpusSnapshot.ts).
 */
import type { Corpus } from '../../core/corpus/model';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { contentWords } from '../../core/text/terms';
import type { CrosscheckDB } from '../../storage/db';
import { loadCorpus, loadSmallCorpus, refreshCorpusSnapshots } from '../../storage/corpusRepository';
import { IN_MEMORY_TARGETS } from '../../storage/corpusSnapshot';
import { buildStoredMatchIndex } from '../../storage/matchIndexBuild';
import { matchIndexState } from '../../storage/matchIndexState';
import { pageIndexReader, type PageIndexReader } from '../../storage/pageMatchIndex';
import { ensureSeedCorpus } from '../../storage/seedLoader';
import type { LifecycleReactions } from './tabLifecycle';

export interface LoadedCorpus {
  corpus: Corpus;
}

let seeding: Promise<void> | undefined;
let loading: Promise<LoadedCorpus> | undefined;
let memoryIndex: { corpus: Corpus; index: MatchIndex } | undefined;
let building: Promise<boolean> | undefined;
let reader: PageIndexReader | undefined;
let corpusSize: Promise<number> | undefined;

/** Until it fails, the seeds are checked once per worker life (and again after the corpus is emptied). */
function seeded(db: CrosscheckDB): Promise<void> {
  return (seeding ??= ensureSeedCorpus(db).catch((error: unknown) => {
    seeding = undefined;
    throw error;
  }));
}

/** How many sentences the stored index counts (infinitely many while it is incomplete), read once per worker life and again once the index is built. */
function storedTargetCount(db: CrosscheckDB): Promise<number> {
  return (corpusSize ??= matchIndexState(db).then((state) => (state.ready ? state.targetCount : Number.POSITIVE_INFINITY)));
}

/** The whole corpus, passages and all: a small one from its one-row copy. */
export function loadedCorpus(db: CrosscheckDB): Promise<LoadedCorpus> {
  loading ??= (async () => {
    await seeded(db);
    return { corpus: (await storedTargetCount(db)) <= IN_MEMORY_TARGETS ? await loadSmallCorpus(db) : await loadCorpus(db) };
  })().catch((error: unknown) => {
    loading = undefined; // let the next request try again
    throw error;
  });
  return loading;
}

/** Starts building the stored index if it does not cover the corpus yet (a no-op once it does). */
export function buildIndexInBackground(db: CrosscheckDB): Promise<boolean> {
  building ??= seeded(db)
    .then(() => buildStoredMatchIndex(db))
    .then((done) => {
      if (!done) building = undefined;
      else {
        // the index counts the corpus now: a small one is matched in memory, a larger one through the stored index
        memoryIndex = undefined;
        corpusSize = undefined;
      }
      return done;
    })
    .catch(() => {
      building = undefined;
      return false;
    });
  return building;
}

/** The match index for a page with these sentences to match (their words are only read for the stored index). */
export async function pageMatchIndex(db: CrosscheckDB, sentences: readonly string[]): Promise<MatchIndex> {
  await seeded(db);
  if ((await storedTargetCount(db)) <= IN_MEMORY_TARGETS) return wholeIndex(db);
  reader ??= pageIndexReader(db);
  const sentenceWords = sentences.map(contentWords);
  const stored = sentenceWords.length ? await reader.indexFor(sentenceWords) : { ...(await reader.items()), targets: [], postings: new Map() };
  if (stored) return stored;
  void buildIndexInBackground(db);
  return wholeIndex(db);
}

/**
 * Starts reading what any page's index needs (a small corpus's whole index; a larger one's items), for a page
 * about to send its article. A failure is left to the page's own analysis, which reads the same and reports it.
 */
export function prepareMatchIndex(db: CrosscheckDB): void {
  void (async () => {
    await seeded(db);
    if ((await storedTargetCount(db)) <= IN_MEMORY_TARGETS) await wholeIndex(db);
    else await (reader ??= pageIndexReader(db)).items();
  })().catch(() => undefined);
}

/** The whole corpus's index, built in memory once per worker life (and again when the corpus changes). */
async function wholeIndex(db: CrosscheckDB): Promise<MatchIndex> {
  const { corpus } = await loadedCorpus(db);
  if (memoryIndex?.corpus !== corpus) memoryIndex = { corpus, index: buildMatchIndex(corpus) };
  return memoryIndex.index;
}

/**
 * After an install or update the corpus's one-row copies are written afresh from its tables (the new code may read
 * them otherwise), as the extension starts rather than when a page wakes the worker.
 */
export function corpusIndexLifecycle(db: CrosscheckDB): LifecycleReactions {
  return {
    installed: async () => {
      await refreshCorpusSnapshots(db);
      invalidateCorpusIndex();
    },
  };
}

export function invalidateCorpusIndex(): void {
  loading = undefined;
  memoryIndex = undefined;
  seeding = undefined;
  building = undefined;
  corpusSize = undefined;
  reader?.forget();
}
