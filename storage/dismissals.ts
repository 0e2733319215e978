/** Matches the reader marked "not relevant" on a page, remembered per page URL (without its fragment). */
import { pageUrl } from '../core/pageAddress';
import type { CrosscheckDB } from './db';

export async function dismissedItems(db: CrosscheckDB, url: string): Promise<string[]> {
  const rows = await db.dismissals.where('url').equals(pageUrl(url)).toArray();
  return rows.map((r) => r.itemId).sort();
}

/** Marks or unmarks one item and returns the page's dismissed items after the change. */
export async function setDismissed(db: CrosscheckDB, url: string, itemId: string, dismissed: boolean): Promise<string[]> {
  const key = pageUrl(url);
  if (!key || !itemId) throw new Error('A dismissal needs the page URL and the item id');
  const id = `${key}#${itemId}`;
  if (dismissed) await db.dismissals.put({ id, url: key, itemId, created: new Date().toISOString() });
  else await db.dismissals.delete(id);
  return dismissedItems(db, key);
}
