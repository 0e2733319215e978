import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzePage, preparePage } from '../../core/analyzePage';
import { contentWords } from '../../core/match/terms';
import { parsePageInput } from '../../core/pageInputSchema';
import { withoutDismissedMatches } from '../../core/context/hideDismissed';
import { buildTabResult, matchedItems } from '../../core/tabResult';
import { onMessage } from '../../messaging/protocol';
import { openDatabase } from '../../storage/db';
import { dismissedItems } from '../../storage/dismissals';
import { registerAnnotationHandlers } from './annotationHandlers';
import { clearBadge, showBadge } from './badge';
import { buildIndexInBackground, pageMatchIndex } from './corpusIndex';
import { mayAnalyze, registerHighlightHandlers } from './highlightHandlers';
import { registerPopupHandlers } from './popupHandlers';
import { registerCorpusHandlers } from './corpusHandlers';
import { rememberTabPage } from './tabPages';
import { forgetTabResult, rememberTabResult, tabResult } from './tabResults';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();

    // The first page to analyse should not wait for the seed corpus: load it (and, for a database from before the
    // index was stored, build the index) as the worker starts.
    void buildIndexInBackground(db);

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
      // read while the page is analysed
      const dismissed = sender.tab?.url ? dismissedItems(db, sender.tab.url) : Promise.resolve([]);
      const prepared = preparePage(parsed.value);
      const index = await pageMatchIndex(db, prepared.toMatch.map((s) => contentWords(s.text)));
      const { corpus } = index;
      const analysis = analyzePage(parsed.value, index, prepared);
      const tabId = sender.tab?.id;
      // Paused while the page was being analysed (the reader switched it off meanwhile): keep and paint nothing.
      if (!(await mayAnalyze(db, sender.tab?.url))) return { ...analysis, matches: [], items: matchedItems([], corpus) };
      // The tab keeps every match (the popup can show a dismissed one again); the page paints only the others.
      const shown = withoutDismissedMatches(analysis, new Set(await dismissed));
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        await Promise.all([rememberTabResult(buildTabResult(tabId, analysis, corpus)), rememberTabPage(tabId, parsed.value), showBadge(tabId, shown)]);
      }
      // the card's items come with the answer: no second round trip before the card can show them
      return { ...shown, items: matchedItems(shown.matches.map((m) => m.itemId), corpus) };
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
