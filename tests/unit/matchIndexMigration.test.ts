/**
 * A database written by schema version 2 holds the corpus but no stored match index. The current
 * openDatabase() opens it at once; the index is then built in the background, source by source, while
 * analysis goes on (it is told the stored index is not there yet, and uses the in-memory one), a pack imported
 * meanwhile is indexed as it is written, and the finished index answers as the in-memory one does.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match/matchIndex';
import { matchSentences } from '../../core/match/matchSentences';
import { contentWords } from '../../core/text/terms';
import { pageSentences } from '../../core/text/pageSentences';
import { importCorpusPack } from '../../storage/corpusImport';
import { loadCorpus } from '../../storage/corpusRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { buildStoredMatchIndex } from '../../storage/matchIndexBuild';
import { matchIndexState } from '../../storage/matchIndexState';
import { pageIndexReader } from '../../storage/pageMatchIndex';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';
import { labelledPages } from './analyzeFixtures';
import { RELEASED_V2_STORES } from './releasedSchemas';

let db: CrosscheckDB | undefined;
let name = '';
afterEach(async () => {
  db?.close();
  await Dexie.delete(name);
});

async function writeWithReleasedV2(dbName: string): Promise<void> {
  const old = new Dexie(dbName);
  old.version(2).stores(RELEASED_V2_STORES);
  await old.open();
  const corpus = loadSeedCorpusFromDisk();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(corpus)) await old.table(table).bulkAdd(rows as unknown[]);
    await old.table('settings').put({ key: 'seedVersion', value: 'from the old release' });
  });
  old.close();
}

const pages = labelledPages('devset').filter((p) => p.label !== 'unrelated');

describe('a database written by schema version 2 (corpus, no stored index)', () => {
  it('opens at once, gets its index built in the background while analysis goes on, and then answers as in memory', async () => {
    name = `crosscheck-v2-${Math.random()}`;
    await writeWithReleasedV2(name);
    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.postings.count()).toBe(0);
    expect((await matchIndexState(db)).ready).toBe(false);

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
    const postings = await db.postings.count();
    expect(await buildStoredMatchIndex(db)).toBe(true);
    expect(await db.postings.count()).toBe(postings);

    const memory = buildMatchIndex(await loadCorpus(db));
    for (const { input } of pages) {
      const sentences = pageSentences(input);
      const stored = await reader.indexFor(sentences.map((s) => contentWords(s.text)));
      expect(matchSentences(stored!, sentences).matches).toEqual(matchSentences(memory, sentences).matches);
    }
  });
});
