/**
 * Results per tab. Kept in storage.session as well as in memory, because the MV3 service worker is stopped
 * when idle and the popup may ask after it wakes again.
 */
import { browser } from 'wxt/browser';
import { tabResultStorageKey as key, type TabResult } from '../../core/tabResult';

const memory = new Map<number, TabResult>();

export async function rememberTabResult(result: TabResult): Promise<void> {
  memory.set(result.tabId, result);
  await browser.storage.session.set({ [key(result.tabId)]: result });
}

export async function tabResult(tabId: number): Promise<TabResult | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabResult | undefined;
  if (stored) memory.set(tabId, stored);
  return stored ?? null;
}

export async function forgetTabResult(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}
