/**
 * Builds the stored match index for a database that has a corpus but no index yet (one written before the
 * index was stored, or before it was stored by word, whose rows the upgrade to version 4 dropped): source by source, each in its own short transaction, so analysis (which uses
 * the in-memory index until this is done) and corpus changes interleave with it. Sources are taken in the
 * corpus's canonical order, so target numbers run as they would in an index built in one go.
 */
import { orderCorpus } from '../core/corpus/orderCorpus';
import { corpusWriteTables } from './corpusRepository';
import type { CrosscheckDB } from './db';
import { coversEverySource, hasWordCounts, matchIndexState, saveMatchIndexState, saveWordCounts, type WordCounts } from './matchIndexState';
import { indexCorpusPart } from './matchIndexWrite';

/** Resolves true once the index covers every source (at once when it already did). */
export async function buildStoredMatchIndex(db: CrosscheckDB): Promise<boolean> {
  if ((await matchIndexState(db)).ready) return countStoredWords(db);
  const sources = orderCorpus({ sources: await db.sources.toArray(), passages: [], facts: [], quotes: [], people: [], propositions: [], positions: [], discrepancies: [] }).sources;
  for (const source of sources) {
    await db.transaction('rw', corpusWriteTables(db), async () => {
      if ((await matchIndexState(db)).indexedSources.includes(source.id)) return;
      const stored = await db.sources.get(source.id);
      if (!stored) return; // removed meanwhile
      const [passages, facts, quotes] = await Promise.all([
        db.passages.where('sourceId').equals(source.id).toArray(),
        db.facts.where('sourceId').equals(source.id).toArray(),
        db.quotes.where('sourceId').equals(source.id).toArray(),
      ]);
      await indexCorpusPart(db, { sources: [stored], passages, facts, quotes, people: [], propositions: [], positions: [], discrepancies: [] });
    });
  }
  return db.transaction('rw', corpusWriteTables(db), async () => {
    const state = await matchIndexState(db);
    // a source added meanwhile was indexed as it was written; one that was not must wait for the next run
    if (!(await coversEverySource(db, state))) return false;
    await saveMatchIndexState(db, { ...state, ready: true });
    return true;
  });
}

/**
 * Writes the words' counts for an index that has lost them (at once when it has them): read from the index's own
 * rows, then written unless a corpus write changed the index meanwhile.
 */
async function countStoredWords(db: CrosscheckDB): Promise<true> {
  // asked on every worker start: the row is not read (the stored index's reader reads it once, when it first matches)
  if (await hasWordCounts(db)) return true;
  const read = () =>
    db.transaction('r', [db.settings, db.matchWords], async () => {
      const state = await matchIndexState(db);
      const counts: WordCounts = new Map();
      await db.matchWords.each((row) => {
        if (row.count) counts.set(row.word, row.count);
      });
      return { state, counts };
    });
  const { state, counts } = await read();
  await db.transaction('rw', corpusWriteTables(db), async () => {
    const now = await matchIndexState(db);
    if ((await hasWordCounts(db)) || now.nextTargetId !== state.nextTargetId || now.targetCount !== state.targetCount) return;
    await saveWordCounts(db, counts);
  });
  return true;
}
