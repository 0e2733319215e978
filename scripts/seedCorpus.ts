/** The seed corpus built in Node from seeds/ on disk, for the CLI, the bench and the tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../core/corpus/model';
import { buildSeedCorpus, type SeedFiles } from '../core/corpus/seedCorpus';
import { corpusWording } from '../core/corpus/corpusWording';
import { withPropositionWords } from '../core/corpus/propositionWords';
import { parseStory } from '../core/story/storySchema';

export const SEED_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));

export function readSeedFiles(dir = SEED_DIR): { files: SeedFiles; overlay: unknown } {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) files[name] = readFileSync(`${dir}${name}`, 'utf8');
  const overlay = JSON.parse(readFileSync(`${dir}overlay.json`, 'utf8')) as unknown;
  const words = existsSync(`${dir}propositionWords.json`) ? (JSON.parse(readFileSync(`${dir}propositionWords.json`, 'utf8')) as unknown) : undefined;
  return { files, overlay: withPropositionWords(overlay, words, `${dir}propositionWords.json`) };
}

/** The corpus of a story folder, built with the wording of that folder's story file. */
export function loadSeedCorpusFromDisk(dir = SEED_DIR): Corpus {
  const { files, overlay } = readSeedFiles(dir);
  const story = parseStory(JSON.parse(readFileSync(`${dir}story.json`, 'utf8')), `${dir}story.json`);
  return buildSeedCorpus(files, overlay, corpusWording(story));
}
