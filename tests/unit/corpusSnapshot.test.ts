/**
 * The corpus's one-row copies (storage/corpusSnapshot.ts), whole and its items alone: every corpus write writes
 * them afresh in its own transaction, each exactly what a fresh build from the tables gives; a write that fails
 * leaves the old ones; a wake reads them without writing anything, and writes one only when it is missing (a
 * database from before the copies were written with the corpus).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { PACK_FORMAT } from '../../core/corpus/corpusPack';
import { buildCorpus } from '../../core/corpus/buildCorpus';
import { corpusIndexLifecycle } from '../../entrypoints/background/corpusIndex';
import { importCorpusPack, removeSource } from '../../storage/corpusImport';
import { corpusWriteTables, loadCorpus, loadCorpusItems, loadSmallCorpus, refreshCorpusSnapshots, removeSources, writeCorpusPart } from '../../storage/corpusRepository';
import { forgetCorpusSnapshot, IN_MEMORY_TARGETS, readCorpusSnapshot, type SnapshotPart } from '../../storage/corpusSnapshot';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { matchIndexState } from '../../storage/matchIndexState';
import { ensureSeedCorpus } from '../../storage/seedLoader';
import { buildSyntheticCorpus } from '../../scripts/bench/syntheticCorpus';
import { fixtureText } from './analyzeFixtures';

const opened: CrosscheckDB[] = [];
let db: CrosscheckDB;
let n = 0;
const fresh = () => {
  db = openDatabase(`snapshot-test-${n++}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const each of opened.splice(0)) each.close();
  await db.delete();
});

const kept = async (part: SnapshotPart) => (await readCorpusSnapshot(db, part)) !== undefined;
/** A copy as its row holds it: JSON text, so equal text is the same corpus in the same order, field by field. */
const copyText = async (part: SnapshotPart) => JSON.stringify(await readCorpusSnapshot(db, part));

/** What a fresh build from the tables gives: the whole corpus, and the items as the wake's fallback builds them when their copy is missing. */
async function builtFromTables(): Promise<Record<SnapshotPart, string>> {
  await forgetCorpusSnapshot(db, ['items']);
  return { whole: JSON.stringify(await loadCorpus(db)), items: JSON.stringify(await loadCorpusItems(db)) };
}

/** Both copies, as the last write left them, are what a fresh build gives. */
async function expectCopiesAsBuilt(): Promise<void> {
  const copies = { whole: await copyText('whole'), items: await copyText('items') };
  const built = await builtFromTables();
  expect(copies.whole).toBe(built.whole);
  expect(copies.items).toBe(built.items);
  expect(JSON.parse(built.items)).toEqual({ ...JSON.parse(built.whole), passages: [] });
}

const page = buildCorpus([
  {
    key: 'added-page',
    origin: 'user',
    title: 'Police name Westminster attacker',
    url: 'https://news.example/westminster-attacker-named',
    date: '2017-03-23',
    text: 'Police named the attacker as Khalid Masood, 52, from Kent. He killed four people on Westminster Bridge and a police officer before he was shot.',
  },
]);

const usaToday = fixtureText('devset', '020-');
const pack = {
  format: PACK_FORMAT,
  version: 1,
  name: 'A report from 27 March 2017',
  sources: [{ key: 'usatoday', title: usaToday.title, text: usaToday.text, publisher: 'USA Today', url: usaToday.url, date: '2017-03-27' }],
  positions: [
    { source: 'usatoday', holder: 'WhatsApp', proposition: 'messaging-firms-cooperate-with-investigators', stance: 'for', quotes: ['horrified at the attack'], summary: 'Horrified at the attack and co-operating' },
  ],
};

/** A second connection to the same database that records every write made through it (a worker that wakes). */
function wakingWorker(): { db: CrosscheckDB; writes: string[] } {
  const writes: string[] = [];
  const recordWrites: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'recordWrites',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (request) => (writes.push(`${name} ${request.type}`), table.mutate(request)) };
      },
    }),
  };
  const worker = openDatabase(db.name);
  worker.use(recordWrites);
  opened.push(worker);
  return { db: worker, writes };
}

describe('the corpus in one row', () => {
  it('is written with the seeds, and a wake reads both copies without writing', async () => {
    fresh();
    await ensureSeedCorpus(db);
    expect(await kept('whole')).toBe(true);
    expect(await kept('items')).toBe(true);
    await expectCopiesAsBuilt();

    const worker = wakingWorker();
    const tables = await loadCorpus(db);
    expect(await loadSmallCorpus(worker.db)).toEqual(tables);
    expect(await loadCorpusItems(worker.db)).toEqual({ ...tables, passages: [] });
    expect(worker.writes).toEqual([]);
  });

  it('is written afresh by adding and removing a pack or a page, as a fresh build from the tables gives', async () => {
    fresh();
    await ensureSeedCorpus(db);
    const seedsCopy = await copyText('whole');

    const change = await importCorpusPack(db, JSON.stringify(pack));
    await expectCopiesAsBuilt();
    expect((await readCorpusSnapshot(db, 'whole'))!.sources.map((s) => s.id)).toContain(change.sourceIds[0]);
    expect((await readCorpusSnapshot(db, 'items'))!.positions.map((p) => p.sourceId)).toContain(change.sourceIds[0]);

    await writeCorpusPart(db, page);
    await expectCopiesAsBuilt();
    expect((await readCorpusSnapshot(db, 'items'))!.sources.map((s) => s.id)).toContain(page.sources[0]!.id);

    await removeSources(db, [page.sources[0]!.id]);
    await expectCopiesAsBuilt();
    await removeSource(db, change.sourceIds[0]!);
    await expectCopiesAsBuilt();
    expect(await copyText('whole')).toBe(seedsCopy);

    // the next wake reads the copies as the last write left them
    const worker = wakingWorker();
    expect(JSON.stringify(await loadSmallCorpus(worker.db))).toBe(seedsCopy);
    expect(worker.writes).toEqual([]);
  });

  it('is left as it was by a write that fails, with the old corpus', async () => {
    fresh();
    await ensureSeedCorpus(db);
    const before = { whole: await copyText('whole'), items: await copyText('items'), corpus: JSON.stringify(await loadCorpus(db)) };

    // a write that fails midway: the passages' table refuses its rows
    const refuse = () => {
      throw new Error('disk full');
    };
    db.passages.hook('creating', refuse);
    await expect(writeCorpusPart(db, page)).rejects.toThrow('disk full');
    db.passages.hook('creating').unsubscribe(refuse);
    expect(await copyText('whole')).toBe(before.whole);
    expect(await copyText('items')).toBe(before.items);
    expect(JSON.stringify(await loadCorpus(db))).toBe(before.corpus);

    // a crash after the write wrote its copies, before its transaction committed
    await expect(
      db.transaction('rw', corpusWriteTables(db), async () => {
        await writeCorpusPart(db, page);
        expect((await readCorpusSnapshot(db, 'whole'))!.sources.map((s) => s.id)).toContain(page.sources[0]!.id);
        throw new Error('the worker was stopped');
      }),
    ).rejects.toThrow('the worker was stopped');
    expect(await copyText('whole')).toBe(before.whole);
    expect(await copyText('items')).toBe(before.items);
    expect(JSON.stringify(await loadCorpus(db))).toBe(before.corpus);
  });

  it('is built by the first load when it is missing (a database from before), and then read without writing', async () => {
    fresh();
    await ensureSeedCorpus(db);
    const copies = { whole: await copyText('whole'), items: await copyText('items') };
    await forgetCorpusSnapshot(db);

    const first = wakingWorker();
    expect(JSON.stringify(await loadSmallCorpus(first.db))).toBe(copies.whole);
    expect(JSON.stringify(await loadCorpusItems(first.db))).toBe(copies.items);
    expect(first.writes).toEqual(['settings put', 'settings put']);
    expect(await copyText('whole')).toBe(copies.whole);
    expect(await copyText('items')).toBe(copies.items);

    const next = wakingWorker();
    await loadSmallCorpus(next.db);
    await loadCorpusItems(next.db);
    expect(next.writes).toEqual([]);
  });

  it('is written afresh when the extension is installed or updated', async () => {
    fresh();
    await ensureSeedCorpus(db);
    const copies = { whole: await copyText('whole'), items: await copyText('items') };
    await forgetCorpusSnapshot(db);
    await corpusIndexLifecycle(db).installed!('update');
    expect(await copyText('whole')).toBe(copies.whole);
    expect(await copyText('items')).toBe(copies.items);
  });

  it('of a corpus too large for the in-memory index holds the items alone', async () => {
    fresh();
    await ensureSeedCorpus(db);
    // a pack of as many passages as the in-memory index takes sentences, beside the seeds
    const large = buildSyntheticCorpus(IN_MEMORY_TARGETS, usaToday.text, []).corpus;
    await writeCorpusPart(db, large);
    expect((await matchIndexState(db)).targetCount).toBeGreaterThan(IN_MEMORY_TARGETS);
    expect(await kept('whole')).toBe(false);
    const items = await copyText('items');
    expect(items).toBe((await builtFromTables()).items);
  }, 30_000);

  it('of a database whose stored index does not hold every source yet holds the items alone', async () => {
    fresh();
    await ensureSeedCorpus(db);
    await db.settings.put({ key: 'matchIndex', value: { ...(await matchIndexState(db)), ready: false, indexedSources: [] } });
    await refreshCorpusSnapshots(db);
    expect(await kept('whole')).toBe(false);
    const items = await copyText('items');
    expect(items).toBe((await builtFromTables()).items);
  });
});
