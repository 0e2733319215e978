/**
 * Runs on every http(s) page, so it does as little as possible: a cheap pre-check on the title, metadata and
 * the opening of the text (no layout reads, no Readability). Only when it says "maybe" does the background
 * inject the analyzer, which holds everything heavy. Pages that render late or navigate without reloading
 * are checked again, debounced and a bounded number of times.
 *
 * It is a plain script declared in the manifest (wxt.config.ts), not a WXT content script: WXT's content script
 * context posts a message to the page's window on start and listens to window events a page can forge. This one
 * posts nothing, dispatches nothing and listens to no event a page can send; it notices a new address by reading
 * location.href.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { precheckPage } from '../../core/detect/precheck';
import { bundledPrecheck } from '../../core/story/bundledPrecheck';
import { sendMessage } from '../../messaging/protocol';
import { reportFailure } from '../../messaging/reportFailure';
import { analyzerHandle } from './analyzerHandle';
import { readPrecheckInput } from './readPrecheckInput';

const RECHECK_DELAY_MS = 1500;
const MAX_RECHECKS = 5;
const ADDRESS_POLL_MS = 1000;

export default defineUnlistedScript(() => {
  let requested = false;
  let rechecks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** the extension was reloaded or removed: this script's messages go nowhere any more */
  const orphaned = () => browser.runtime?.id == null;

  const check = () => {
    if (requested || orphaned()) return;
    if (precheckPage(readPrecheckInput(document), bundledPrecheck)) {
      requested = true;
      observer.disconnect();
      void sendMessage('requestAnalyzer', { reason: 'precheck' }).catch(reportFailure('precheck: request the analyzer'));
    }
  };
  // Late-rendered pages: look again when the DOM grows, at most MAX_RECHECKS times.
  const observer = new MutationObserver(() => {
    if (timer !== undefined || rechecks >= MAX_RECHECKS) return;
    timer = setTimeout(() => {
      timer = undefined;
      rechecks++;
      check();
      if (rechecks >= MAX_RECHECKS) observer.disconnect();
    }, RECHECK_DELAY_MS);
  });

  const checkAndWatch = () => {
    check();
    if (!requested) observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  };
  // A frameset's text is in its frames, which finish loading after this script starts.
  if (document.readyState !== 'complete' && document.querySelector('frameset')) {
    const whenLoaded = () => {
      if (document.readyState !== 'complete') return;
      document.removeEventListener('readystatechange', whenLoaded);
      check();
    };
    document.addEventListener('readystatechange', whenLoaded);
  }
  checkAndWatch();

  // Single-page apps: a new URL is a new page. Where the analyzer already runs, it analyses the new page (and
  // clears the old highlights) whatever the pre-check says, through the background, which knows the site switch.
  let address = withoutHash(location.href);
  const poll = setInterval(() => {
    if (orphaned()) {
      clearInterval(poll);
      observer.disconnect();
      return;
    }
    const now = withoutHash(location.href);
    if (now === address) return; // the same page, or a jump within it
    address = now;
    rechecks = 0;
    if (analyzerHandle()) {
      void sendMessage('requestAnalyzer', { reason: 'precheck' }).catch(reportFailure('precheck: analyse a new address'));
      return;
    }
    requested = false;
    checkAndWatch(); // the new page may render after its address changes
  }, ADDRESS_POLL_MS);
});

function withoutHash(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}
