/**
 * Seed loading against IndexedDB (fake-indexeddb): the seed corpus lands in the tables once, loading again or
 * after an "update" leaves the same rows, and what the repository reads back is what the builder built.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../storage/corpusRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { ensureSeedCorpus, SEED_FINGERPRINT_KEY, SEED_VERSION_KEY } from '../../storage/seedLoader';
import { loadSeedCorpusFromDisk, readSeedFiles } from '../../scripts/seedCorpus';

let db: CrosscheckDB;
let n = 0;
const fresh = () => (db = openDatabase(`seed-test-${n++}`));
afterEach(async () => {
  db.close();
  await db.delete();
});

const TABLES = ['sources', 'passages', 'facts', 'quotes', 'people', 'propositions', 'positions', 'discrepancies'] as const;

async function rowCounts(db: CrosscheckDB): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = await Promise.all(TABLES.map((t) => db[t].count()));
  return Object.fromEntries(TABLES.map((t, i) => [t, counts[i]!])) as Record<(typeof TABLES)[number], number>;
}

describe('seed loading', () => {
  it('writes the seed corpus the builder builds, and reads it back the same', async () => {
    fresh();
    await ensureSeedCorpus(db);
    const stored = await loadCorpus(db);
    const built = loadSeedCorpusFromDisk();
    // the extension reads back exactly the corpus Node builds, in the same order
    expect(stored).toEqual(built);
    expect(stored.discrepancies.map((d) => d.subject)).toEqual(['attacker.whatsapp-timing']);
    expect((await db.settings.get(SEED_VERSION_KEY))?.value).toEqual(expect.any(String));
  });

  it('loading twice leaves the same rows', async () => {
    fresh();
    await ensureSeedCorpus(db);
    const once = await rowCounts(db);
    await ensureSeedCorpus(db);
    expect(await rowCounts(db)).toEqual(once);
    expect(once.sources).toBe(2);
  });

  it('an update of the seeds replaces the old seed rows instead of adding to them', async () => {
    fresh();
    const { files, overlay } = readSeedFiles();
    await ensureSeedCorpus(db, files, overlay);
    const before = await rowCounts(db);
    const edited = { ...files, '002_118f3e2256f089cb.txt': `${files['002_118f3e2256f089cb.txt']!}\n\nThe inquest was adjourned.` };
    await ensureSeedCorpus(db, edited, overlay);
    const after = await rowCounts(db);
    expect(after.sources).toBe(2);
    expect(after.quotes).toBe(before.quotes);
    expect(after.passages).toBe(before.passages + 1);
    const texts = (await db.sources.toArray()).map((s) => s.text);
    expect(texts.some((t) => t.endsWith('The inquest was adjourned.'))).toBe(true);
  });

  it('a wake that finds the story folder\'s fingerprint it recorded trusts it, and a new fingerprint has the seeds checked again', async () => {
    fresh();
    const { files, overlay } = readSeedFiles();
    await ensureSeedCorpus(db, files, overlay, 'build-1');
    expect((await db.settings.get(SEED_FINGERPRINT_KEY))?.value).toMatch(/:build-1$/);
    const before = await rowCounts(db);
    const edited = { ...files, '002_118f3e2256f089cb.txt': `${files['002_118f3e2256f089cb.txt']!}\n\nThe inquest was adjourned.` };
    // the same fingerprint means the same files: the seeds are not hashed, nor written
    await ensureSeedCorpus(db, edited, overlay, 'build-1');
    expect(await rowCounts(db)).toEqual(before);
    // another build's fingerprint: the seeds are checked and, as they differ, written
    await ensureSeedCorpus(db, edited, overlay, 'build-2');
    expect((await rowCounts(db)).passages).toBe(before.passages + 1);
    expect((await db.settings.get(SEED_FINGERPRINT_KEY))?.value).toMatch(/:build-2$/);
    // seeds ensured without a fingerprint leave none recorded
    await ensureSeedCorpus(db, files, overlay);
    expect(await db.settings.get(SEED_FINGERPRINT_KEY)).toBeUndefined();
  });
});
