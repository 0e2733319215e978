/**
 * Seed loading on install and on wake: builds the seed corpus and writes it only when the seeds (texts,
 * overlay or builder version) differ from what the database holds, recorded as `seedVersion` in settings.
 * Ids are derived from content, and an update replaces the old seed sources in the same transaction, so
 * reinstalling or updating never duplicates a row. User and pack sources are left alone.
 *
 * The version hashes the seeds' texts and their overlay (about 100 kB), which costs a waking worker 6 to 16 ms. The
 * extension's build also bundles a hash of the story folder's files (`seedFingerprint`), recorded with the builder
 * version as `seedFingerprint` once the seeds are known to be current: a wake that finds the same record skips the
 * version. The same files and builder give the same seeds, so the answer is the one the version would give.
 */
import { BUILDER_VERSION, buildSeedCorpus, seedVersion, type SeedFiles } from '../core/corpus/seedCorpus';
import type { CrosscheckDB } from './db';
import { corpusWriteTables, writeCorpusPart } from './corpusRepository';
import { seedFiles, seedFingerprint, seedOverlay } from './seedDocuments';

export const SEED_VERSION_KEY = 'seedVersion';
export const SEED_FINGERPRINT_KEY = 'seedFingerprint';
/** how long the last seed load took: { buildMs, writeMs }, read by the bench */
export const SEED_LOAD_TIMES_KEY = 'seedLoadTimes';

/** `fingerprint`: a hash of the files `files` and `overlay` come from, when it is known (the bundled seeds' in the extension). */
export async function ensureSeedCorpus(
  db: CrosscheckDB,
  files: SeedFiles = seedFiles,
  overlay: unknown = seedOverlay,
  fingerprint: string | undefined = files === seedFiles && overlay === seedOverlay ? seedFingerprint : undefined,
): Promise<void> {
  const current = fingerprint === undefined ? undefined : `${BUILDER_VERSION}:${fingerprint}`;
  const [stored, storedFingerprint] = await db.settings.bulkGet([SEED_VERSION_KEY, SEED_FINGERPRINT_KEY]);
  if (current !== undefined && stored !== undefined && storedFingerprint?.value === current) return;
  const version = seedVersion(files, overlay);
  const recordFingerprint = () => (current === undefined ? db.settings.delete(SEED_FINGERPRINT_KEY) : db.settings.put({ key: SEED_FINGERPRINT_KEY, value: current }));
  if (stored?.value === version) {
    await recordFingerprint();
    return;
  }
  const started = performance.now();
  const corpus = buildSeedCorpus(files, overlay);
  const built = performance.now();
  await db.transaction('rw', corpusWriteTables(db), async () => {
    const oldSeeds = (await db.sources.where('origin').equals('seed').primaryKeys()) as string[];
    await writeCorpusPart(db, corpus, oldSeeds);
    await db.settings.put({ key: SEED_VERSION_KEY, value: version });
    await recordFingerprint();
  });
  await db.settings.put({ key: SEED_LOAD_TIMES_KEY, value: { buildMs: built - started, writeMs: performance.now() - built } });
}
