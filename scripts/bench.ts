/**
 * npm run bench [-- --json] [-- --million]
 *
 * The speed of matching, as ratios measured side by side in one run (these machines are noisy): the Node
 * figures (indexed vs naive fuse.js, planted recall, growth from 10k to 100k passages, index build time) and
 * the browser figures from the Chromium part when it is there. A table on stdout; with --json, one JSON
 * object on the last line.
 */
import { runAnchorBench } from './bench/anchorBench';
import { browserFigures } from './bench/browserFigures';
import { measureCorpus } from './bench/corpusBench';
import { measureStoredIndex } from './bench/indexBench';
import { runNodeBench } from './bench/nodeBench';
import { plantedText } from './bench/plantedText';
import { measureReanchor } from './bench/reanchorBench';

const GOALS: Record<string, string> = {
  indexedVsNaiveSpeedup: '>= 1000',
  plantedRecall: '>= 0.99',
  plantedRecall10k: '>= 0.99',
  plantedRecall1M: '>= 0.99',
  coldFirstMatchMs100k: '<= 300',
  coldGrowth100kTo1M: '<= 2',
  analysisStoppedVsInnerText: '<= 3',
  growth10kTo100k: '<= 2',
  analysisVsInnerText: '<= 5',
  precheckVsInnerText: '<= 0.1',
  longTasksOver50ms: '0',
  anchoredOf100: '100',
  reanchorPlacedOf100: '100',
};

/** what the analysis figures measure, printed under the table */
const DEFINITIONS: Record<string, string> = {
  analysisVsInnerText:
    "the extension's own work for a 1,500-word story page (its main-thread task time in the page from the content script's start to the frame painted with the whole answer's highlights, plus the service worker's task time, from a CDP trace), / innerText read on a fresh layout (load handler of a fresh tab of a browser without the extension, read right before each analysis); median of the rounds' ratios",
  analysisVsDirtyInnerText: 'the same work / innerText read after the width of the body changed (every line wrapped again)',
  analysisStoppedVsInnerText:
    'the same ratio when the service worker had been stopped before the page loaded (it starts, reads the seed corpus and builds its index first: up to 5,000 sentences are matched in memory)',
  firstHighlightsVsInnerText:
    "the same work up to the first frame painted with highlights: a long page's first matches (its first 16 sentences) are sent and painted ahead of the whole answer / innerText on a fresh layout",
  firstHighlightsStoppedWorkerMs: "the service worker's task time from its wake to the first highlights painted, worker stopped first",
  firstHighlightsStoppedVsInnerText: 'the work to the first highlights with the service worker stopped first / innerText on a fresh layout',
  analysisWallVsInnerText: "wall time from the content script's start to the frame painted with the whole answer's highlights (CDP trace) / innerText on a fresh layout",
  coldFirstMatchMs10k:
    "the service worker's task time (CDP trace) from its wake until the 1,500-word story page received its first matches (those of its first 16 sentences, sent ahead of the whole answer), worker stopped first, with a synthetic corpus of 10k passages in IndexedDB beside the seeds (written through the corpus repository, index included); median of 3 rounds",
  coldFirstMatchMs100k: 'the same with 100k passages',
  coldFirstMatchMs1M: 'the same with 1M passages (written in ten parts of 100k; only with --million, as the write takes long)',
  coldGrowth100kTo1M: 'coldFirstMatchMs1M / coldFirstMatchMs100k',
  workerHeapMB100k: "the service worker's used JS heap right after that cold analysis with 100k passages (Runtime.getHeapUsage over CDP)",
  memoryIndexHeapMB100k: 'the heap the whole in-memory index of 100k passages takes, built in Node (the build the stored index replaces in the worker)',
  indexWriteMs10k: 'adding a 10k-passage part to the corpus in the extension (one transaction: sources, passages, targets, the rows of its words, word counts)',
  analysisVsInnerTextOld: 'wall clock from the load event to highlights seen by polling / innerText of a page already laid out (the old figure)',
};

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const { articleSentences, vocabularyText, articleTexts } = plantedText();

  const log = (line: string) => console.error(`bench: ${line}`);
  const node = runNodeBench({ articleSentences, vocabularyText, log, million: true });
  const browser = await browserFigures();
  if (browser.note) log(browser.note);
  const anchoring = runAnchorBench(articleTexts.join('\n\n'));
  const reanchor = await measureReanchor().catch((error: Error) => {
    log(`re-anchoring in the browser not measured: ${error.message.split('\n')[0]}`);
    return {};
  });
  // Writing a million passages into the extension's IndexedDB takes long: only with --million.
  const sizes = process.argv.includes('--million') ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
  const stored = await storedIndexFigures(sizes, vocabularyText, articleSentences.map((s) => s.text), log);
  const figures = { ...node, ...stored, ...anchoring, ...browser.figures, ...(await measureCorpus(log)), ...reanchor };

  const rows = Object.entries(figures).map(([name, value]) => [name, value === null ? 'not measured' : String(value), GOALS[name] ?? '']);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(14)}  goal`);
  for (const [name, value, goal] of rows) console.log(`${name!.padEnd(width)}  ${value!.padStart(14)}  ${goal}`);
  for (const [name, definition] of Object.entries(DEFINITIONS)) if (name in figures) console.log(`${name}: ${definition}`);
  if (json) console.log(JSON.stringify(figures));
}

/** The stored index's figures in the real extension, by corpus size; null when the browser part could not run. */
async function storedIndexFigures(sizes: number[], vocabularyText: string, sentences: string[], log: (line: string) => void) {
  const measured = await measureStoredIndex(sizes, vocabularyText, sentences, log).catch((error: Error) => {
    log(`stored index figures not measured: ${error.message.split('\n')[0]}`);
    return undefined;
  });
  const cold = (size: number) => measured?.coldFirstMatchMs[size] ?? null;
  const growth = cold(100_000) && cold(1_000_000) ? Math.round((cold(1_000_000)! / cold(100_000)!) * 100) / 100 : null;
  return {
    coldFirstMatchMs10k: cold(10_000),
    coldFirstMatchMs100k: cold(100_000),
    coldFirstMatchMs1M: cold(1_000_000),
    coldGrowth100kTo1M: growth,
    workerHeapMB100k: measured?.workerHeapMB[100_000] ?? null,
    indexWriteMs10k: measured?.indexWriteMs10k ?? null,
  };
}

void main();
