/**
 * popupRenderMs: the real popup on a story page, from the background's answer arriving to the frame after the
 * popup rendered it (the performance measure the popup records), median of rounds.
 */
import { POPUP_RENDER_MEASURE } from '../../components/popup/useRenderMeasure';
import type { ExtensionSession } from '../browser/launchExtension';
import { waitForTabResult } from '../browser/tabResultInBrowser';
import type { PageServer } from '../server/pageServer';
import { median } from './timing';

const POPUP_PAGES = ['013-', '009-', '010-'];

export async function measurePopupRender(extension: ExtensionSession, server: PageServer, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(POPUP_PAGES[r % POPUP_PAGES.length]!));
    await waitForTabResult(extension, await extension.tabIdOf(page), 15_000);
    const popup = await extension.openPopup(page);
    const handle = await popup.waitForFunction((name) => performance.getEntriesByName(name)[0]?.duration, POPUP_RENDER_MEASURE, { timeout: 10_000 });
    times.push((await handle.jsonValue()) as number);
    await popup.close();
    await page.close();
  }
  return Math.round(median(times) * 10) / 10;
}
