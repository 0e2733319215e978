/**
 * Seed loading on install and on wake: builds the seed corpus and writes it only when the seeds (texts,
 * overlay or builder version) differ from what the database holds, recorded as `seedVersion` in settings.
 * Ids are derived from content, and an update replaces the old seed sources in the same transaction, so
 * reinstalling or updating never duplicates a row. User and pack sources are left alone.
 */
import { buildSeedCorpus, seedVersion, type SeedFiles } from '../core/corpus/seedCorpus';
import type { CrosscheckDB } from './db';
import { corpusWriteTables, writeCorpusPart } from './corpusRepository';
import { seedFiles, seedOverlay } from './seedDocuments';

export const SEED_VERSION_KEY = 'seedVersion';
/** how long the last seed load took: { buildMs, writeMs }, read by the bench */
export const SEED_LOAD_TIMES_KEY = 'seedLoadTimes';

export async function ensureSeedCorpus(db: CrosscheckDB, files: SeedFiles = seedFiles, overlay: unknown = seedOverlay): Promise<void> {
  const version = seedVersion(files, overlay);
  const stored = await db.settings.get(SEED_VERSION_KEY);
  if (stored?.value === version) return;
  const started = performance.now();
  const corpus = buildSeedCorpus(files, overlay);
  const built = performance.now();
  await db.transaction('rw', corpusWriteTables(db), async () => {
    const oldSeeds = (await db.sources.where('origin').equals('seed').primaryKeys()) as string[];
    await writeCorpusPart(db, corpus, oldSeeds);
    await db.settings.put({ key: SEED_VERSION_KEY, value: version });
  });
  await db.settings.put({ key: SEED_LOAD_TIMES_KEY, value: { buildMs: built - started, writeMs: performance.now() - built } });
}
