/**
 * 100,000 annotations in the options page, in Chromium: the rows are written straight into the extension's
 * IndexedDB, then the options page opens, lists them, pages and searches with no task over 50 ms on its main
 * thread (the search and the filters run in the service worker). The page's own start (compiling its script,
 * the first render, before any annotation arrives) does not depend on the data and is reported apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyAnnotation } from '../manyAnnotations';
import { launchExtension, type ExtensionSession } from './harness';

const COUNT = 100_000;
const BATCH = 10_000;

describe('100,000 annotations in the options page', () => {
  let extension: ExtensionSession;

  beforeAll(async () => {
    extension = await launchExtension();
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('lists, pages and searches them with no long task', async () => {
    const sw = await extension.serviceWorker();
    let written = 0;
    for (let from = 0; from < COUNT; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, COUNT - from) }, (_, i) => manyAnnotation(from + i));
      written += await sw.evaluate(
        (batch) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('crosscheck');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('annotations', 'readwrite');
              for (const row of batch) tx.objectStore('annotations').put(row);
              tx.oncomplete = () => {
                open.result.close();
                resolve(batch.length);
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        rows,
      );
    }
    expect(written).toBe(COUNT);

    const page = await extension.context.newPage();
    await page.addInitScript(() => {
      const seen: { start: number; ms: number }[] = [];
      (window as unknown as { __longTasks: typeof seen }).__longTasks = seen;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push({ start: e.startTime, ms: Math.round(e.duration) }))).observe({ type: 'longtask', buffered: true });
    });
    const started = Date.now();
    await page.goto(`chrome-extension://${extension.extensionId}/options.html#annotations`);
    await page.getByRole('heading', { name: 'Annotations' }).waitFor();
    const renderedAt = await page.evaluate(() => performance.now());
    await page.getByText(`${COUNT} saved.`).waitFor({ timeout: 60_000 });
    const listedMs = Date.now() - started;
    expect(await page.locator('li.annotation').count()).toBe(50);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`51–100 of ${COUNT}`).waitFor();
    const searchStarted = Date.now();
    await page.getByRole('searchbox').fill('Europol');
    await expect.poll(() => page.locator('li.annotation').count(), { timeout: 60_000 }).toBe(1);
    const searchMs = Date.now() - searchStarted;
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks);
    const atStart = tasks.filter((t) => t.start < renderedAt).map((t) => t.ms);
    const withData = tasks.filter((t) => t.start >= renderedAt).map((t) => t.ms);
    console.log(
      `100,000 annotations: listed in ${listedMs} ms, searched in ${searchMs} ms; long tasks on the options page ` +
        `with the data [${withData.join(', ')}] ms, at its start before any data [${atStart.join(', ')}] ms`,
    );
    expect(Math.max(0, ...withData)).toBeLessThanOrEqual(50);
    // The measure is live: a 120 ms task of the test's own shows in it.
    await page.evaluate(() =>
      setTimeout(() => {
        const until = performance.now() + 120;
        while (performance.now() < until);
      }, 0),
    );
    await expect.poll(() => page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: { ms: number }[] }).__longTasks.map((t) => t.ms)))).toBeGreaterThanOrEqual(100);
    await page.close();
  }, 180_000);
});
