/**
 * The Chromium half of the bench: figures only a real browser gives, each a ratio of two things measured
 * side by side in the same run, on fresh documents, as medians of several rounds.
 *
 * - precheckVsInnerText: the content script's pre-check (the same modules, bundled by Vite) on a 1 MB page that
 *   is not about the story, against reading that page's `document.body.innerText`.
 * - analysisVsInnerText: the extension's own work for a 1,500-word story article, pre-check to painted
 *   highlights (its main-thread task time in the page plus the service worker's task time, read from a CDP
 *   trace: see analysisTrace.ts), against reading the same page's innerText on a fresh layout (in the load
 *   event's handler of a fresh tab, before the page was ever laid out) in a browser without the extension,
 *   read right before each analysis: the median of the rounds' ratios.
 *   Beside it: the same work against innerText with the layout dirtied, the wall time from the content script's
 *   start to the painted frame, and the old figure (load event to highlights seen, against innerText of a page
 *   already laid out).
 *   For context, the same ratio when the service worker had been stopped before the page loaded (as Chromium stops
 *   it after 30 s without events): it starts again and reads the page's part of the stored match index first.
 * - longTasksOver50ms: long tasks seen on a 20k-word story page while the extension analyses it.
 * - popupRenderMs: the real popup rendering a story page's result, from the background's answer to the next frame.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../browser/chromiumPath';
import { launchExtension } from '../browser/launchExtension';
import { articleHtml, startPageServer, type PageServer } from '../server/pageServer';
import type { BrowserFigures } from './browserFigures';
import { HIGHLIGHTS_CHANGED, HIGHLIGHTS_SEEN, readAnalysisTrace, type TraceEvent } from './analysisTrace';
import { measurePopupRender } from './popupRender';
import { storyDirectory } from '../storyDirectory';
import type { ExtensionSession } from '../browser/launchExtension';
import { median } from './timing';

const ROUNDS = 7;
/** the traced analyses vary most from round to round (two timelines and a yardstick each): more of them */
const TRACED_ROUNDS = 11;
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));
const UNRELATED = ['038-naharnet-doris-does-damage-as-storm-hits-british-isles.txt', '041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold.txt', '045-aerosociety-spacex-flies-used-rocket-back-into-space.txt'];
/** real story openings, put together into articles of the sizes the figures ask for */
const STORY_PAGES = ['009-', '013-', '010-', '001-', '020-', '006-'];

/** How long reading the page's innerText takes: the yardstick the browser figures are ratios of. */
export function innerTextMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    void document.body.innerText.length;
    return performance.now() - t0;
  });
}


/** A module of the extension bundled by Vite into one script to add to a page, its exports on window[name]. */
export async function probeScript(file: string, name: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@story': storyDirectory() } },
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL(file, import.meta.url)), formats: ['iife'], name },
    },
  });
  const chunk = (Array.isArray(output) ? output[0]! : output as { output: { code?: string }[] }).output[0] as { code: string };
  return chunk.code;
}

/** The pre-check exactly as the content script runs it, as one script to add to a page. */
const precheckProbe = () => probeScript('./precheckProbe.ts', 'precheckProbe');

/** About 1 MB of text that is not about the story, in paragraphs, as a long page would have it. */
export function megabytePage(): string {
  const text = UNRELATED.map((f) => readFileSync(FIXTURES + f, 'utf8')).join('\n\n');
  const paragraphs = text.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`);
  const body: string[] = [];
  for (let size = 0; size < 1_000_000; ) for (const p of paragraphs) { body.push(p); size += p.length; }
  return `<!doctype html><html><head><title>Weather and gadgets</title></head><body><main>${body.join('\n')}</main></body></html>`;
}

async function measurePrecheck(page: Page, probe: string): Promise<{ ratio: number; precheckMs: number; innerTextMs: number }> {
  const html = megabytePage();
  const precheck: number[] = [];
  const innerText: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.setContent(html);
    await page.addScriptTag({ content: probe });
    precheck.push(await page.evaluate(() => (window as unknown as { precheckProbe: { timePrecheck(): number } }).precheckProbe.timePrecheck()));
    await page.setContent(html);
    innerText.push(await innerTextMs(page));
  }
  const precheckMs = median(precheck);
  const innerMs = median(innerText);
  return { ratio: round(precheckMs / innerMs), precheckMs: round(precheckMs), innerTextMs: round(innerMs) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export async function measureInBrowser(): Promise<Partial<BrowserFigures> & Record<string, number>> {
  const server = await startPageServer();
  const figures: Partial<BrowserFigures> & Record<string, number> = {};
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  let extension: ExtensionSession | undefined;
  try {
    const page = await plain.newPage();
    const pre = await measurePrecheck(page, await precheckProbe());
    figures.precheckVsInnerText = pre.ratio;
    figures.precheckMs1MB = pre.precheckMs;
    figures.innerTextMs1MB = pre.innerTextMs;
    await page.close();
    try {
      extension = await launchExtension();
      Object.assign(figures, await extensionFigures(extension, plain, server));
    } catch (error) {
      // the pre-check figures stand on their own; the extension's are reported as not measured
      console.error(`bench: extension figures not measured: ${(error as Error).message.split('\n')[0]}`);
    }
  } finally {
    await extension?.close();
    await plain.close();
    await server.close();
  }
  return figures;
}

/** The figures of the extension at work, each beside its yardstick read in `plain`, a browser without it. */
async function extensionFigures(extension: ExtensionSession, plain: Browser, server: PageServer): Promise<Record<string, number>> {
  const article = `${server.origin}/article-1500`;
  // Old figure: from the load event to highlights seen by polling, wall clock, against innerText of a page laid out.
  const analysed: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const page = await extension.context.newPage();
    await serveStoryArticle(page, article, 1500);
    await page.goto(article);
    const loaded = Date.now();
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { polling: 5, timeout: 20_000 });
    analysed.push(Date.now() - loaded);
    await page.close();
  }
  const loadToHighlightsMs = median(analysed);
  const traced = await traceAnalyses(extension, plain, article);

  const long = await extension.context.newPage();
  await long.addInitScript(() => {
    const seen: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration))).observe({ type: 'longtask', buffered: true });
    Object.defineProperty(window, '__longTasks', { value: seen });
  });
  await serveStoryArticle(long, `${server.origin}/article-20000`, 20_000);
  await long.goto(`${server.origin}/article-20000`);
  // the whole answer's highlights, painted after the first matches' (the frames stamped are not traced here)
  await long.evaluate(stampHighlightsSeen).catch(() => {});
  await long.waitForTimeout(500);
  const longTasksOver50ms = await long.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.filter((d) => d > 50).length);
  return {
    ...traced,
    loadToHighlightsMs,
    analysisVsInnerTextOld: round(loadToHighlightsMs / traced.articleInnerTextMs),
    longTasksOver50ms,
    popupRenderMs: await measurePopupRender(extension, server, ROUNDS),
  };
}

/**
 * innerText of the article read three ways in a fresh tab of a browser without the extension. The fresh read must
 * be the page's first layout: Chromium may render a frame while it parses (a parser yield, then a rendering update,
 * layout included), and a read in the load handler after that costs a tenth of one that lays the page out, which
 * made the yardstick swing from 2 to 65 ms between rounds. So the document stays hidden (`hidden` on its root, set
 * as soon as the parser inserts it, before any rendering update can run) until the load handler shows it and reads
 * its text: that read computes the styles and the layout of the whole page for the first time, in every round.
 */
export async function readArticleInnerText(plain: Browser, url: string): Promise<{ freshMs: number; laidOutMs: number; dirtyMs: number }> {
  const tab = await plain.newPage();
  await serveStoryArticle(tab, url, 1500);
  // the bench's own page: the reading is kept on window
  await tab.addInitScript(() => {
    // the parser's task inserts the root and this observer's microtask hides it before the task ends
    new MutationObserver((_, observer) => {
      if (!document.documentElement) return;
      document.documentElement.hidden = true;
      observer.disconnect();
    }).observe(document, { childList: true });
    addEventListener('load', () => {
      document.documentElement.hidden = false;
      const t0 = performance.now();
      void document.body.innerText.length;
      Object.defineProperty(window, '__freshInnerTextMs', { value: performance.now() - t0 });
    });
  });
  await tab.goto(url);
  const freshMs = await tab.evaluate(() => (window as unknown as { __freshInnerTextMs: number }).__freshInnerTextMs);
  const laidOutMs = await innerTextMs(tab);
  const dirtyMs = await tab.evaluate(() => {
    document.body.style.width = '600px'; // every line of text is wrapped again
    const t0 = performance.now();
    void document.body.innerText.length;
    return performance.now() - t0;
  });
  await tab.close();
  return { freshMs, laidOutMs, dirtyMs };
}

/** what the analysis figures are read from (analysisTrace.ts) */
export const TRACE_CATEGORIES = 'devtools.timeline,toplevel,v8.execute,mojom,ipc';

/** how long the highlights stay as they are before the bench takes them as the whole answer's */
const QUIET_MS = 600;

/**
 * Waits, frame by frame, for the page's highlights and stamps the trace (console.timeStamp) in each frame that
 * paints new ones: a long page's first matches, then the whole answer's. The analysis ends at the stamp after the
 * answer came (analysisTrace.ts), read without polling the page from outside (whose tasks would mix with the
 * extension's). Evaluated in the page as written (a string: the script runner's helpers are not there).
 */
export const stampHighlightsSeen = `new Promise((seen, fail) => {
  const giveUp = setTimeout(() => fail(new Error('no highlights within 20 s')), 20000);
  let painted = [];
  let changedAt = 0;
  const look = (now) => {
    const highlights = [...CSS.highlights.values()];
    if (highlights.length && (highlights.length !== painted.length || highlights.some((h, i) => h !== painted[i]))) {
      console.timeStamp(painted.length ? ${JSON.stringify(HIGHLIGHTS_CHANGED)} : ${JSON.stringify(HIGHLIGHTS_SEEN)});
      painted = highlights;
      changedAt = now;
    }
    if (painted.length && now - changedAt > ${QUIET_MS}) {
      clearTimeout(giveUp);
      return seen();
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})`;

/** What a CDP trace shows the extension doing for the article in a fresh tab (and the trace's events). */
export async function traceAnalysis(extension: ExtensionSession, url: string, options: { stopWorker?: boolean; words?: number; categories?: string } = {}) {
  const page = await extension.context.newPage();
  await serveStoryArticle(page, url, options.words ?? 1500);
  const cdp = await extension.context.newCDPSession(page);
  if (options.stopWorker) {
    // as Chromium does after 30 s without events: the page's analysis wakes the worker, which reads the corpus again
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.send('ServiceWorker.disable');
  }
  const events: TraceEvent[] = [];
  // traced from the browser, so that a worker started in a new process is in the trace too
  const browser = await chromium.connectOverCDP(extension.cdpEndpoint);
  try {
    const tracer = await browser.newBrowserCDPSession();
    tracer.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => tracer.once('Tracing.tracingComplete', () => done()));
    await tracer.send('Tracing.start', { categories: options.categories ?? TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url);
    await page.evaluate(stampHighlightsSeen);
    await page.waitForTimeout(100); // the painted frame
    await tracer.send('Tracing.end');
    await complete;
  } finally {
    await browser.close();
  }
  await page.close();
  const trace = readAnalysisTrace(events, '/precheck.js');
  return { ...trace, workMs: trace.pageWorkMs + trace.workerWorkMs, firstWorkMs: trace.firstPageWorkMs + trace.firstWorkerWorkMs, events };
}

/**
 * TRACED_ROUNDS of: the article's innerText in the browser without the extension, then the extension's analysis of it,
 * one right after the other, so that each ratio is taken while the machine is as busy for both. Medians.
 */
async function traceAnalyses(extension: ExtensionSession, plain: Browser, url: string) {
  const measure = async (stopWorker: boolean) => {
    const out: { yardstick: Awaited<ReturnType<typeof readArticleInnerText>>; trace: Awaited<ReturnType<typeof traceAnalysis>> }[] = [];
    for (let r = 0; r < TRACED_ROUNDS; r++) out.push({ yardstick: await readArticleInnerText(plain, url), trace: await traceAnalysis(extension, url, { stopWorker }) });
    return out;
  };
  const rounds = await measure(false);
  const cold = await measure(true);
  const med = (of: (round: (typeof rounds)[number]) => number, from = rounds) => round(median(from.map(of)));
  return {
    articleInnerTextFreshMs: med((r) => r.yardstick.freshMs),
    articleInnerTextDirtyMs: med((r) => r.yardstick.dirtyMs),
    articleInnerTextMs: med((r) => r.yardstick.laidOutMs),
    analysisPageWorkMs: med((r) => r.trace.pageWorkMs),
    analysisWorkerWorkMs: med((r) => r.trace.workerWorkMs),
    analysisWorkMs: med((r) => r.trace.workMs),
    analysisWallMs: med((r) => r.trace.wallMs),
    analysisVsInnerText: med((r) => r.trace.workMs / r.yardstick.freshMs),
    analysisVsDirtyInnerText: med((r) => r.trace.workMs / r.yardstick.dirtyMs),
    analysisWallVsInnerText: med((r) => r.trace.wallMs / r.yardstick.freshMs),
    analysisStoppedWorkerMs: med((r) => r.trace.workerWorkMs, cold),
    analysisStoppedVsInnerText: med((r) => r.trace.workMs / r.yardstick.freshMs, cold),
    firstHighlightsVsInnerText: med((r) => r.trace.firstWorkMs / r.yardstick.freshMs),
    firstHighlightsStoppedWorkerMs: med((r) => r.trace.firstWorkerWorkMs, cold),
    firstHighlightsStoppedVsInnerText: med((r) => r.trace.firstWorkMs / r.yardstick.freshMs, cold),
  };
}

/** each size of article is put together once per run */
const storyArticles = new Map<number, string>();

/** An article of at least `words` words about the story, from real paragraphs, at a fixed local URL. */
export async function serveStoryArticle(page: Page, url: string, words: number): Promise<void> {
  const html = storyArticles.get(words) ?? storyArticleHtml(words);
  storyArticles.set(words, html);
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
}

function storyArticleHtml(words: number): string {
  const files = readdirSync(FIXTURES).filter((f) => STORY_PAGES.some((prefix) => f.startsWith(prefix))).sort();
  const texts = files.map((f) => readFileSync(FIXTURES + f, 'utf8').replace(/^(URL|TITLE|LABEL):.*\n/gm, ''));
  const parts: string[] = [];
  for (let count = 0; count < words; ) for (const text of texts) { parts.push(text); count += text.split(/\s+/).length; if (count >= words) break; }
  return articleHtml(`TITLE: Westminster attacker Khalid Masood used WhatsApp minutes before the attack\n\n${parts.join('\n\n')}`);
}
