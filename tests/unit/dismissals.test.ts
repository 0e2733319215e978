/** "Not relevant" is remembered per page, survives reopening the database, and can be taken back. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/db';
import { dismissedItems, setDismissed } from '../../storage/dismissals';

let dbCount = 0;
const freshDb = () => openDatabase(`dismissals-${++dbCount}`);

describe('dismissals', () => {
  it('remembers an item per page, the URL’s fragment aside, across a reopened database', async () => {
    const db = freshDb();
    await setDismissed(db, 'https://news.example/story#comments', 'q-rudd-marr', true);
    db.close();
    const again = openDatabase(db.name);
    expect(await dismissedItems(again, 'https://news.example/story')).toEqual(['q-rudd-marr']);
    expect(await dismissedItems(again, 'https://news.example/other')).toEqual([]);
  });

  it('takes a dismissal back, and dismissing twice keeps one row', async () => {
    const db = freshDb();
    const url = 'https://news.example/story';
    await setDismissed(db, url, 'f1', true);
    expect(await setDismissed(db, url, 'f1', true)).toEqual(['f1']);
    expect(await setDismissed(db, url, 'f2', true)).toEqual(['f1', 'f2']);
    expect(await setDismissed(db, url, 'f1', false)).toEqual(['f2']);
    expect(await db.dismissals.count()).toBe(1);
  });

  it('refuses a dismissal without a page or an item and writes nothing', async () => {
    const db = freshDb();
    await expect(setDismissed(db, '', 'f1', true)).rejects.toThrow(/page URL/);
    await expect(setDismissed(db, 'https://news.example/a', '', true)).rejects.toThrow(/item id/);
    expect(await db.dismissals.count()).toBe(0);
  });
});
