/**
 * Grows the extension's own corpus with the bench's synthetic one, from a page of the extension (same
 * IndexedDB as its service worker), through the same repository the extension writes packs with: the index is
 * written in the same transactions. Written in parts of at most PART passages, as packs would add them.
 */
import type { Corpus } from '../../core/corpus/model';
import { writeCorpusPart } from '../../storage/corpusRepository';
import { openDatabase } from '../../storage/db';
import { buildSyntheticCorpus } from './syntheticCorpus';

const PART = 100_000;

/** Writes a synthetic corpus of `size` passages; the milliseconds each part's write took, index included. */
export async function writeSyntheticCorpus(size: number, vocabularyText: string, sentences: string[]): Promise<number[]> {
  const { corpus } = buildSyntheticCorpus(size, vocabularyText, sentences);
  const db = openDatabase();
  const times: number[] = [];
  try {
    for (let from = 0; from < corpus.passages.length; from += PART) {
      const sourceId = `synthetic-${from / PART}`;
      const part: Corpus = {
        ...corpus,
        sources: [{ ...corpus.sources[0]!, id: sourceId, addedAt: from }],
        passages: corpus.passages.slice(from, from + PART).map((p) => ({ ...p, sourceId })),
      };
      const started = performance.now();
      await writeCorpusPart(db, part);
      times.push(performance.now() - started);
    }
  } finally {
    db.close();
  }
  return times;
}
