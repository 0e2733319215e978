/**
 * What the in-page highlights need from the background: the corpus items for the hover card, opening the popup
 * from the card, the next/previous-match keyboard commands, and the per-site off switch (which clears or
 * re-runs the highlights in the site's open tabs at once).
 */
import { browser } from 'wxt/browser';
import { siteOf, type SiteState } from '../../core/site';
import { matchedItems } from '../../core/tabResult';
import { onMessage, sendMessage } from '../../messaging/protocol';
import type { CrosscheckDB } from '../../storage/db';
import { isPausedEverywhere } from '../../storage/pauseEverywhere';
import { isSitePaused, pausedSites, setSitePaused } from '../../storage/siteSettings';
import { clearBadge } from './badge';
import { loadedCorpus } from './corpusIndex';
import { forgetTabResult } from './tabResults';

const STEPS = { 'next-match': 1, 'previous-match': -1 } as const;

export function registerHighlightHandlers(db: CrosscheckDB): void {
  onMessage('matchedItems', async ({ data }) => matchedItems(data.itemIds, (await loadedCorpus(db)).corpus));

  onMessage('openPopup', async () => {
    try {
      await browser.action.openPopup();
      return true;
    } catch {
      return false; // browsers that only open it on a click in the toolbar
    }
  });

  onMessage('getSiteState', async ({ data }): Promise<SiteState> => {
    const site = siteOf(data.url);
    return { site, paused: await isSitePaused(db, site) };
  });

  onMessage('listPausedSites', () => pausedSites(db));

  onMessage('setSitePaused', async ({ data }): Promise<SiteState> => {
    const site = siteOf(data.url);
    if (!site) return { site, paused: false };
    await setSitePaused(db, site, data.paused);
    const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && siteOf(tab.url) === site);
    const resume = !data.paused && (await mayAnalyze(db, data.url));
    if (data.paused || resume) await Promise.all(tabs.map((tab) => (data.paused ? switchOff(tab.id!) : switchOn(tab.id!))));
    return { site, paused: data.paused };
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const step = STEPS[command as keyof typeof STEPS];
    if (step === undefined || tab?.id === undefined) return;
    void sendMessage('stepMatch', { step }, tab.id).catch(() => {}); // no analyzer in the tab: nothing to step through
  });
}

/** Whether the analyzer may run in a tab: not when the reader paused Crosscheck everywhere or on the tab's site. */
export async function mayAnalyze(db: CrosscheckDB, tabUrl: string | undefined): Promise<boolean> {
  return !(await isPausedEverywhere(db)) && !(await isSitePaused(db, siteOf(tabUrl)));
}

export async function switchOff(tabId: number): Promise<void> {
  await sendMessage('clearHighlights', undefined, tabId).catch(() => false); // tabs the analyzer never ran in
  await Promise.all([clearBadge(tabId), forgetTabResult(tabId)]);
}

export async function switchOn(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/analyzer.js'] }).catch(() => {});
}
