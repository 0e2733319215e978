/**
 * What the popup, the source view and the first-run page ask the background: corpus search, a source's text,
 * the corpus summary, the "not relevant" marks and the pause-everywhere switch. The first-run page opens on install.
 */
import { browser } from 'wxt/browser';
import { summarizeCorpus } from '../../core/context/corpusSummary';
import type { Corpus } from '../../core/corpus/model';
import { buildCorpusSearch, type CorpusSearch } from '../../core/search/searchCorpus';
import { onMessage } from '../../messaging/protocol';
import type { CrosscheckDB } from '../../storage/db';
import { pageUrl } from '../../core/pageAddress';
import { dismissedItems, setDismissed } from '../../storage/dismissals';
import { isPausedEverywhere, setPausedEverywhere } from '../../storage/pauseEverywhere';
import type { TabSession } from '../../storage/tabSession';
import { loadedCorpus } from './corpusIndex';
import type { LifecycleReactions } from './tabLifecycle';
import { switchOff, switchOn } from './tabSwitch';

export function registerPopupHandlers(db: CrosscheckDB, session: TabSession): void {
  // One search index per loaded corpus: rebuilt only when the corpus itself is reloaded.
  const searches = new WeakMap<Corpus, CorpusSearch>();
  const searchFor = (corpus: Corpus) => {
    let search = searches.get(corpus);
    if (!search) searches.set(corpus, (search = buildCorpusSearch(corpus)));
    return search;
  };

  onMessage('searchCorpus', async ({ data }) => searchFor((await loadedCorpus(db)).corpus)(data.query));

  onMessage('getSource', async ({ data }) => {
    const { corpus } = await loadedCorpus(db);
    const source = corpus.sources.find((s) => s.id === data.sourceId);
    if (!source) return null;
    return { source, passages: corpus.passages.filter((p) => p.sourceId === source.id) };
  });

  onMessage('getCorpusSummary', async () => summarizeCorpus((await loadedCorpus(db)).corpus, new Date()));

  onMessage('getDismissals', ({ data }) => dismissedItems(db, data.url));
  onMessage('setDismissed', async ({ data }) => {
    const items = await setDismissed(db, data.url, data.itemId, data.dismissed);
    // the page's open tabs analyse again, and paint without (or again with) the item
    const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.url && pageUrl(t.url) === pageUrl(data.url));
    await Promise.all(tabs.map((t) => switchOn(t.id!)));
    return items;
  });

  onMessage('getPausedEverywhere', () => isPausedEverywhere(db));
  onMessage('setPausedEverywhere', async ({ data }) => {
    await setPausedEverywhere(db, data.paused);
    // Pausing clears every open tab at once; resuming takes effect as pages load, so no page is read unasked.
    if (data.paused) await Promise.all((await browser.tabs.query({})).filter((t) => t.id !== undefined).map((t) => switchOff(session, t.id!)));
    return data.paused;
  });
}

/** The first-run page opens on install. */
export const welcomeLifecycle: LifecycleReactions = {
  installed: async (reason) => {
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  },
};
