/**
 * What the background keeps per tab for the browser session: the tab's result (what the popup shows) and the
 * article it was analysed as (what "add this page as a source" adds, so the popup never holds the page's text).
 * Kept in memory and in storage.session, because the MV3 service worker is stopped when idle and the popup may
 * ask after it wakes again; dropped when the tab navigates, is switched off or closes.
 *
 * The result is under `tab:<id>` (core/tabResult.ts), where the popup watches for it; the article under `page:<id>`.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { PageInput } from '../core/analysis';
import { tabResultStorageKey, type TabResult } from '../core/tabResult';

export interface TabRecord {
  result: TabResult;
  page: PageInput;
}

type Part = keyof TabRecord;

const KEYS: { [P in Part]: (tabId: number) => StorageItemKey } = {
  result: (tabId) => `session:${tabResultStorageKey(tabId)}`,
  page: (tabId) => `session:page:${tabId}`,
};
const PARTS = Object.keys(KEYS) as Part[];

export class TabSession {
  private readonly memory = new Map<number, Partial<TabRecord>>();

  /** Keeps a tab's analysis (its result and the article it was made from) in memory: what the popup reads first. */
  keep(tabId: number, record: TabRecord): void {
    this.memory.set(tabId, record);
  }

  /** Writes it to storage.session too, where it outlives the worker (and where the popup watches for it). */
  async persist(tabId: number, record: TabRecord): Promise<void> {
    await storage.setItems(PARTS.map((part) => ({ key: KEYS[part](tabId), value: record[part] })));
  }

  /** Whether `record` is what the tab keeps now (not forgotten, nor replaced by a later analysis). */
  holds(tabId: number, record: TabRecord): boolean {
    return this.memory.get(tabId) === record;
  }

  /** One part of what the tab keeps, from memory or, after the worker restarted, from storage.session. */
  async read<P extends Part>(tabId: number, part: P): Promise<TabRecord[P] | null> {
    const cached = this.memory.get(tabId)?.[part];
    if (cached) return cached;
    const stored = await storage.getItem<TabRecord[P]>(KEYS[part](tabId));
    if (stored) this.memory.set(tabId, { ...this.memory.get(tabId), [part]: stored });
    return stored;
  }

  result(tabId: number): Promise<TabResult | null> {
    return this.read(tabId, 'result');
  }

  page(tabId: number): Promise<PageInput | null> {
    return this.read(tabId, 'page');
  }

  async forget(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await storage.removeItems(PARTS.map((part) => KEYS[part](tabId)));
  }
}
