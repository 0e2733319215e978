/**
 * The popup as it runs for a real page in the component tests: the page analysed against the corpus built
 * from the seeds, the background's answers computed by the same core functions, "not relevant" and the
 * pause-everywhere switch kept in IndexedDB (fake-indexeddb) through the real storage modules. Only what
 * happens inside the browser tab (scrolling, saving into the annotations store) is recorded instead.
 */
import type { PauseState, PopupApi } from '../../components/popup/popupApi';
import { analyzePage } from '../../core/analyzePage';
import type { Corpus } from '../../core/corpus/model';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { buildCorpusSearch } from '../../core/search/searchCorpus';
import { siteOf } from '../../core/site';
import { buildTabResult, type TabResult } from '../../core/tabResult';
import type { SaveAnnotationRequest } from '../../messaging/protocol';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';
import { listAnnotationListings } from '../../storage/annotationRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { dismissedItems, setDismissed } from '../../storage/dismissals';
import { addPageSource, corpusChangeResult } from '../../storage/corpusImport';
import { isPausedEverywhere, setPausedEverywhere } from '../../storage/pauseEverywhere';
import { fixtureText } from './analyzeFixtures';

let seed: { corpus: Corpus; index: MatchIndex } | undefined;
export function seedCorpus(): { corpus: Corpus; index: MatchIndex } {
  if (!seed) {
    const corpus = loadSeedCorpusFromDisk();
    seed = { corpus, index: buildMatchIndex(corpus) };
  }
  return seed;
}

export function tabResultFor(split: 'devset' | 'heldout', prefix: string, overrides: { published?: string } = {}): TabResult {
  const { corpus, index } = seedCorpus();
  const input = { ...fixtureText(split, prefix), ...overrides };
  return buildTabResult(1, analyzePage(input, index), corpus);
}

export interface RecordingApi extends PopupApi {
  scrolled: number[];
  saved: SaveAnnotationRequest[];
  /** what the background does when it stores a new result for the tab */
  storeTabResult(result: TabResult | null): void;
  /** how often the popup asked to save the page's selection */
  selectionSaves: number;
  /** the database behind the dismissals, the pause switch and the page's annotations */
  db: CrosscheckDB;
  /** what the popup reported as failed */
  failures: { place: string; error: unknown }[];
}

let dbCount = 0;

export function popupApiFor(initial: TabResult | null, url = initial?.analysis.url ?? 'https://news.example/story'): RecordingApi {
  let result = initial;
  const db = openDatabase(`popup-test-${++dbCount}`);
  const search = buildCorpusSearch(seedCorpus().corpus);
  let pausedHere = false;
  const watchers = new Set<(result: TabResult | null) => void>();
  const site = siteOf(url);
  const pauseState = async (): Promise<PauseState> => ({ site, pausedHere, pausedEverywhere: await isPausedEverywhere(db) });
  const api: RecordingApi = {
    tab: { id: 1, url, title: initial?.analysis.title },
    scrolled: [],
    saved: [],
    selectionSaves: 0,
    db,
    failures: [],
    tabResult: async () => result,
    watchTabResult: (onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    storeTabResult: (next) => {
      result = next;
      for (const watcher of watchers) watcher(next);
    },
    dismissals: () => dismissedItems(db, url),
    setDismissed: (itemId, dismissed) => setDismissed(db, url, itemId, dismissed),
    scrollToMatch: async (sentenceIndex) => {
      api.scrolled.push(sentenceIndex);
      return true;
    },
    saveAnnotation: async (request) => {
      api.saved.push(request);
      return { id: `urn:uuid:${api.saved.length}` };
    },
    pageAnnotations: () => listAnnotationListings(db, { url }),
    saveSelection: async () => {
      api.selectionSaves++;
      return true;
    },
    searchCorpus: async (query) => search(query),
    // The background adds the article the tab was analysed as; here, the page's matched sentences stand for it.
    addPageToCorpus: () =>
      corpusChangeResult(() =>
        addPageSource(db, { title: result?.analysis.title ?? '', url, text: (result?.analysis.matches ?? []).map((m) => m.sentence).join('\n\n') }),
      ),
    pauseState,
    setPaused: async (scope, paused) => {
      if (scope === 'everywhere') await setPausedEverywhere(db, paused);
      else pausedHere = paused;
      return pauseState();
    },
    reportFailure: (place, error) => api.failures.push({ place, error }),
  };
  return api;
}
