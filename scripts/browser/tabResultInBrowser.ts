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
