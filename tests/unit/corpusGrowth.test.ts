/**
 * Growing the corpus in IndexedDB (fake-indexeddb): importing a corpus pack, adding a page as a source, and
 * removing them again with all their items. A bad pack writes nothing and says which field was wrong.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../core/corpus/corpusPack';
import { addPageSource, importCorpusPack, removeSource } from '../../storage/corpusImport';
import { loadCorpus, sourceSummaries } from '../../storage/corpusRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { ensureSeedCorpus } from '../../storage/seedLoader';
import { fixtureText } from './analyzeFixtures';

const TABLES = ['sources', 'passages', 'facts', 'quotes', 'people', 'propositions', 'positions', 'discrepancies'] as const;
let db: CrosscheckDB;
let n = 0;

beforeEach(async () => {
  db = openDatabase(`growth-test-${n++}`);
  await ensureSeedCorpus(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function rowCounts() {
  const counts = await Promise.all(TABLES.map((t) => db[t].count()));
  return Object.fromEntries(TABLES.map((t, i) => [t, counts[i]!]));
}

const usaToday = fixtureText('devset', '020-');
const inews = fixtureText('devset', '012-');
const validPack = () => ({
  format: PACK_FORMAT,
  version: 1,
  name: 'Two reports from 26-27 March 2017',
  sources: [
    { key: 'usatoday', title: usaToday.title, text: usaToday.text, publisher: 'USA Today', url: usaToday.url, date: '2017-03-27' },
    { key: 'inews', title: inews.title, text: inews.text, publisher: 'i', url: inews.url, date: '2017-03-26' },
  ],
  positions: [
    { source: 'usatoday', holder: 'WhatsApp', proposition: 'messaging-firms-cooperate-with-investigators', stance: 'for', quotes: ['horrified at the attack'], summary: 'Horrified at the attack and co-operating' },
  ],
});

describe('corpus packs', () => {
  it('imports a pack: its sources built like the seeds, its positions on the corpus’s propositions', async () => {
    const before = await rowCounts();
    const change = await importCorpusPack(db, JSON.stringify(validPack()));
    expect(change.sourceIds).toHaveLength(2);
    const corpus = await loadCorpus(db);
    const added = change.sourceIds.map((id) => corpus.sources.find((s) => s.id === id)!);
    expect(added.map((s) => s.origin)).toEqual(['pack', 'pack']);
    expect(added.map((s) => [s.title, s.publisher, s.date])).toEqual([
      [usaToday.title, 'USA Today', '2017-03-27'],
      [inews.title, 'i', '2017-03-26'],
    ]);
    expect(corpus.quotes.filter((q) => q.sourceId === added[0]!.id).map((q) => q.speaker)).toEqual(['Police', 'Neil Basu', 'Neil Basu', 'WhatsApp', 'Neil Basu']);
    const whatsapp = corpus.positions.filter((p) => p.holder === 'WhatsApp').map((p) => p.sourceId);
    expect(whatsapp).toContain(added[0]!.id);
    expect(corpus.sources.filter((s) => s.origin === 'seed')).toHaveLength(2);
    expect((await rowCounts()).propositions).toBe(before.propositions);
    // the pack's "just minutes before" against the seeds' two timings
    const timing = corpus.discrepancies.filter((d) => d.subject === 'attacker.whatsapp-timing');
    expect(timing.map((d) => d.values)).toEqual(expect.arrayContaining([['the seconds before', 'a couple of minutes before'], ['the seconds before', 'just minutes before']]));
  });

  it('importing the same pack twice leaves the same rows', async () => {
    await importCorpusPack(db, validPack());
    const once = await rowCounts();
    await importCorpusPack(db, validPack());
    expect(await rowCounts()).toEqual(once);
  });

  it('a bad pack writes nothing and names the field', async () => {
    const before = await rowCounts();
    const pack = validPack() as { sources: Array<Record<string, unknown>> };
    pack.sources.push({ title: 'ok', text: 'Some text.' }, { title: 7, text: 'More text.' });
    await expect(importCorpusPack(db, JSON.stringify(pack))).rejects.toThrow(/^sources\[3\]\.title: expected string/);
    await expect(importCorpusPack(db, '{"format": "crosscheck-corpus-pack", "version": 1, "sources": [{"title": "x"}]}')).rejects.toThrow('sources[0].text: missing');
    await expect(importCorpusPack(db, '{"format": "something else"')).rejects.toThrow(/^not JSON/);
    expect(await rowCounts()).toEqual(before);
  });

  it('a pack whose position names words its source does not quote writes nothing', async () => {
    const before = await rowCounts();
    const pack = validPack();
    pack.positions[0]!.quotes = ['we will never co-operate'];
    await expect(importCorpusPack(db, pack)).rejects.toThrow('pack: positions[0].quotes[0]: no quote by WhatsApp in "usatoday" contains "we will never co-operate"');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('pages added as sources', () => {
  it('adds the page with its metadata, and removes it again with everything it brought', async () => {
    const before = await rowCounts();
    const change = await addPageSource(db, { ...usaToday, siteName: 'USA TODAY', published: '2017-03-27T10:00:00Z' });
    const [summary] = (await sourceSummaries(db)).filter((s) => s.origin === 'user');
    expect(summary).toMatchObject({ id: change.sourceIds[0], title: usaToday.title, url: usaToday.url, publisher: 'USA TODAY', date: '2017-03-27', counts: { quotes: 5, positions: 0 } });
    expect((await db.people.get('neil-basu'))?.role).toBe('senior national coordinator for UK Counter Terrorism Policing');
    expect((await db.people.get('khalid-masood'))?.sourceIds).toHaveLength(3);

    await removeSource(db, change.sourceIds[0]!);
    expect(await rowCounts()).toEqual(before);
    expect(await db.people.get('neil-basu')).toBeUndefined();
    expect((await db.people.get('khalid-masood'))?.sourceIds).toHaveLength(2);
  });

  it('removing a pack source takes its positions with it; seed sources stay', async () => {
    const before = await rowCounts();
    const { sourceIds } = await importCorpusPack(db, validPack());
    for (const id of sourceIds) await removeSource(db, id);
    expect(await rowCounts()).toEqual(before);
    const seed = (await db.sources.where('origin').equals('seed').first())!;
    await expect(removeSource(db, seed.id)).rejects.toThrow(/seed sources come with the extension/);
    expect(await rowCounts()).toEqual(before);
  });
});
