/**
 * What waking a stopped MV3 service worker costs before any of the extension's work, measured as the bench
 * measures analysisStoppedVsInnerText: node --import tsx scripts/bench/workerWakeFloor.ts [--rounds N]
 *
 * A minimal extension is written to a temporary folder: a content script that sends the article's text to the
 * service worker at document_idle and, on the answer, sets one CSS highlight; a service worker whose only code
 * answers the message at once. For each round, side by side: the article's innerText in a browser without
 * extensions (the yardstick), then the minimal extension's analysis with its worker stopped first, then
 * Crosscheck's, both traced the same way (analysisTrace.ts). It prints the medians: the minimal extension's
 * worker time and its ratio (page and worker work over innerText) are the floor no analysis done in the service
 * worker can go under.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../browser/chromiumPath';
import { launchExtension } from '../browser/launchExtension';
import { startPageServer } from '../server/pageServer';
import { readArticleInnerText, traceAnalysis } from './browserBench';
import { median } from './timing';
import { waitForMatchIndex } from './workerSetting';

const MANIFEST = {
  manifest_version: 3,
  name: 'wake floor',
  version: '1.0',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*'], js: ['precheck.js'], run_at: 'document_idle' }],
};
const WORKER = `chrome.runtime.onMessage.addListener((message, _sender, reply) => { reply({ length: message.text.length }); });`;
const CONTENT = `chrome.runtime.sendMessage({ text: document.body.textContent }).then(() => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p') ?? document.body);
  CSS.highlights.set('floor', new Highlight(range));
});`;

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

async function main(): Promise<void> {
  const rounds = option('--rounds', 9);
  const dir = mkdtempSync(join(tmpdir(), 'wake-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(dir, 'background.js'), WORKER);
  writeFileSync(join(dir, 'precheck.js'), CONTENT);
  const server = await startPageServer();
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  const minimal = await launchExtension({ extensionDir: dir });
  const crosscheck = await launchExtension();
  try {
    await waitForMatchIndex(await crosscheck.serviceWorker());
    const url = `${server.origin}/article-1500`;
    const rows: { innerText: number; minimalWorker: number; minimalRatio: number; crosscheckWorker: number; crosscheckRatio: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      const { freshMs } = await readArticleInnerText(plain, url);
      let floor: Awaited<ReturnType<typeof traceAnalysis>>;
      let real: Awaited<ReturnType<typeof traceAnalysis>>;
      try {
        floor = await traceAnalysis(minimal, url, { stopWorker: true });
        real = await traceAnalysis(crosscheck, url, { stopWorker: true });
      } catch (error) {
        // a trace that misses the answer's delivery (it happens on a busy machine) is left out, and said
        console.error(`round ${r + 1} left out: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      rows.push({ innerText: freshMs, minimalWorker: floor.workerWorkMs, minimalRatio: floor.workMs / freshMs, crosscheckWorker: real.workerWorkMs, crosscheckRatio: real.workMs / freshMs });
      console.error(`round ${r + 1}: innerText ${freshMs.toFixed(1)} ms · minimal worker ${floor.workerWorkMs.toFixed(1)} ms (ratio ${(floor.workMs / freshMs).toFixed(2)}) · Crosscheck worker ${real.workerWorkMs.toFixed(1)} ms (ratio ${(real.workMs / freshMs).toFixed(2)})`);
    }
    const med = (of: (row: (typeof rows)[number]) => number) => Math.round(median(rows.map(of)) * 100) / 100;
    console.log(JSON.stringify({
      rounds: rows.length,
      articleInnerTextFreshMs: med((r) => r.innerText),
      emptyWorkerWakeMs: med((r) => r.minimalWorker),
      emptyWorkerStoppedVsInnerText: med((r) => r.minimalRatio),
      crosscheckStoppedWorkerMs: med((r) => r.crosscheckWorker),
      analysisStoppedVsInnerText: med((r) => r.crosscheckRatio),
    }, null, 2));
  } finally {
    await crosscheck.close();
    await minimal.close();
    await plain.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
