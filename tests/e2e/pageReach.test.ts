/**
 * Pages that try to reach Crosscheck: write inside its card, read the keys typed into it, tell that it is
 * installed, forge the messages of the framework it is built with, remove what it adds, or drop its style sheet.
 * Each page records what it got (window.__seen) from its own world, and each must get nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { askBackground } from './askBackground';
import { watchExtension, type ExtensionWatch } from './extensionWatch';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';
import { selectText, sendToTab, storedAnnotations } from './inPage';
import { installPageProbe, readProbe } from './pageProbe';

const CARD_OPEN = 'div[popover]:popover-open';
const NOTE_HOST = ':root > div:not([popover])';

interface Seen {
  keys: string[];
  messages: string[];
  internals: string[];
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

describe('pages that try to reach Crosscheck', () => {
  let server: PageServer;
  let extension: ExtensionSession;
  let watch: ExtensionWatch;

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension();
    await installPageProbe(extension.context);
    watch = await watchExtension(extension);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  async function open(fixture: string): Promise<{ page: Page; tabId: number }> {
    const page = await extension.context.newPage();
    await watch.watchPage(page);
    await page.goto(server.urlFor(fixture));
    return { page, tabId: await extension.tabIdOf(page) };
  }

  async function highlighted(page: Page, tabId: number): Promise<void> {
    expect((await waitForTabResult(extension, tabId, 20_000))?.analysis.matches.length).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBeGreaterThan(0);
  }

  /** Moves the pointer onto the first painted sentence. */
  async function hoverHighlight(page: Page): Promise<void> {
    const point = await page.evaluate(() => {
      const [range] = [...CSS.highlights.values()].flatMap((h) => [...h]) as Range[];
      const line = range!.getClientRects()[0]!;
      return { x: line.left + 4, y: line.top + line.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.mouse.move(point.x + 2, point.y);
  }

  it('a page that registers names and listens to every key reaches neither the card nor the keys typed in it', async () => {
    const { page, tabId } = await open('hostile-listens.html');
    await highlighted(page, tabId);
    const sw = await extension.serviceWorker();
    expect(await sendToTab(sw, tabId, 'stepMatch', { step: 1 })).toBe(true);
    await expect.poll(() => page.evaluate((open) => !!document.querySelector(open), CARD_OPEN)).toBe(true);
    // The card's host is a plain element: no shadow root, no internals for the page.
    expect(await page.evaluate((open) => {
      const host = document.querySelector(open) as HTMLElement;
      let internals = 'none';
      try {
        host.attachInternals();
        internals = 'given';
      } catch {
        // a plain element has no internals to give
      }
      return { shadowRoot: host.shadowRoot, custom: host.localName.includes('-'), internals };
    }, CARD_OPEN)).toEqual({ shadowRoot: null, custom: false, internals: 'none' });
    await page.keyboard.press('Tab');
    await page.keyboard.type('abc');
    await page.keyboard.press('Escape'); // the card's own key handling still works
    await expect.poll(() => page.evaluate((open) => !!document.querySelector(open), CARD_OPEN)).toBe(false);
    expect(await seen(page)).toEqual({ keys: [], messages: [], internals: [] });
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('keys typed into the note panel reach the note, not the page', async () => {
    const { page, tabId } = await open('hostile-listens.html');
    await highlighted(page, tabId);
    await selectText(page, 'It took just 82 seconds');
    expect(await askBackground(extension, 'saveSelectionInTab', { tabId })).toBe(true);
    await page.bringToFront();
    await expect.poll(() => page.locator(NOTE_HOST).count()).toBe(1);
    await page.keyboard.type('a private thought & more');
    await page.keyboard.press('Tab');
    await page.keyboard.type('secret');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator(NOTE_HOST).count()).toBe(0);
    const saved = (await storedAnnotations(extension)).find((a) => a.url === server.urlFor('hostile-listens.html'));
    expect(saved).toMatchObject({ note: 'a private thought & more', tags: ['secret'] });
    expect(await seen(page)).toEqual({ keys: [], messages: [], internals: [] });
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('posts nothing to a page, and forged or replayed framework messages neither throw nor switch it off', async () => {
    const { page, tabId } = await open('hostile-forges-messages.html');
    for (const prefix of [extension.extensionId, `${extension.extensionId}:content`, `${extension.extensionId}:precheck`]) {
      await page.evaluate((p) => (window as unknown as { forge(prefix: string): void }).forge(p), prefix);
    }
    // The story renders 2.5 s after load: only a content script still running reads it.
    await highlighted(page, tabId);
    expect((await seen(page)).messages).toEqual([]);
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('a frameset is read through its frames of the same origin: a result with matches and their count on the badge', async () => {
    const { page, tabId } = await open('hostile-frameset.html');
    const result = await waitForTabResult(extension, tabId, 20_000);
    expect(result?.analysis.topic.topic).not.toBe('none');
    const sentences = new Set(result!.analysis.matches.map((m) => m.sentenceIndex)).size;
    expect(sentences).toBeGreaterThan(0);
    const sw = await extension.serviceWorker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(sentences));
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('a story page of 20,000 sentences is analysed and highlighted with no task over 50 ms on its main thread', async () => {
    const { page, tabId } = await open('hostile-20000-sentences.html');
    await highlighted(page, tabId);
    await page.waitForTimeout(1_500);
    const report = await readProbe(page);
    console.log(`20,000 sentences: longest task ${report.longestTaskMs} ms, ${report.longTasks} tasks over 50 ms (${report.longTaskMs} ms), highlights ${report.highlights.join(' ')}`);
    expect(report.longestTaskMs).toBeLessThanOrEqual(50);
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('a page that removes added elements and replaces its adopted style sheets still gets the card and the highlight colours', async () => {
    const { page, tabId } = await open('hostile-owns-document.html');
    await highlighted(page, tabId);
    await hoverHighlight(page);
    await expect.poll(() => page.evaluate((open) => !!document.querySelector(open), CARD_OPEN), { timeout: 5_000 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBeGreaterThan(0);

    const highlightRules = () =>
      page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.startsWith('::highlight(')).length);
    expect(await highlightRules()).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { switchTheme(): void }).switchTheme());
    expect(await highlightRules()).toBe(0);
    await expect.poll(highlightRules, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(2); // the page's theme stays
    expect(await page.evaluate(() => (window as unknown as { pageSelfTest(): string }).pageSelfTest())).toBe('ok');
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });
});
