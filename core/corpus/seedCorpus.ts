/**
 * The seed corpus: the documents in seeds/ and their curated overlay (seeds/overlay.json). The texts reach
 * this as plain strings (Vite `?raw` imports in the extension, fs in Node), so both build the same corpus.
 */
import type { Corpus } from './model';
import { buildCorpus, type KeyedDocument } from './buildCorpus';
import { contentHash } from './ids';
import { parseOverlay } from './overlay';
import { bundledStory } from '../story/bundledStory';
import { corpusWording, type CorpusWording } from './corpusWording';

/** seed file name -> its text */
export type SeedFiles = Readonly<Record<string, string>>;

/** `wording`: the story's (its story file), the build's own unless a test names another story. */
export function buildSeedCorpus(files: SeedFiles, overlayData: unknown, wording: CorpusWording = corpusWording(bundledStory)): Corpus {
  const overlay = parseOverlay(overlayData, 'seeds/overlay.json');
  const docs: KeyedDocument[] = Object.keys(files)
    .sort()
    .map((key) => {
      const meta = overlay.sources[key];
      return {
        key,
        text: files[key]!,
        origin: 'seed',
        addedAt: 0,
        ...(meta?.title ? { title: meta.title.value, titleBasis: meta.title.basis } : {}),
        ...(meta?.date ? { date: meta.date.value, dateBasis: meta.date.basis } : {}),
      };
    });
  return buildCorpus(docs, { propositions: overlay.propositions, positions: overlay.positions, people: overlay.people ?? {}, subjects: overlay.subjects ?? {} }, 'seeds/overlay.json', wording);
}

/** Changes whenever a seed text, the overlay or the story's wording changes (or the builder's output version does). */
export function seedVersion(files: SeedFiles, overlayData: unknown, wording: CorpusWording = corpusWording(bundledStory)): string {
  return contentHash(BUILDER_VERSION, JSON.stringify(overlayData), JSON.stringify(wording.facts), [...wording.notNames].sort().join(' '), wording.institutions.join('|'), ...Object.keys(files).sort().flatMap((k) => [k, files[k]!]));
}

/** Raised when the builder's output changes, so installed extensions rebuild their seed rows on update. */
export const BUILDER_VERSION = 2;
