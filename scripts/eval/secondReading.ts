/**
 * The second reading of some of the evaluation's pages (tests/fixtures/matching/second-reading/): label files
 * only, each for a page one of the halves holds, written by another reader who never saw the first labels.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HALVES } from '../eval';
import { readLabelledPage, readLabels, type LabelledPage } from './sentenceLabels';

export const SECOND_READING = fileURLToPath(new URL('../../tests/fixtures/matching/second-reading/', import.meta.url));

/** The pages of the evaluation's halves that DIR holds a second reading of: [first reading, second reading]. */
export function readings(dir: string): [LabelledPage, LabelledPage][] {
  const labelFiles = readdirSync(dir).filter((f) => f.endsWith('.links.json')).sort();
  if (labelFiles.length === 0) throw new Error(`${dir}: no label files`);
  return labelFiles.map((labels) => {
    const file = labels.replace(/\.links\.json$/, '.txt');
    const half = Object.values(HALVES).find((h) => existsSync(h + file));
    if (!half) throw new Error(`${labels}: no page of that name in the evaluation's halves`);
    const first = readLabelledPage(half, file);
    return [first, { ...first, sentences: readLabels(dir + labels) }];
  });
}
