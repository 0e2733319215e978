/**
 * The corpus tables as one repository: read the whole corpus for the match index, and write or remove
 * sources with all their items in one transaction (a failure leaves the tables as they were). People and
 * discrepancies span sources, so each write merges people and recomputes discrepancies from all facts.
 * The stored match index changes in the same transaction, for the written or removed sources' terms only, and
 * so do the corpus's one-row copies (storage/corpusSnapshot.ts), written afresh from the changed tables.
 */
import type { Corpus, Fact, Passage, Quote, Source } from '../core/corpus/model';
import { mergePeople } from '../core/corpus/buildCorpus';
import { findDiscrepancies } from '../core/corpus/discrepancies';
import { orderCorpus } from '../core/corpus/orderCorpus';
import { forgetCorpusSnapshot, IN_MEMORY_TARGETS, readCorpusSnapshot, writeCorpusSnapshot, type SnapshotPart } from './corpusSnapshot';
import type { CrosscheckDB } from './db';
import { coversEverySource, matchIndexState, matchIndexTables } from './matchIndexState';
import { indexCorpusPart, unindexSources } from './matchIndexWrite';

export function loadCorpus(db: CrosscheckDB): Promise<Corpus> {
  return readCorpus(db, () => db.passages.toArray());
}

/**
 * The whole corpus of a small corpus, as loadCorpus reads it, from its one-row copy (storage/corpusSnapshot.ts).
 * Not for a large corpus: the row holds every passage.
 */
export function loadSmallCorpus(db: CrosscheckDB): Promise<Corpus> {
  return throughSnapshot(db, 'whole', () => loadCorpus(db));
}

/**
 * The corpus without its passages, which a large corpus has by the million: the items the matcher reads whole,
 * from their one-row copy (storage/corpusSnapshot.ts).
 */
export function loadCorpusItems(db: CrosscheckDB): Promise<Corpus> {
  return throughSnapshot(db, 'items', () => readCorpusItems(db));
}

/** The items from the tables. The passages the facts and quotes stand in are read to put them in the same order as loadCorpus does. */
async function readCorpusItems(db: CrosscheckDB): Promise<Corpus> {
  const corpus = await readCorpus(db, async (facts, quotes) => {
    const named = [...new Set([...facts.map((f) => f.passageId), ...quotes.flatMap((q) => q.passageIds)])];
    return (await db.passages.bulkGet(named)).filter((p) => p !== undefined);
  });
  return { ...corpus, passages: [] };
}

/**
 * What `read` reads from the tables, from its one-row copy. Every corpus write leaves the copies written; one that
 * is missing is written here, with the same read, in the transaction that reads the tables.
 */
async function throughSnapshot(db: CrosscheckDB, part: SnapshotPart, read: () => Promise<Corpus>): Promise<Corpus> {
  const kept = await readCorpusSnapshot(db, part);
  if (kept) return kept;
  return db.transaction('rw', [...corpusTables(db), db.settings], async () => {
    const corpus = await read();
    await writeCorpusSnapshot(db, part, corpus);
    return corpus;
  });
}

/**
 * Writes the corpus's copies as the tables are now, in the caller's transaction when there is one (a corpus write
 * calls it after its last change to the tables): the items always, the whole corpus while the background matches it
 * in memory (every source in the stored index, and at most IN_MEMORY_TARGETS sentences), else its copy is deleted.
 */
export function refreshCorpusSnapshots(db: CrosscheckDB): Promise<void> {
  return db.transaction('rw', [...corpusTables(db), db.settings], async () => {
    if (await matchedInMemory(db)) {
      const whole = await loadCorpus(db);
      await writeCorpusSnapshot(db, 'whole', whole);
      await writeCorpusSnapshot(db, 'items', { ...whole, passages: [] });
    } else {
      await forgetCorpusSnapshot(db, ['whole']);
      await writeCorpusSnapshot(db, 'items', await readCorpusItems(db));
    }
  });
}

/** Whether the stored index holds every source, in at most IN_MEMORY_TARGETS sentences. */
async function matchedInMemory(db: CrosscheckDB): Promise<boolean> {
  const state = await matchIndexState(db);
  return state.targetCount <= IN_MEMORY_TARGETS && coversEverySource(db, state);
}

/** Every corpus table but the passages, and the passages `passagesOf` reads, in one transaction, in canonical order. */
function readCorpus(db: CrosscheckDB, passagesOf: (facts: Fact[], quotes: Quote[]) => Promise<Passage[]>): Promise<Corpus> {
  return db.transaction('r', corpusTables(db), async () => {
    const [sources, facts, quotes, people, propositions, positions, discrepancies] = await Promise.all([
      db.sources.toArray(),
      db.facts.toArray(),
      db.quotes.toArray(),
      db.people.toArray(),
      db.propositions.toArray(),
      db.positions.toArray(),
      db.discrepancies.toArray(),
    ]);
    const passages = await passagesOf(facts, quotes);
    return orderCorpus({ sources, passages, facts, quotes, people, propositions, positions, discrepancies });
  });
}

export function corpusTables(db: CrosscheckDB) {
  return [db.sources, db.passages, db.facts, db.quotes, db.people, db.propositions, db.positions, db.discrepancies];
}

/** What a corpus write touches: the corpus, its match index and the index's state. */
export function corpusWriteTables(db: CrosscheckDB) {
  return [...corpusTables(db), ...matchIndexTables(db)];
}

/** Writes the built part's sources and items (replacing sources with the same ids) and, first, removes `replace`. */
export async function writeCorpusPart(db: CrosscheckDB, part: Corpus, replace: readonly string[] = []): Promise<void> {
  await db.transaction('rw', corpusWriteTables(db), async () => {
    const replaced = [...new Set([...replace, ...part.sources.map((s) => s.id)])];
    for (const id of replaced) await deleteSourceRows(db, id);
    await unindexSources(db, replaced);
    await db.sources.bulkPut(part.sources);
    await db.passages.bulkPut(part.passages);
    await db.facts.bulkPut(part.facts);
    await db.quotes.bulkPut(part.quotes);
    await db.propositions.bulkPut(part.propositions);
    await db.positions.bulkPut(part.positions);
    const existing = await db.people.bulkGet(part.people.map((p) => p.id));
    await db.people.bulkPut(mergePeople([...existing.filter((p) => p !== undefined), ...part.people]));
    await refreshDiscrepancies(db);
    await indexCorpusPart(db, part);
    await refreshCorpusSnapshots(db);
  });
}

/** Removes sources with their passages, facts, quotes and positions; people no source names any more go too. */
export async function removeSources(db: CrosscheckDB, sourceIds: readonly string[]): Promise<void> {
  await db.transaction('rw', corpusWriteTables(db), async () => {
    for (const id of sourceIds) await deleteSourceRows(db, id);
    await unindexSources(db, sourceIds);
    await refreshDiscrepancies(db);
    await refreshCorpusSnapshots(db);
  });
}

async function deleteSourceRows(db: CrosscheckDB, sourceId: string): Promise<void> {
  await db.sources.delete(sourceId);
  await db.passages.where('sourceId').equals(sourceId).delete();
  await db.facts.where('sourceId').equals(sourceId).delete();
  await db.quotes.where('sourceId').equals(sourceId).delete();
  await db.positions.where('sourceId').equals(sourceId).delete();
  const people = await db.people.filter((p) => p.sourceIds?.includes(sourceId) ?? false).toArray();
  for (const person of people) {
    const rest = person.sourceIds!.filter((id) => id !== sourceId);
    if (rest.length) await db.people.put({ ...person, sourceIds: rest });
    else await db.people.delete(person.id);
  }
  const used = new Set((await db.positions.toArray()).map((p) => p.propositionId));
  await db.propositions.filter((p) => !used.has(p.id)).delete();
}

async function refreshDiscrepancies(db: CrosscheckDB): Promise<void> {
  await db.discrepancies.clear();
  await db.discrepancies.bulkPut(findDiscrepancies(await db.facts.toArray()));
}

/** A source as the options page lists it: metadata and how many items it gave the corpus. */
export interface SourceSummary {
  id: string;
  title: string;
  origin: Source['origin'];
  publisher?: string;
  url?: string;
  date?: string;
  dateBasis?: string;
  addedAt: number;
  counts: { passages: number; facts: number; quotes: number; positions: number };
}

export async function sourceSummaries(db: CrosscheckDB): Promise<SourceSummary[]> {
  return db.transaction('r', corpusTables(db), async () => {
    const sources = await db.sources.toArray();
    const summaries = await Promise.all(
      sources.map(async (s): Promise<SourceSummary> => {
        const count = (table: typeof db.passages | typeof db.facts | typeof db.quotes | typeof db.positions) => table.where('sourceId').equals(s.id).count();
        const [passages, facts, quotes, positions] = await Promise.all([count(db.passages), count(db.facts), count(db.quotes), count(db.positions)]);
        const { text: _text, titleBasis: _titleBasis, ...meta } = s;
        return { ...meta, counts: { passages, facts, quotes, positions } };
      }),
    );
    // seeds first, then what the reader added, newest first
    return summaries.sort((a, b) => (a.origin === 'seed') !== (b.origin === 'seed') ? (a.origin === 'seed' ? -1 : 1) : b.addedAt - a.addedAt || a.title.localeCompare(b.title));
  });
}
