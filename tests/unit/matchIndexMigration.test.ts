/**
 * A database written by schema version 2 holds the corpus but no stored match index; one written by version 3 holds
 * the index one row per term, which version 4 drops. The current openDatabase() opens either at once, keeping every
 * saved annotation; the index is then built in the background, source by source, while analysis goes on (it is
 * told the stored index is not there yet, and uses the in-memory one), a pack imported meanwhile is indexed as it
 * is written, and the finished index answers as the in-memory one does.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotations/model';
import { buildMatchIndex, buildPostings } from '../../core/match/matchIndex';
import { matchTargets } from '../../core/match/matchTargets';
import { encodePostings } from '../../core/match/postingsCodec';
import { matchSentences } from '../../core/match/matchSentences';
import { contentWords } from '../../core/text/terms';
import { pageSentences } from '../../core/text/pageSentences';
import { importCorpusPack } from '../../storage/corpusImport';
import { loadCorpus } from '../../storage/corpusRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { buildStoredMatchIndex } from '../../storage/matchIndexBuild';
import { matchIndexState, wordCounts } from '../../storage/matchIndexState';
import { pageIndexReader } from '../../storage/pageMatchIndex';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';
import { buildIndexInBackground, invalidateCorpusIndex, pageMatchIndex } from '../../entrypoints/background/corpusIndex';
import { IN_MEMORY_TARGETS } from '../../storage/corpusSnapshot';
import { labelledPages } from './analyzeFixtures';
import { RELEASED_V2_STORES, RELEASED_V3_STORES } from './releasedSchemas';

let db: CrosscheckDB | undefined;
let name = '';
afterEach(async () => {
  db?.close();
  await Dexie.delete(name);
});

const annotation: Annotation = {
  id: 'urn:uuid:0b6f3f7e-2f0e-4a55-8f43-1d2c3b4a5e60',
  url: 'https://example.org/westminster',
  title: 'Westminster attack',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'just 82 seconds', prefix: 'It took ', suffix: ' for Masood' },
    { type: 'TextPositionSelector', start: 8, end: 23 },
  ],
  note: 'the duration',
  tags: ['timing'],
  links: [],
  created: '2026-11-24T09:00:00.000Z',
  modified: '2026-11-24T09:05:00.000Z',
};

/** The seed corpus and a saved annotation, written with the released schema of `version`; a version 3 database also gets its index as version 3 stored it. */
async function writeWithReleased(version: 2 | 3, dbName: string): Promise<void> {
  const old = new Dexie(dbName);
  old.version(version).stores(version === 2 ? RELEASED_V2_STORES : RELEASED_V3_STORES);
  await old.open();
  const corpus = loadSeedCorpusFromDisk();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(corpus)) await old.table(table).bulkAdd(rows as unknown[]);
    await old.table('settings').put({ key: 'seedVersion', value: 'from the old release' });
    await old.table('annotations').add(annotation);
    if (version === 3) await writeReleasedV3Index(old, corpus);
  });
  old.close();
}

/** The match index of the corpus, one row per term, as version 3 stored it. */
async function writeReleasedV3Index(old: Dexie, corpus: ReturnType<typeof loadSeedCorpusFromDisk>): Promise<void> {
  const targets = matchTargets(corpus);
  const postings = buildPostings(targets);
  await old.table('matchTargets').bulkAdd(targets.map(({ folded: _folded, weight: _weight, ...t }, id) => ({ ...t, id })));
  await old.table('postings').bulkAdd([...postings].map(([term, ids]) => (ids.length <= 2_000 ? { term, count: ids.length, ids: encodePostings(ids) } : { term, count: ids.length })));
  await old.table('longPostings').bulkAdd([...postings].filter(([, ids]) => ids.length > 2_000).map(([term, ids]) => ({ term, ids: encodePostings(ids) })));
  const words = new Map([...postings].filter(([term]) => !term.includes(' ')).map(([term, ids]) => [term, ids.length]));
  await old.table('settings').bulkPut([
    { key: 'matchIndex', value: { ready: true, nextTargetId: targets.length, targetCount: targets.length, indexedSources: corpus.sources.map((s) => s.id) } },
    { key: 'matchIndexWords', value: words },
  ]);
}

const pages = labelledPages('devset').filter((p) => p.label !== 'unrelated');

describe.each([
  [2, 'corpus, no stored index'],
  [3, 'corpus, index stored one row per term'],
] as const)('a database written by schema version %i (%s)', (version, _what) => {
  it('opens at once, keeps its annotations, gets its index built in the background while analysis goes on, and then answers as in memory', async () => {
    name = `crosscheck-v${version}-${Math.random()}`;
    await writeWithReleased(version, name);
    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(db.tables.map((t) => t.name)).not.toContain('postings');
    expect(await db.matchWords.count()).toBe(0);
    expect(await db.matchTargets.count()).toBe(0);
    expect(await db.longPostings.count()).toBe(0);
    expect((await matchIndexState(db)).ready).toBe(false);
    expect(await wordCounts(db)).toBeUndefined();
    expect(await db.annotations.toArray()).toEqual([annotation]);

    const reader = pageIndexReader(db);
    const page = pageSentences(pages[0]!.input);
    const pageWords = page.map((s) => contentWords(s.text));
    const build = buildStoredMatchIndex(db);
    // analysis is answered while the build runs: the stored index is not there yet
    expect(await reader.indexFor(pageWords)).toBeUndefined();
    const pack = { format: 'crosscheck-corpus-pack', version: 1, sources: [{ title: 'Imported meanwhile', text: 'Quokkas crossed Westminster Bridge in 82 seconds.' }] };
    const imported = await importCorpusPack(db, pack);
    expect(await build).toBe(true);

    const state = await matchIndexState(db);
    expect(state.ready).toBe(true);
    expect(new Set(state.indexedSources)).toEqual(new Set((await db.sources.toCollection().primaryKeys()) as string[]));
    expect(state.indexedSources).toContain(imported.sourceIds[0]);
    // built once: running it again changes nothing
    const words = await db.matchWords.toArray();
    expect(await buildStoredMatchIndex(db)).toBe(true);
    expect(await db.matchWords.toArray()).toEqual(words);
    expect(await db.annotations.toArray()).toEqual([annotation]);

    const memory = buildMatchIndex(await loadCorpus(db));
    for (const { input } of pages) {
      const sentences = pageSentences(input);
      const stored = await reader.indexFor(sentences.map((s) => contentWords(s.text)));
      expect(matchSentences(stored!, sentences).matches).toEqual(matchSentences(memory, sentences).matches);
    }
  });
});

describe('the background, with a database of schema version 2', () => {
  it('matches a small corpus in memory while its index is built, and again once it is built (not through the stored index)', async () => {
    name = `crosscheck-v2-routing-${Math.random()}`;
    await writeWithReleased(2, name);
    db = openDatabase(name);
    invalidateCorpusIndex();
    const sentences = pageSentences(pages[0]!.input).map((s) => s.text);
    const targets = matchTargets(await loadCorpus(db)).length;

    // the stored index is not there yet: the whole index, built in memory, answers
    const during = await pageMatchIndex(db, sentences);
    expect(during.candidates).toBeUndefined();
    expect(await buildIndexInBackground(db)).toBe(true);
    expect((await matchIndexState(db)).targetCount).toBeLessThanOrEqual(IN_MEMORY_TARGETS);

    // built: the corpus is still small enough to match in memory, whole, and the same
    const after = await pageMatchIndex(db, sentences);
    expect(after.candidates).toBeUndefined();
    expect(after.targets).toHaveLength(targets);
    invalidateCorpusIndex();
  });
});
