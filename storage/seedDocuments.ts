/**
 * The story's seed documents and their overlay (with its learned proposition words), bundled into the extension as plain strings: every .txt of the
 * story folder (`@story`, seeds/ unless the build names another, core/story/bundledStory.ts) by file name.
 */
import type { SeedFiles } from '../core/corpus/seedCorpus';
import overlay from '@story/overlay.json';
import { withPropositionWords } from '../core/corpus/propositionWords';

const texts = import.meta.glob<string>('@story/*.txt', { query: '?raw', import: 'default', eager: true });
/** the proposition words learned for the story (`npm run train`), if its folder has them */
const learned = Object.values(import.meta.glob<unknown>('@story/propositionWords.json', { import: 'default', eager: true }))[0];

export const seedFiles: SeedFiles = Object.fromEntries(Object.entries(texts).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));

export const seedOverlay: unknown = withPropositionWords(overlay, learned);

/** A hash of the story folder these come from, made by the extension's build (scripts/storyFingerprint.ts); undefined elsewhere. */
export const seedFingerprint: string | undefined = import.meta.env?.CROSSCHECK_STORY_FINGERPRINT as string | undefined;
