/** Whether the analyzer may run on a page: not when the reader paused Crosscheck everywhere or on the page's site. */
import { siteOf } from '../core/site';
import type { CrosscheckDB } from './db';
import { isPausedEverywhere } from './pauseEverywhere';
import { isSitePaused } from './siteSettings';

export async function mayAnalyze(db: CrosscheckDB, url: string | undefined): Promise<boolean> {
  const [everywhere, site] = await Promise.all([isPausedEverywhere(db), isSitePaused(db, siteOf(url))]);
  return !everywhere && !site;
}
