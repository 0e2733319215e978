/**
 * The per-site off switch: its state for a page, the paused sites for the options page, and pausing or resuming
 * a site, which clears or analyses again the site's open tabs at once.
 */
import { browser } from 'wxt/browser';
import { siteOf, type SiteState } from '../../core/site';
import { onMessage } from '../../messaging/protocol';
import type { CrosscheckDB } from '../../storage/db';
import { mayAnalyze } from '../../storage/mayAnalyze';
import { isSitePaused, pausedSites, setSitePaused } from '../../storage/siteSettings';
import type { TabSession } from '../../storage/tabSession';
import { switchOff, switchOn } from './tabSwitch';

export function registerSiteSwitch(db: CrosscheckDB, session: TabSession): void {
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
    if (data.paused || resume) await Promise.all(tabs.map((tab) => (data.paused ? switchOff(session, tab.id!) : switchOn(tab.id!))));
    return { site, paused: data.paused };
  });
}
