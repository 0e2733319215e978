/**
 * The whole corpus in one row (settings `corpusSnapshot`, as JSON text), for a corpus small enough to be matched
 * against the whole index built in memory (the seeds and a few packs). A worker that wakes for a page reads that
 * one row and parses it instead of reading every corpus table: one request and a JSON parse cost about a third of
 * eight requests and the structured clones of their rows. corpusRepository.ts writes the row in the transaction
 * that reads the tables it copies (`loadSmallCorpus`) and deletes it in every corpus write's transaction; an install
 * or update of the extension deletes it too (the new code may read the tables otherwise), and so must a schema
 * upgrade that changes corpus rows (storage/db.ts). So the row never outlives the rows it copies.
 */
import type { Corpus } from '../core/corpus/model';
import type { CrosscheckDB } from './db';

export const CORPUS_SNAPSHOT_KEY = 'corpusSnapshot';

/** The corpus the row holds, or undefined when there is none. */
export async function readCorpusSnapshot(db: CrosscheckDB): Promise<Corpus | undefined> {
  const row = await db.settings.get(CORPUS_SNAPSHOT_KEY);
  return typeof row?.value === 'string' ? (JSON.parse(row.value) as Corpus) : undefined;
}

export async function writeCorpusSnapshot(db: CrosscheckDB, corpus: Corpus): Promise<void> {
  await db.settings.put({ key: CORPUS_SNAPSHOT_KEY, value: JSON.stringify(corpus) });
}

export async function forgetCorpusSnapshot(db: CrosscheckDB): Promise<void> {
  await db.settings.delete(CORPUS_SNAPSHOT_KEY);
}
