/**
 * npm run bench [-- --json]
 *
 * The speed of matching, as ratios measured side by side in one run (these machines are noisy): the Node
 * figures (indexed vs naive fuse.js, planted recall, growth from 10k to 100k passages, index build time) and
 * the browser figures from the Chromium part when it is there. A table on stdout; with --json, one JSON
 * object on the last line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageInputFromText } from '../core/extract/pageInputFromText';
import { contentWords } from '../core/match/terms';
import { splitSentences } from '../core/text/segment';
import { runAnchorBench } from './bench/anchorBench';
import { browserFigures } from './bench/browserFigures';
import { measureCorpus } from './bench/corpusBench';
import { runNodeBench } from './bench/nodeBench';
import { measureReanchor } from './bench/reanchorBench';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));
/** real articles whose sentences are planted in the synthetic corpus and matched */
const ARTICLES = ['006-', '010-', '020-', '021-', '003-'];

const GOALS: Record<string, string> = {
  indexedVsNaiveSpeedup: '>= 1000',
  plantedRecall: '>= 0.99',
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
    "the extension's own work for a 1,500-word story page (its main-thread task time in the page from the content script's start to the painted highlights, plus the service worker's task time, from a CDP trace), / innerText read on a fresh layout (load handler of a fresh tab of a browser without the extension, read right before each analysis); median of the rounds' ratios",
  analysisVsDirtyInnerText: 'the same work / innerText read after the width of the body changed (every line wrapped again)',
  analysisStoppedVsInnerText:
    'the same ratio when the service worker had been stopped before the page loaded (it starts, reads the corpus and builds the index first)',
  analysisWallVsInnerText: "wall time from the content script's start to the frame painted with the highlights (CDP trace) / innerText on a fresh layout",
  analysisVsInnerTextOld: 'wall clock from the load event to highlights seen by polling / innerText of a page already laid out (the old figure)',
};

/** share of the smaller sentence's content words the other one has: above this they are the same sentence */
const NEAR_DUPLICATE = 0.8;

function sharedShare(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
  const pages = files.map((f) => ({ file: f, page: pageInputFromText(readFileSync(FIXTURES + f, 'utf8')) }));
  const articles = pages.filter((p) => ARTICLES.some((prefix) => p.file.startsWith(prefix)));
  // Distinct sentences with something to match on: the matcher leaves stopword-only fragments alone by design.
  // Two articles quoting the same words give one sentence, not two planted copies that each match the other.
  const chosen: Set<string>[] = [];
  const articleSentences = articles
    .flatMap((a) => splitSentences(a.page.text))
    .filter((s) => s.text.split(/\s+/).length >= 8 && contentWords(s.text).length >= 4)
    .filter((s) => {
      const words = new Set(contentWords(s.text));
      if (chosen.some((other) => sharedShare(words, other) >= NEAR_DUPLICATE)) return false;
      chosen.push(words);
      return true;
    });
  const vocabularyText = pages.filter((p) => !articles.includes(p)).map((p) => p.page.text).join(' ');

  const log = (line: string) => console.error(`bench: ${line}`);
  const node = runNodeBench({ articleSentences, vocabularyText, log });
  const browser = await browserFigures();
  if (browser.note) log(browser.note);
  const anchoring = runAnchorBench(articles.map((a) => a.page.text).join('\n\n'));
  const reanchor = await measureReanchor().catch((error: Error) => {
    log(`re-anchoring in the browser not measured: ${error.message.split('\n')[0]}`);
    return {};
  });
  const figures = { ...node, ...anchoring, ...browser.figures, ...(await measureCorpus(log)), ...reanchor };

  const rows = Object.entries(figures).map(([name, value]) => [name, value === null ? 'not measured' : String(value), GOALS[name] ?? '']);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(14)}  goal`);
  for (const [name, value, goal] of rows) console.log(`${name!.padEnd(width)}  ${value!.padStart(14)}  ${goal}`);
  for (const [name, definition] of Object.entries(DEFINITIONS)) if (name in figures) console.log(`${name}: ${definition}`);
  if (json) console.log(JSON.stringify(figures));
}

void main();
