/**
 * Runs on every http(s) page, so it does as little as possible: a cheap pre-check on the title, metadata and
 * the opening of the text (no layout reads, no Readability). Only when it says "maybe" does the background
 * inject the analyzer, which holds everything heavy. Pages that render late or navigate without reloading
 * are checked again, debounced and a bounded number of times.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { precheckPage } from '../../core/detect/precheck';
import { sendMessage } from '../../messaging/protocol';
import { analyzerHandle } from './analyzerHandle';
import { readPrecheckInput } from './readPrecheckInput';

const RECHECK_DELAY_MS = 1500;
const MAX_RECHECKS = 5;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let requested = false;
    let rechecks = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      if (requested || ctx.isInvalid) return;
      if (precheckPage(readPrecheckInput(document))) {
        requested = true;
        observer.disconnect();
        void sendMessage('requestAnalyzer', { reason: 'precheck' }).catch(() => {});
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
    checkAndWatch();
    // Single-page apps: a new URL is a new page. Where the analyzer already runs, it analyses the new page (and
    // clears the old highlights) whatever the pre-check says, through the background, which knows the site switch.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      if (withoutHash(newUrl) === withoutHash(oldUrl)) return; // a jump within the same page
      rechecks = 0;
      if (analyzerHandle()) {
        void sendMessage('requestAnalyzer', { reason: 'precheck' }).catch(() => {});
        return;
      }
      requested = false;
      checkAndWatch(); // the new page may render after its address changes
    });
    ctx.onInvalidated(() => observer.disconnect());
  },
});

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}
