/**
 * A long story page, opened while the service worker is stopped (as Chromium stops it after 30 s idle): the
 * matches of its opening are painted first, and the whole answer's highlights then take their place. The page is
 * the bench's 1,500-word article, put together from the labelled story pages (tests/fixtures/pages, each with its
 * source URL). A card opened on a first match stays open on its sentence.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PART_SENTENCES } from '../../core/analyzePage';
import type { TabResult } from '../../core/tabResult';
import { serveStoryArticle } from '../../scripts/bench/browserBench';
import { waitForMatchIndex } from '../../scripts/bench/workerSetting';
import { askBackground } from './askBackground';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

/** Kept in the page from its start: the text of every highlighted range, each time the highlights are new ones. */
const RECORD_PAINTS = `(() => {
  const paints = [];
  let last = [];
  const look = () => {
    const now = [...CSS.highlights.values()];
    if (now.length && (now.length !== last.length || now.some((h, i) => h !== last[i]))) {
      paints.push(now.flatMap((h) => [...h].map((range) => range.toString())));
      last = now;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  Object.defineProperty(window, '__paints', { value: paints });
})()`;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function paints(page: Page): Promise<string[][]> {
  return page.evaluate('window.__paints') as Promise<string[][]>;
}

describe('a long page opened with the service worker stopped', () => {
  let extension: ExtensionSession;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension();
    // the worker Chromium stops is an idle one: it has written the seeds and their index first
    await waitForMatchIndex(await extension.serviceWorker());
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it("paints its opening's matches first, then the whole page's in their place", async () => {
    const url = `${server.origin}/long-story-article`;
    const page = await extension.context.newPage();
    await serveStoryArticle(page, url, 1500);
    await page.addInitScript(RECORD_PAINTS);
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(url);

    // the worker that woke for the page is not the one the test held: the tab's result is asked for as the popup asks
    const control = await extension.extensionPage('manifest.json');
    const tabId = await control.evaluate(async (address) => (await chrome.tabs.query({ url: address }))[0]!.id!, url);
    await control.close();
    await expect.poll(() => askBackground(extension, 'getTabResult', { tabId }), { timeout: 20_000 }).not.toBeNull();
    const result = (await askBackground(extension, 'getTabResult', { tabId })) as TabResult | null;
    expect(result?.analysis.topic.topic).not.toBe('none');
    const matches = result!.analysis.matches;
    const sentences = new Map(matches.map((m) => [m.sentenceIndex, squash(m.sentence)]));
    // the whole answer's highlights: one range per matched sentence
    await expect.poll(async () => (await paints(page)).at(-1)?.length, { timeout: 10_000 }).toBe(sentences.size);

    const painted = await paints(page);
    expect(painted.length).toBeGreaterThanOrEqual(2);
    const [first] = painted;
    const opening = [...sentences].filter(([index]) => index < FIRST_PART_SENTENCES).map(([, text]) => text);
    expect(first!.length).toBeGreaterThan(0);
    expect(first!.length).toBeLessThan(sentences.size);
    // every sentence painted first is one of the opening's, as the whole answer matches it
    for (const text of first!) expect(opening).toContain(squash(text));
    await page.close();
  }, 60_000);

  it('keeps a card opened on a first match open on the same sentence when the whole answer is painted', async () => {
    const sw = await extension.serviceWorker();
    // the worker holds its thread for a moment right after sending the first matches: the reader hovers meanwhile
    await sw.evaluate(() => {
      const send = chrome.tabs.sendMessage.bind(chrome.tabs) as (...args: unknown[]) => unknown;
      (chrome.tabs as { sendMessage: unknown }).sendMessage = (...args: unknown[]) => {
        const sent = send(...args);
        if ((args[1] as { type?: string })?.type === 'firstMatches') {
          const until = performance.now() + 2_000;
          while (performance.now() < until);
        }
        return sent;
      };
    });
    const url = `${server.origin}/long-story-article-hovered`;
    const page = await extension.context.newPage();
    await serveStoryArticle(page, url, 1500);
    await page.addInitScript(RECORD_PAINTS);
    const cdp = await extension.context.newCDPSession(page);
    const cardOpen = async () =>
      ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] }).nodes.some(
        (n) => n.role?.value === 'dialog' && !!n.name?.value.startsWith('Crosscheck'),
      );
    await page.goto(url);
    await expect.poll(async () => (await paints(page)).length, { timeout: 20_000 }).toBe(1);
    const box = (await page.evaluate('(() => { const r = [...[...CSS.highlights.values()][0]][0].getClientRects()[0]; return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()')) as { x: number; y: number };
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await expect.poll(cardOpen, { timeout: 5_000 }).toBe(true);
    expect(await paints(page)).toHaveLength(1);
    // the whole answer's highlights take the first ones' place, and the card is still there
    await expect.poll(async () => (await paints(page)).length, { timeout: 20_000 }).toBe(2);
    await page.waitForTimeout(300);
    expect(await cardOpen()).toBe(true);
    await page.close();
  }, 60_000);
});
