/**
 * The corpus the CLI and the bench analyse against: a Corpus JSON file when one is given (`--corpus`), else
 * the seed corpus built from seeds/ by the corpus builder's Node helper.
 */
import { readFile } from 'node:fs/promises';
import type { Corpus } from '../../core/corpus/model';

/** The builder's Node helper; imported by name at run time so this file does not pin its location. */
const SEED_LOADER = '../seedCorpus.ts';

export async function loadCorpus(corpusPath?: string): Promise<Corpus> {
  if (corpusPath) return JSON.parse(await readFile(corpusPath, 'utf8')) as Corpus;
  let loader: { loadSeedCorpusFromDisk?: () => Corpus | Promise<Corpus> };
  try {
    loader = (await import(SEED_LOADER)) as typeof loader;
  } catch (error) {
    throw new Error(`cannot load the seed corpus (${SEED_LOADER}): ${(error as Error).message}; pass --corpus <corpus.json>`);
  }
  if (!loader.loadSeedCorpusFromDisk) throw new Error(`${SEED_LOADER} has no loadSeedCorpusFromDisk()`);
  return loader.loadSeedCorpusFromDisk();
}
