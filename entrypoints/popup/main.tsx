/** Wiring: the active tab, the popup's requests as messages to the background and the tab, and the render. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PauseState, PopupApi } from '../../components/popup/popupApi';
import { pageUrl } from '../../core/pageAddress';
import { siteOf } from '../../core/site';
import { tabResultStorageKey, type TabResult } from '../../core/tabResult';
import { sendMessage } from '../../messaging/protocol';
import { reportFailure } from '../../messaging/reportFailure';

async function popupApi(): Promise<PopupApi> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id ?? -1;
  const url = tab?.url;
  const pauseState = async (): Promise<PauseState> => {
    const [everywhere, here] = await Promise.all([
      sendMessage('getPausedEverywhere', undefined),
      url && siteOf(url) ? sendMessage('getSiteState', { url }) : Promise.resolve({ site: null, paused: false }),
    ]);
    return { site: here.site, pausedHere: here.paused, pausedEverywhere: everywhere };
  };
  return {
    tab: { id: tabId, url, title: tab?.title },
    tabResult: () => (tabId < 0 ? Promise.resolve(null) : sendMessage('getTabResult', { tabId })),
    watchTabResult: (onChange) => {
      const key = tabResultStorageKey(tabId);
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && key in changes) onChange((changes[key]!.newValue as TabResult | undefined) ?? null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    dismissals: () => (url ? sendMessage('getDismissals', { url }) : Promise.resolve([])),
    setDismissed: (itemId, dismissed) => sendMessage('setDismissed', { url: url ?? '', itemId, dismissed }),
    scrollToMatch: (sentenceIndex) => sendMessage('scrollToMatch', { sentenceIndex }, tabId),
    saveAnnotation: (request) => sendMessage('saveAnnotation', request),
    pageAnnotations: () => (url && /^https?:/.test(url) ? sendMessage('listAnnotations', { url: pageUrl(url) }) : Promise.resolve([])),
    saveSelection: () => sendMessage('saveSelectionInTab', { tabId }),
    searchCorpus: (query) => sendMessage('searchCorpus', { query }),
    addPageToCorpus: () => sendMessage('addTabAsSource', { tabId }),
    pauseState,
    setPaused: async (scope, paused) => {
      if (scope === 'everywhere') await sendMessage('setPausedEverywhere', { paused });
      else if (url) await sendMessage('setSitePaused', { url, paused });
      return pauseState();
    },
    reportFailure: (place, error) => reportFailure(place)(error),
  };
}

void popupApi().then((api) => render(<PopupApp api={api} />, document.getElementById('app')!));
