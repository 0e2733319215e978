/**
 * The corpus in one row, as JSON text in settings: for a corpus small enough to be matched against the whole
 * index built in memory (the seeds and a few packs), the whole corpus (`corpusSnapshot`); for any corpus, its
 * items without the passages (`corpusItemsSnapshot`), which a page matched against the stored index reads whole.
 * A worker that wakes for a page reads one row and parses it instead of reading every corpus table: one request
 * and a JSON parse cost about a third of eight requests and the structured clones of their rows.
 * corpusRepository.ts writes a row in the transaction that reads the tables it copies, and deletes both in every
 * corpus write's transaction; an install or update of the extension deletes them too (the new code may read the
 * tables otherwise), and so must a schema upgrade that changes corpus rows (storage/db.ts). So a row never
 * outlives the rows it copies.
 */
import type { Corpus } from '../core/corpus/model';
import type { CrosscheckDB } from './db';

export type SnapshotPart = 'whole' | 'items';

const KEYS: Record<SnapshotPart, string> = { whole: 'corpusSnapshot', items: 'corpusItemsSnapshot' };

/** The corpus (or its items) the row holds, or undefined when there is none. */
export async function readCorpusSnapshot(db: CrosscheckDB, part: SnapshotPart): Promise<Corpus | undefined> {
  const row = await db.settings.get(KEYS[part]);
  return typeof row?.value === 'string' ? (JSON.parse(row.value) as Corpus) : undefined;
}

export async function writeCorpusSnapshot(db: CrosscheckDB, part: SnapshotPart, corpus: Corpus): Promise<void> {
  await db.settings.put({ key: KEYS[part], value: JSON.stringify(corpus) });
}

export async function forgetCorpusSnapshot(db: CrosscheckDB): Promise<void> {
  await db.settings.bulkDelete(Object.values(KEYS));
}

/** Whether a row is kept (for the tests). */
export async function hasCorpusSnapshot(db: CrosscheckDB, part: SnapshotPart): Promise<boolean> {
  return (await db.settings.get(KEYS[part])) !== undefined;
}
