/** The switch that pauses Crosscheck on every site at once, one row in the settings table while it is on. */
import type { CrosscheckDB } from './db';

const KEY = 'paused:everywhere';

export async function isPausedEverywhere(db: CrosscheckDB): Promise<boolean> {
  return (await db.settings.get(KEY))?.value === true;
}

export async function setPausedEverywhere(db: CrosscheckDB, paused: boolean): Promise<boolean> {
  if (paused) await db.settings.put({ key: KEY, value: true });
  else await db.settings.delete(KEY);
  return paused;
}
