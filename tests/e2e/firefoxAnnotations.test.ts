/**
 * Annotations in Firefox with the built extension: a selection saved with a note and tags, painted again after
 * Firefox is closed and started again on the same profile, then the three exports saved through Firefox's own
 * download and read from disk; the keys typed into a note kept from a page that listens for them. No error and no
 * request by the extension on the way.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxExtensionSession } from '../../scripts/browser/launchFirefoxExtension';
import { paintedAnnotationTexts, readStoredAnnotations, selectFirstOccurrence } from './annotationsInPage';
import { startPageServer, type PageServer } from './harness';

const STORY_PAGE = '010-theweek-rudd-whatsapp-gives-terrorists-secret-place-to-hide';
const QUOTE = 'There should be no place for terrorists to hide.';

describe('annotations in Firefox', () => {
  let server: PageServer;
  let firefox: FirefoxExtensionSession | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-annotations-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-downloads-'));
  const launch = () => launchFirefoxExtension({ userDataDir: profile, downloadDir: downloads });
  const errors: string[] = [];
  const offServer: string[] = [];

  /** What the extension did wrong in this browser, kept before it closes. */
  async function keepTrouble(session: FirefoxExtensionSession): Promise<void> {
    errors.push(...(await session.extensionErrors()));
    offServer.push(...session.requests.filter((r) => !r.url.startsWith(server.origin)).map((r) => `${r.url} from ${r.from}`), ...session.outsideRequests);
  }

  beforeAll(async () => {
    server = await startPageServer();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const paintedTexts = (page: Page) => page.evaluate(paintedAnnotationTexts);
  const storedAnnotations = () => firefox!.extensionTab.evaluate(readStoredAnnotations);

  it('saves a selection with a note and tags, and paints it', async () => {
    firefox = await launch();
    const page = await firefox.newPage(server.urlFor(STORY_PAGE));
    await page.evaluate(selectFirstOccurrence, QUOTE);
    // What the context menu item and the keyboard shortcut do, asked for from an extension page (as the popup does).
    const reply = await firefox.extensionTab.evaluate(
      (tabId) => chrome.runtime.sendMessage({ id: 1, type: 'saveSelectionInTab', data: { tabId }, timestamp: Date.now() }),
      await firefox.tabIdOf(page),
    );
    expect(reply).toMatchObject({ res: true });
    await page.bringToFront();
    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    // The note panel has focus: type a note, tab to the tags, Ctrl+Enter saves.
    await expect.poll(() => page.evaluate(() => document.querySelectorAll(':root > div:not([popover])').length)).toBe(1);
    await page.keyboard.type('Rudd on the Marr Show');
    await page.keyboard.press('Tab');
    await page.keyboard.type('encryption, rudd');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll(':root > div:not([popover])').length)).toBe(0);
    const [stored, ...others] = await storedAnnotations();
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ note: 'Rudd on the Marr Show', tags: ['encryption', 'rudd'], url: server.urlFor(STORY_PAGE) });
  });

  it('paints it again after Firefox is closed and started again on the same profile', async () => {
    await keepTrouble(firefox!);
    await firefox!.close();
    firefox = await launch();
    const page = await firefox.newPage(server.urlFor(STORY_PAGE));
    await expect.poll(() => paintedTexts(page), { timeout: 15_000 }).toEqual([QUOTE]);
    expect((await storedAnnotations()).map((a) => a.note)).toEqual(['Rudd on the Marr Show']);
  });

  it('exports the three formats from the options page through the download', async () => {
    const options = await firefox!.extensionPage('options.html');
    await options.waitForSelector('li.annotation');
    const date = new Date();
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    for (const [name, ext] of [['Export JSON-LD', 'jsonld'], ['Export Markdown', 'md'], ['Export CSV (Readwise)', 'csv']] as const) {
      let button: ElementHandle<HTMLButtonElement> | undefined;
      for (const b of await options.$$('button')) if ((await b.evaluate((el) => el.textContent)) === name) button = b;
      await button!.click();
      await options.waitForFunction(
        (wanted) => document.querySelector('#annotations [role="status"]')?.textContent?.startsWith(wanted),
        { timeout: 10_000 },
        `Saved 1 annotation to crosscheck-annotations-${day}.${ext} `,
      );
    }
    const expected = ['csv', 'jsonld', 'md'].map((ext) => `crosscheck-annotations-${day}.${ext}`);
    await expect.poll(() => readdirSync(downloads).sort(), { timeout: 15_000 }).toEqual(expected);
    const read = (name: string) => readFileSync(join(downloads, name), 'utf8');

    const jsonLd = JSON.parse(read(expected[1]!));
    expect(jsonLd).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1 });
    const [item] = jsonLd.first.items;
    expect(item.target.source.id).toBe(server.urlFor(STORY_PAGE));
    expect(item.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
    expect(item.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'encryption' });
    const markdown = read(expected[2]!);
    expect(markdown).toContain(`## [Amber Rudd: WhatsApp gives terrorists secret place to hide](<${server.urlFor(STORY_PAGE)}>)`);
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain('Tags: #encryption #rudd');
    const csv = read(expected[0]!).split('\r\n');
    expect(csv[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
    expect(csv[1]).toContain(`${QUOTE},Amber Rudd: WhatsApp gives terrorists secret place to hide,,${server.urlFor(STORY_PAGE)},`);
    await options.close();
  });

  it('keeps the keys typed into a note from a page that listens for every key', async () => {
    const page = await firefox!.newPage(server.urlFor('hostile-listens.html'));
    await page.evaluate(selectFirstOccurrence, 'It took just 82 seconds');
    const reply = await firefox!.extensionTab.evaluate(
      (tabId) => chrome.runtime.sendMessage({ id: 1, type: 'saveSelectionInTab', data: { tabId }, timestamp: Date.now() }),
      await firefox!.tabIdOf(page),
    );
    expect(reply).toMatchObject({ res: true });
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll(':root > div:not([popover])').length)).toBe(1);
    await page.keyboard.type('a private thought');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll(':root > div:not([popover])').length)).toBe(0);
    expect((await storedAnnotations()).map((a) => a.note)).toContain('a private thought');
    expect(await page.evaluate(() => (window as unknown as { __seen: { keys: string[] } }).__seen.keys)).toEqual([]);
  });

  it('logged no error and sent no request in either run', async () => {
    await keepTrouble(firefox!);
    expect(errors).toEqual([]);
    expect(offServer).toEqual([]);
  });
});
