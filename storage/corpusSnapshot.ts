/**
 * The corpus in one row, as JSON text in settings: for a corpus small enough to be matched against the whole
 * index built in memory (up to IN_MEMORY_TARGETS sentences: the seeds and a few packs), the whole corpus
 * (`corpusSnapshot`); for any corpus, its items without the passages (`corpusItemsSnapshot`), which a page matched
 * against the stored index reads whole. A worker that wakes for a page reads one row and parses it instead of
 * reading every corpus table: one request and a JSON parse cost about a third of eight requests and the structured
 * clones of their rows.
 * Every corpus write writes the copies afresh in its own transaction, after its last change to the tables
 * (corpusRepository.ts), so a failed write leaves the old corpus and its old copies whole, and a wake finds them
 * ready. A copy that is missing (a database from before the copies were written with the corpus, or one whose
 * whole corpus outgrew the in-memory index) is written by the first load that needs it, in the transaction that
 * reads the tables it copies. An install or update of the extension writes them afresh too (the new code may read
 * the tables otherwise), and a schema upgrade that changes corpus rows must delete them (storage/db.ts). So a row
 * never outlives the rows it copies.
 */
import type { Corpus } from '../core/corpus/model';
import type { CrosscheckDB } from './db';

export type SnapshotPart = 'whole' | 'items';

/** Up to this many corpus sentences, the whole index is built in memory, from the whole corpus's copy. */
export const IN_MEMORY_TARGETS = 5_000;

const KEYS: Record<SnapshotPart, string> = { whole: 'corpusSnapshot', items: 'corpusItemsSnapshot' };

/** The corpus (or its items) the row holds, or undefined when there is none. */
export async function readCorpusSnapshot(db: CrosscheckDB, part: SnapshotPart): Promise<Corpus | undefined> {
  const row = await db.settings.get(KEYS[part]);
  return typeof row?.value === 'string' ? (JSON.parse(row.value) as Corpus) : undefined;
}

export async function writeCorpusSnapshot(db: CrosscheckDB, part: SnapshotPart, corpus: Corpus): Promise<void> {
  await db.settings.put({ key: KEYS[part], value: JSON.stringify(corpus) });
}

export async function forgetCorpusSnapshot(db: CrosscheckDB, parts: readonly SnapshotPart[] = ['whole', 'items']): Promise<void> {
  await db.settings.bulkDelete(parts.map((part) => KEYS[part]));
}
