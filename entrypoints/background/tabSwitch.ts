/**
 * Switching Crosscheck off and on in one open tab, for the site switch, the pause-everywhere switch and the
 * "not relevant" marks: off clears the tab's highlights, badge and kept result at once; on analyses it again.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/protocol';
import type { TabSession } from '../../storage/tabSession';
import { clearBadge } from './badge';
import { logFailure } from './failureLog';

export async function switchOff(session: TabSession, tabId: number): Promise<void> {
  // the badge and kept result first, so that a page seen without highlights never still shows a count
  await Promise.all([clearBadge(tabId), session.forget(tabId)]).catch(logFailure('background: switch a tab off'));
  // a tab the analyzer never ran in has nothing to clear ("Receiving end does not exist")
  await sendMessage('clearHighlights', undefined, tabId).catch(logFailure('background: clear highlights'));
}

export async function switchOn(tabId: number): Promise<void> {
  // a tab the extension may not script (a store page, an error page) stays as it is
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/analyzer.js'] }).catch(logFailure('background: switch a tab on'));
}

