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

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
  const pages = files.map((f) => ({ file: f, page: pageInputFromText(readFileSync(FIXTURES + f, 'utf8')) }));
  const articles = pages.filter((p) => ARTICLES.some((prefix) => p.file.startsWith(prefix)));
  // Distinct sentences with something to match on: the matcher leaves stopword-only fragments alone by design.
  const seen = new Set<string>();
  const articleSentences = articles
    .flatMap((a) => splitSentences(a.page.text))
    .filter((s) => s.text.split(/\s+/).length >= 8 && contentWords(s.text).length >= 4)
    .filter((s) => !seen.has(s.text) && Boolean(seen.add(s.text)));
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
  if (json) console.log(JSON.stringify(figures));
}

void main();
