/** The background's result for a tab, read from the running extension (it keeps them in storage.session). */
import { tabResultStorageKey, type TabResult } from '../../core/tabResult';
import type { ExtensionSession } from './launchExtension';

export async function readTabResult(extension: ExtensionSession, tabId: number): Promise<TabResult | null> {
  const sw = await extension.serviceWorker();
  return sw.evaluate(
    async (key: string) => ((await chrome.storage.session.get(key))[key] as TabResult | undefined) ?? null,
    tabResultStorageKey(tabId),
  );
}

/** Polls until the tab has a result or `timeoutMs` passes (pages not about the story never get one). */
export function waitForTabResult(extension: ExtensionSession, tabId: number, timeoutMs: number): Promise<TabResult | null> {
  return untilTabResult(() => readTabResult(extension, tabId), timeoutMs);
}

/** Reads a tab's result with `read` (whichever browser it is in) until there is one or `timeoutMs` passes. */
export async function untilTabResult(read: () => Promise<TabResult | null>, timeoutMs: number): Promise<TabResult | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const result = await read();
    if (result || Date.now() > until) return result;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Whether the analyzer runs in the tab's page (its handle lives in the extension's isolated world). */
export async function analyzerStarted(extension: ExtensionSession, tabId: number): Promise<boolean> {
  const sw = await extension.serviceWorker();
  // The injected function is anonymous on purpose: under tsx a function named by its property ("func") is wrapped
  // in a __name() helper that does not exist in the service worker where this code runs.
  const [injection] = await sw.evaluate(
    (id) => chrome.scripting.executeScript({ target: { tabId: id }, func: [() => Symbol.for('crosscheck.analyzer') in globalThis][0]! }),
    tabId,
  );
  return injection?.result === true;
}

/** What happened to a page that got no result within `waitedMs`, as the demo reports it. */
export function noResultReason(waitedMs: number, analyzed: boolean): string {
  const within = `no result within ${waitedMs / 1000} s`;
  return analyzed
    ? `${within}: the page passed the pre-check and was being analysed`
    : `${within}: the pre-check had not passed by then, so the page was not analysed`;
}
