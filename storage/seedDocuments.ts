/**
 * The story's seed documents and their overlay, bundled into the extension as plain strings: every .txt of the
 * story folder (`@story`, seeds/ unless the build names another, core/story/bundledStory.ts) by file name.
 */
import type { SeedFiles } from '../core/corpus/seedCorpus';
import overlay from '@story/overlay.json';

const texts = import.meta.glob<string>('@story/*.txt', { query: '?raw', import: 'default', eager: true });

export const seedFiles: SeedFiles = Object.fromEntries(Object.entries(texts).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));

export const seedOverlay: unknown = overlay;
