/**
 * The article each tab had analysed last, so that "add this page as a source" needs only the tab: the popup
 * never holds the page's text. Kept in storage.session as well as in memory (the service worker sleeps), and
 * dropped when the tab navigates or closes.
 */
import { browser } from 'wxt/browser';
import type { PageInput } from '../../core/analysis';

const memory = new Map<number, PageInput>();
const key = (tabId: number) => `page:${tabId}`;

export async function rememberTabPage(tabId: number, page: PageInput): Promise<void> {
  memory.set(tabId, page);
  await browser.storage.session.set({ [key(tabId)]: page });
}

export async function tabPage(tabId: number): Promise<PageInput | undefined> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as PageInput | undefined;
  if (stored) memory.set(tabId, stored);
  return stored;
}

export function watchTabPages(): void {
  const forget = (tabId: number) => {
    memory.delete(tabId);
    void browser.storage.session.remove(key(tabId));
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) forget(tabId);
  });
  browser.tabs.onRemoved.addListener(forget);
}
