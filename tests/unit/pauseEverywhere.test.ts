/** The pause-everywhere switch: off by default, remembered across a reopened database, and switched back on. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/db';
import { isPausedEverywhere, setPausedEverywhere } from '../../storage/pauseEverywhere';

describe('pause everywhere', () => {
  it('is off until switched on, stays on after the database is reopened, and switches off again', async () => {
    const db = openDatabase('pause-everywhere-test');
    expect(await isPausedEverywhere(db)).toBe(false);
    await setPausedEverywhere(db, true);
    db.close();
    const again = openDatabase('pause-everywhere-test');
    expect(await isPausedEverywhere(again)).toBe(true);
    await setPausedEverywhere(again, false);
    expect(await isPausedEverywhere(again)).toBe(false);
    expect(await again.settings.count()).toBe(0);
  });
});
