/**
 * The per-site off switch, one row per paused site in the settings table (`site:<host>` -> { paused: true }).
 * A resumed site has no row, so the table only ever holds the sites a reader switched off.
 */
import type { CrosscheckDB } from './db';

const PREFIX = 'site:';

export async function isSitePaused(db: CrosscheckDB, site: string | null): Promise<boolean> {
  if (!site) return false;
  const row = await db.settings.get(PREFIX + site);
  return (row?.value as { paused?: boolean } | undefined)?.paused === true;
}

export async function setSitePaused(db: CrosscheckDB, site: string, paused: boolean): Promise<void> {
  if (paused) await db.settings.put({ key: PREFIX + site, value: { paused: true } });
  else await db.settings.delete(PREFIX + site);
}

/** Every paused site, for the options page. */
export async function pausedSites(db: CrosscheckDB): Promise<string[]> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  return rows.filter((r) => (r.value as { paused?: boolean }).paused === true).map((r) => r.key.slice(PREFIX.length)).sort();
}
