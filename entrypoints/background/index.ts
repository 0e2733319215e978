import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzePage } from '../../core/analyzePage';
import { parsePageInput } from '../../core/pageInputSchema';
import { withoutDismissedMatches } from '../../core/context/hideDismissed';
import { buildTabResult } from '../../core/tabResult';
import { onMessage } from '../../messaging/protocol';
import { openDatabase } from '../../storage/db';
import { dismissedItems } from '../../storage/dismissals';
import { registerAnnotationHandlers } from './annotationHandlers';
import { clearBadge, showBadge } from './badge';
import { loadedCorpus } from './corpusIndex';
import { mayAnalyze, registerHighlightHandlers } from './highlightHandlers';
import { registerPopupHandlers } from './popupHandlers';
import { registerCorpusHandlers } from './corpusHandlers';
import { rememberTabPage } from './tabPages';
import { forgetTabResult, rememberTabResult, tabResult } from './tabResults';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();

    browser.runtime.onInstalled.addListener(() => {
      void loadedCorpus(db);
    });

    onMessage('requestAnalyzer', async ({ sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !(await mayAnalyze(db, sender.tab?.url))) return false;
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/analyzer.js'],
      });
      return true;
    });

    onMessage('analyzePage', async ({ data, sender }) => {
      const parsed = parsePageInput(data);
      if (!parsed.ok) throw new Error(`Rejected page input: ${parsed.issue.path}: ${parsed.issue.message}`);
      const { corpus, index } = await loadedCorpus(db);
      const analysis = analyzePage(parsed.value, index);
      const tabId = sender.tab?.id;
      // The tab keeps every match (the popup can show a dismissed one again); the page paints only the others.
      const shown = withoutDismissedMatches(analysis, new Set(sender.tab?.url ? await dismissedItems(db, sender.tab.url) : []));
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        await rememberTabResult(buildTabResult(tabId, analysis, corpus));
        await rememberTabPage(tabId, parsed.value);
        await showBadge(tabId, shown);
      }
      return shown;
    });

    onMessage('getTabResult', ({ data }) => tabResult(data.tabId));
    registerHighlightHandlers(db);
    registerPopupHandlers(db);
    registerAnnotationHandlers(db);

    registerCorpusHandlers(db);

    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading' && change.url) {
        void forgetTabResult(tabId);
        void clearBadge(tabId);
      }
    });
    browser.tabs.onRemoved.addListener((tabId) => void forgetTabResult(tabId));
  },
});
