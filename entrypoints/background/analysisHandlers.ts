/**
 * A page's analysis: the content script's request for the analyzer, the analyzer's article (detected, matched,
 * kept for the tab, counted on the badge, answered with the matches to paint and the items behind them), and
 * the popup's request for the tab's result.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageAnalysis } from '../../core/analysis';
import { analyzePageInParts, preparePage } from '../../core/analyzePage';
import type { Corpus } from '../../core/corpus/model';
import { withoutDismissedMatches } from '../../core/context/hideDismissed';
import { parsePageInput } from '../../core/pageInputSchema';
import { buildTabResult, matchedItems } from '../../core/tabResult';
import { afterReply } from '../../messaging/afterReply';
import { onMessage, sendMessage } from '../../messaging/protocol';
import type { CrosscheckDB } from '../../storage/db';
import { dismissedItems } from '../../storage/dismissals';
import { mayAnalyze } from '../../storage/mayAnalyze';
import type { TabSession } from '../../storage/tabSession';
import { showBadge } from './badge';
import { pageMatchIndex, prepareMatchIndex } from './corpusIndex';

/** how long after its answer a page's result is written to storage.session: after the page's painting, which it would slow down on a busy machine */
const PERSIST_AFTER_MS = 1000;

export function registerAnalysisHandlers(db: CrosscheckDB, session: TabSession): void {
  onMessage('requestAnalyzer', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !(await mayAnalyze(db, sender.tab?.url))) return false;
    // the article comes back in tens of milliseconds: the corpus is read meanwhile, not after it
    prepareMatchIndex(db);
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/analyzer.js'],
    });
    return true;
  });

  onMessage('analyzePage', async ({ data, sender }) => {
    const { requestId, ...page } = data;
    const parsed = parsePageInput(page);
    if (!parsed.ok) throw new Error(`Rejected page input: ${parsed.issue.path}: ${parsed.issue.message}`);
    // read while the page is analysed
    const dismissed = sender.tab?.url ? dismissedItems(db, sender.tab.url) : Promise.resolve([]);
    const prepared = preparePage(parsed.value);
    const { analysis, index } = await analyzePageInParts(
      parsed.value,
      prepared,
      (sentences) => pageMatchIndex(db, sentences),
      (first, { corpus }) => sendFirstMatches(first, corpus, sender, typeof requestId === 'string' ? requestId.slice(0, 64) : undefined, dismissed),
    );
    const { corpus } = index;
    const tabId = sender.tab?.id;
    // Paused while the page was being analysed (the reader switched it off meanwhile): keep and paint nothing.
    if (!(await mayAnalyze(db, sender.tab?.url))) return { ...analysis, matches: [], items: matchedItems([], corpus) };
    // The tab keeps every match (the popup can show a dismissed one again); the page paints only the others.
    const shown = withoutDismissedMatches(analysis, new Set(await dismissed));
    if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
      const record = { result: buildTabResult(tabId, analysis, corpus), page: parsed.value };
      session.keep(tabId, record);
      // Counted on the badge once the answer is on its way to the page, and written to storage.session a second
      // later, once the page has painted: the highlights need neither, and only a worker that was stopped meanwhile
      // (after 30 s idle) reads the result from storage.session. A tab that moved on meanwhile gets neither.
      afterReply(async () => {
        if (session.holds(tabId, record)) await showBadge(tabId, shown);
      });
      afterReply(async () => {
        if (session.holds(tabId, record)) await session.persist(tabId, record);
      }, PERSIST_AFTER_MS);
    }
    // the card's items come with the answer: no second round trip before the card can show them
    return { ...shown, items: matchedItems(shown.matches.map((m) => m.itemId), corpus) };
  });

  onMessage('getTabResult', ({ data }) => session.result(data.tabId));
}

/**
 * A long page's first matches, sent to the frame that asked while the rest is read: what the reader sees first is
 * painted first. The whole answer follows and replaces them; a frame that has moved on meanwhile ignores them.
 */
async function sendFirstMatches(first: PageAnalysis, corpus: Corpus, sender: Browser.runtime.MessageSender, requestId: string | undefined, dismissed: Promise<string[]>): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || requestId === undefined) return;
  const shown = withoutDismissedMatches(first, new Set(await dismissed));
  if (!shown.matches.length) return;
  const items = matchedItems(shown.matches.map((m) => m.itemId), corpus);
  // Sent, not waited for: the rest of the page is read meanwhile. The message leaves in the messaging's first
  // microtask, before the analysis, which awaits this function, takes the thread again.
  void sendMessage('firstMatches', { requestId, matches: shown.matches, items }, { tabId, frameId: sender.frameId ?? 0 }).catch(() => undefined); // a frame gone meanwhile
}
