/**
 * What the in-page highlights need from the background: opening the popup from the card, and stepping to the
 * next or previous match (the keyboard commands, wired in index.ts).
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../messaging/protocol';

export function registerHighlightHandlers(): void {
  onMessage('openPopup', async () => {
    try {
      await browser.action.openPopup();
      return true;
    } catch {
      // Not a failure: the browser declined (some open the popup only from a click in the toolbar, or without a
      // focused window), and the card says so.
      return false;
    }
  });
}

/** Has the analyzer in a tab step to the next or previous match; a tab without it has nothing to step through. */
export function stepMatch(tabId: number, step: 1 | -1): Promise<boolean> {
  return sendMessage('stepMatch', { step }, tabId);
}
