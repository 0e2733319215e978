/**
 * What the in-page highlights need from the background: opening the popup from the card, and the
 * next/previous-match keyboard commands.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { logFailure } from './failureLog';

const STEPS = { 'next-match': 1, 'previous-match': -1 } as const;

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

  browser.commands.onCommand.addListener((command, tab) => {
    const step = STEPS[command as keyof typeof STEPS];
    if (step === undefined || tab?.id === undefined) return;
    // a tab without the analyzer has nothing to step through ("Receiving end does not exist")
    void sendMessage('stepMatch', { step }, tab.id).catch(logFailure('background: step to a match'));
  });
}
