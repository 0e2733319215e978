/**
 * Builds the stored match index for a database that has a corpus but no index yet (one written before the
 * index was stored, or emptied): source by source, each in its own short transaction, so analysis (which uses
 * the in-memory index until this is done) and corpus changes interleave with it. Sources are taken in the
 * corpus's canonical order, so target numbers run as they would in an index built in one go.
 */
import { orderCorpus } from '../core/corpus/orderCorpus';
import { corpusWriteTables } from './corpusRepository';
import type { CrosscheckDB } from './db';
import { matchIndexState, saveMatchIndexState } from './matchIndexState';
import { indexCorpusPart } from './matchIndexWrite';

/** Resolves true once the index covers every source (at once when it already did). */
export async function buildStoredMatchIndex(db: CrosscheckDB): Promise<boolean> {
  if ((await matchIndexState(db)).ready) return true;
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
    const indexed = new Set(state.indexedSources);
    const all = (await db.sources.toCollection().primaryKeys()) as string[];
    // a source added meanwhile was indexed as it was written; one that was not must wait for the next run
    if (!all.every((id) => indexed.has(id))) return false;
    await saveMatchIndexState(db, { ...state, ready: true });
    return true;
  });
}
