/**
 * A page's analysis: the content script's request for the analyzer, the analyzer's article (detected, matched,
 * kept for the tab, counted on the badge, answered with the matches to paint and the items behind them), and
 * the popup's request for the tab's result.
 */
import { browser } from 'wxt/browser';
import { analyzePage, preparePage } from '../../core/analyzePage';
import { withoutDismissedMatches } from '../../core/context/hideDismissed';
import { parsePageInput } from '../../core/pageInputSchema';
import { buildTabResult, matchedItems } from '../../core/tabResult';
import { afterReply } from '../../messaging/afterReply';
import { onMessage } from '../../messaging/protocol';
import type { CrosscheckDB } from '../../storage/db';
import { dismissedItems } from '../../storage/dismissals';
import { mayAnalyze } from '../../storage/mayAnalyze';
import type { TabSession } from '../../storage/tabSession';
import { showBadge } from './badge';
import { pageMatchIndex } from './corpusIndex';

export function registerAnalysisHandlers(db: CrosscheckDB, session: TabSession): void {
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
    const index = await pageMatchIndex(db, prepared.toMatch.map((s) => s.text));
    const { corpus } = index;
    const analysis = analyzePage(parsed.value, index, prepared);
    const tabId = sender.tab?.id;
    // Paused while the page was being analysed (the reader switched it off meanwhile): keep and paint nothing.
    if (!(await mayAnalyze(db, sender.tab?.url))) return { ...analysis, matches: [], items: matchedItems([], corpus) };
    // The tab keeps every match (the popup can show a dismissed one again); the page paints only the others.
    const shown = withoutDismissedMatches(analysis, new Set(await dismissed));
    if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
      const record = { result: buildTabResult(tabId, analysis, corpus), page: parsed.value };
      session.keep(tabId, record);
      // Written to storage.session and counted on the badge once the answer is on its way to the page: the
      // highlights need neither. A tab that moved on meanwhile (navigated, closed) gets neither.
      afterReply(async () => {
        if (session.holds(tabId, record)) await Promise.all([session.persist(tabId, record), showBadge(tabId, shown)]);
      });
    }
    // the card's items come with the answer: no second round trip before the card can show them
    return { ...shown, items: matchedItems(shown.matches.map((m) => m.itemId), corpus) };
  });

  onMessage('getTabResult', ({ data }) => session.result(data.tabId));
}
