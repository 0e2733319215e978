/** What a reader does in a page, and what the extension keeps of it, shared by the browser tests. */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionSession } from './harness';

/** Selects the first occurrence of `text` in the page, as a reader dragging over it would. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the page`);
  }, text);
}

/** Annotations as stored in the extension's IndexedDB, read by the service worker. */
export async function storedAnnotations(extension: ExtensionSession): Promise<{ id: string; note: string; tags: string[]; url: string }[]> {
  const sw = await extension.serviceWorker();
  return sw.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('crosscheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
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
