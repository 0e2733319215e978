/** The seed documents and their overlay, bundled into the extension as plain strings. */
import type { SeedFiles } from '../core/corpus/seedCorpus';
import seed000 from '../seeds/000_d1f0c12a1def70d6.txt?raw';
import seed002 from '../seeds/002_118f3e2256f089cb.txt?raw';
import overlay from '../seeds/overlay.json';

export const seedFiles: SeedFiles = {
  '000_d1f0c12a1def70d6.txt': seed000,
  '002_118f3e2256f089cb.txt': seed002,
};

export const seedOverlay: unknown = overlay;
