/** What a reader does in a page, and what the extension keeps of it, shared by the browser tests. */
import type { Page, Worker } from 'playwright-core';
import { readStoredAnnotations, selectFirstOccurrence, type StoredAnnotation } from './annotationsInPage';
import type { ExtensionSession } from './harness';

/** Selects the first occurrence of `text` in the page, as a reader dragging over it would. */
export function selectText(page: Page, text: string): Promise<void> {
  return page.evaluate(selectFirstOccurrence, text);
}

/** Annotations as stored in the extension's IndexedDB, read by the service worker. */
export async function storedAnnotations(extension: ExtensionSession): Promise<StoredAnnotation[]> {
  return (await extension.serviceWorker()).evaluate(readStoredAnnotations);
}

/** A message as the background sends it to a tab (@webext-core/messaging's envelope). */
export function sendToTab(sw: Worker, tabId: number, type: string, data: unknown): Promise<unknown> {
  return sw.evaluate(
    async ({ tabId, type, data }) => {
      const reply = (await chrome.tabs.sendMessage(tabId, { id: 1, type, data, timestamp: Date.now() })) as { res?: unknown } | undefined;
      return reply?.res;
    },
    { tabId, type, data },
  );
}
