/**
 * The corpus's one-row copies (storage/corpusSnapshot.ts), whole and its items alone: each reads back exactly what
 * the tables give, is written by the first load, and goes with every corpus write, so a load after a pack is added
 * or a source removed sees the change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus, loadCorpusItems, loadSmallCorpus, removeSources, writeCorpusPart } from '../../storage/corpusRepository';
import { hasCorpusSnapshot } from '../../storage/corpusSnapshot';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { ensureSeedCorpus } from '../../storage/seedLoader';
import { buildCorpus } from '../../core/corpus/buildCorpus';

let db: CrosscheckDB;
let n = 0;
const fresh = () => (db = openDatabase(`snapshot-test-${n++}`));
afterEach(async () => {
  db.close();
  await db.delete();
});

const kept = () => hasCorpusSnapshot(db, 'whole');
const keptItems = () => hasCorpusSnapshot(db, 'items');

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

describe('the corpus in one row', () => {
  it('reads back exactly what the tables give, and is written by the first load', async () => {
    fresh();
    await ensureSeedCorpus(db);
    expect(await kept()).toBe(false);
    const first = await loadSmallCorpus(db);
    expect(await kept()).toBe(true);
    const tables = await loadCorpus(db);
    expect(first).toEqual(tables);
    // the copy keeps the order and every field the tables give
    expect(await loadSmallCorpus(db)).toStrictEqual(tables);

    // the items alone (what a page matched against the stored index reads whole), the same way
    const items = await loadCorpusItems(db);
    expect(await keptItems()).toBe(true);
    expect(items).toEqual({ ...tables, passages: [] });
    expect(await loadCorpusItems(db)).toStrictEqual(items);
  });

  it('goes with a corpus write, and the next load reads the new corpus', async () => {
    fresh();
    await ensureSeedCorpus(db);
    await loadSmallCorpus(db);
    await loadCorpusItems(db);
    await writeCorpusPart(db, page);
    expect(await kept()).toBe(false);
    expect(await keptItems()).toBe(false);
    expect((await loadCorpusItems(db)).sources.map((s) => s.id)).toContain(page.sources[0]!.id);
    const grown = await loadSmallCorpus(db);
    expect(grown).toEqual(await loadCorpus(db));
    expect(grown.sources.map((s) => s.id)).toContain(page.sources[0]!.id);

    await loadSmallCorpus(db);
    await removeSources(db, [page.sources[0]!.id]);
    expect(await kept()).toBe(false);
    expect(await keptItems()).toBe(false);
    const shrunk = await loadSmallCorpus(db);
    expect(shrunk).toEqual(await loadCorpus(db));
    expect(shrunk.sources.map((s) => s.id)).not.toContain(page.sources[0]!.id);
  });
});
