/**
 * npm start: opens Chromium with the built extension on the bundled demo pages (openings of real articles
 * about the story, each with its source URL, and one page that is not about it), served from a local server.
 *
 * With a display it is an ordinary window to click in, open until you close it. Headless (CI set, or no
 * DISPLAY) it visits each page, writes a screenshot of it with its highlights and of the popup in light and
 * dark mode to demo-output/, plus demo-output/report.json (per page: topic, matches, timings), and exits. For
 * each story page it also writes demo-output/store-<page>.jpg, the page with its popup open at 1280×800: the
 * pictures of the store listings (store/screenshots/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR, launchExtension, type ExtensionSession } from './browser/launchExtension';
import { storeScreenshot } from './browser/storeScreenshot';
import { analyzerStarted, noResultReason, waitForTabResult } from './browser/tabResultInBrowser';
import { startPageServer } from './server/pageServer';

/** Fixture pages shown by the demo: four about the story, one near miss, one unrelated. */
export const DEMO_PAGES = [
  '009-independent-ie-westminster-attacker-using-whatsapp-minutes-earlier',
  '013-reuters-rudd-end-to-end-encryption-completely-unacceptable',
  '010-theweek-rudd-whatsapp-gives-terrorists-secret-place-to-hide',
  '001-scotsman-police-name-westminster-attacker-khalid-masood',
  '031-politico-feds-get-order-to-force-apple-to-unlock-san-bernardino-phone',
  '041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold',
];

const OUTPUT = resolve('demo-output');
/** how long the demo waits for a page's result */
const RESULT_WAIT_MS = 8_000;

async function main(): Promise<void> {
  if (!existsSync(`${CHROME_EXTENSION_DIR}/manifest.json`)) throw new Error('no build in .output/chrome-mv3: run `npm run build` first');
  const server = await startPageServer();
  const headless = Boolean(process.env.CI) || !process.env.DISPLAY;
  const extension = await launchExtension({ headless });
  console.log(`Crosscheck loaded (extension id ${extension.extensionId}); demo pages served at ${server.origin}/`);
  try {
    if (headless) await recordDemo(extension, server.urlFor.bind(server));
    else await browseDemo(extension, server.urlFor.bind(server));
  } finally {
    await extension.close().catch(() => {});
    await server.close();
  }
}

async function browseDemo(extension: ExtensionSession, urlFor: (name: string) => string): Promise<void> {
  const [first, ...rest] = DEMO_PAGES;
  const page = extension.context.pages()[0] ?? (await extension.context.newPage());
  await page.goto(urlFor(first!));
  for (const name of rest) await (await extension.context.newPage()).goto(urlFor(name));
  await page.bringToFront();
  console.log('Click the Crosscheck icon in the toolbar on each tab. Close the browser window to finish.');
  await new Promise<void>((done) => extension.context.on('close', () => done()));
}

async function recordDemo(extension: ExtensionSession, urlFor: (name: string) => string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  const report = [];
  for (const name of DEMO_PAGES) {
    const page = await extension.context.newPage();
    const started = Date.now();
    await page.goto(urlFor(name));
    const tabId = await extension.tabIdOf(page);
    const result = await waitForTabResult(extension, tabId, RESULT_WAIT_MS);
    const seenMs = Date.now() - started;
    await page.screenshot({ path: `${OUTPUT}/${name}.png`, fullPage: true });
    const popupShots = await screenshotPopup(extension, page, name);
    if (result && result.analysis.topic.topic !== 'none') {
      await storeScreenshot(page, readFileSync(`${OUTPUT}/${popupShots[0]}`), `${OUTPUT}/store-${name}.jpg`);
    }
    const analysis = result?.analysis;
    report.push({
      page: name,
      url: page.url(),
      sourceUrl: await page.locator('link[rel=canonical]').getAttribute('href').catch(() => null),
      topic: analysis?.topic.topic ?? 'none',
      score: analysis?.topic.score ?? 0,
      why: analysis?.topic.why ?? noResultReason(RESULT_WAIT_MS, await analyzerStarted(extension, tabId)),
      badge: await (await extension.serviceWorker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      matchedSentences: new Set(analysis?.matches.map((m) => m.sentenceIndex)).size,
      matches: (analysis?.matches ?? []).map((m) => ({ sentence: m.sentence, kind: m.kind, verdict: m.verdict, itemId: m.itemId, speaker: m.speaker, score: m.score })),
      timings: { ...(analysis?.timings ?? {}), loadToResultMs: result ? seenMs : null },
      screenshots: [`${name}.png`, ...popupShots],
    });
    console.log(`${name}: ${report.at(-1)!.topic}, ${report.at(-1)!.matchedSentences} matching sentence(s)`);
    await page.close();
  }
  writeFileSync(`${OUTPUT}/report.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Screenshots and report.json written to ${OUTPUT}/`);
}

async function screenshotPopup(extension: ExtensionSession, page: Page, name: string): Promise<string[]> {
  const shots: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await extension.openPopup(page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(300);
    const file = `${name}.popup-${scheme}.png`;
    await popup.screenshot({ path: `${OUTPUT}/${file}` });
    shots.push(file);
    await popup.close();
  }
  return shots;
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${(error as Error).message}`);
  process.exit(1);
});
