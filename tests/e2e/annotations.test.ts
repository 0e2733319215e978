/**
 * Annotations in real Chromium with the built extension: save a selection with a note and tags on a story page,
 * close the browser, start it again on the same profile, open the page and find the annotation painted again;
 * then export the three formats through the browser's real download and read the files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';
import { askBackground } from './askBackground';
import { paintedAnnotationTexts } from './annotationsInPage';
import { selectText, storedAnnotations } from './inPage';

const STORY_PAGE = '010-theweek-rudd-whatsapp-gives-terrorists-secret-place-to-hide';
const QUOTE = 'There should be no place for terrorists to hide.';
const LATE_PAGE = 'annotations-late-rendered.html';
const POPUP_PAGE = '009-independent-ie-westminster-attacker-using-whatsapp-minutes-earlier';
const LATE_QUOTE = 'encrypted communications are becoming a more and more problematic part of the way terrorists work';
const GONE_QUOTE = 'The Prime Minister said the attack on Parliament was sick and depraved.';

/** axe-core's serious and critical findings on a page, as "rule: target" lines. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** Whether the annotator runs in a tab (its global lives in the extension's isolated world, not the page's). */
async function hasAnnotator(extension: ExtensionSession, page: Page): Promise<boolean> {
  const sw = await extension.serviceWorker();
  const [injection] = await sw.evaluate(
    (tabId) => chrome.scripting.executeScript({ target: { tabId }, func: () => 'crosscheckAnnotator' in globalThis }),
    await extension.tabIdOf(page),
  );
  return injection?.result === true;
}

function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(paintedAnnotationTexts);
}

describe('annotations in Chromium', () => {
  let server: PageServer;
  let extension: ExtensionSession | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-annotations-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'crosscheck-downloads-'));

  beforeAll(async () => {
    server = await startPageServer();
    // The profile's own download folder, as a user sets it: Chromium then names files as the extension asks.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false, directory_upgrade: true } }),
    );
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('saves a selection with a note and tags, and paints it', async () => {
    extension = await launchExtension({ userDataDir: profile });
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(STORY_PAGE));
    await selectText(page, QUOTE);

    // What the context menu item and the keyboard shortcut do, asked for from an extension page (as the popup does).
    expect(await askBackground(extension, 'saveSelectionInTab', { tabId: await extension.tabIdOf(page) })).toBe(true);
    await page.bringToFront();

    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    // The note panel has focus: type a note, tab to the tags, Ctrl+Enter saves.
    await expect.poll(() => page.locator(':root > div:not([popover])').count()).toBe(1);
    await page.screenshot({ path: '/tmp/crosscheck-annotation-note-panel.png' });
    await page.keyboard.type('Rudd on the Marr Show');
    await page.keyboard.press('Tab');
    await page.keyboard.type('encryption, rudd');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator(':root > div:not([popover])').count()).toBe(0);

    const [stored, ...others] = await storedAnnotations(extension);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ note: 'Rudd on the Marr Show', tags: ['encryption', 'rudd'], url: server.urlFor(STORY_PAGE) });
  });

  it('paints it again after the browser is closed and started again on the same profile', async () => {
    await extension!.close();
    extension = await launchExtension({ userDataDir: profile });
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(STORY_PAGE));
    await expect.poll(() => paintedTexts(page), { timeout: 15_000 }).toEqual([QUOTE]);
    await page.screenshot({ path: '/tmp/crosscheck-annotation-repainted.png' });
    expect(await hasAnnotator(extension, page)).toBe(true);
    // A page without annotations gets no annotator at all, even once the background has analysed it.
    const other = await extension.context.newPage();
    await other.goto(server.urlFor(POPUP_PAGE));
    expect(await waitForTabResult(extension, await extension.tabIdOf(other), 15_000)).not.toBeNull();
    expect(await hasAnnotator(extension, other)).toBe(false);
    await other.close();

    // A click on the painted quote opens its note, filled in: add to it and save.
    const box = await page.evaluate(() => {
      const rect = ([...CSS.highlights.get('crosscheck-annotation')!][0] as Range).getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => page.locator(':root > div:not([popover])').count()).toBe(1);
    await page.keyboard.press('End');
    await page.keyboard.type(' (BBC One)');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await storedAnnotations(extension!))[0]?.note).toBe('Rudd on the Marr Show (BBC One)');
  });

  it('paints a late-rendered page once its text arrives, and lists an annotation whose passage is gone as an orphan', async () => {
    const url = server.urlFor(LATE_PAGE);
    const title = 'Europol backs call for access to encrypted messages';
    // Saved as the popup saves: the quote alone, no position.
    for (const exact of [LATE_QUOTE, GONE_QUOTE]) await askBackground(extension!, 'saveAnnotation', { url, title, exact });
    const page = await extension!.context.newPage();
    await page.goto(url);
    await expect.poll(() => paintedTexts(page), { timeout: 15_000 }).toEqual([LATE_QUOTE]);

    type Listing = { annotation: { selectors: [{ exact: string }, { start: number; end: number }] }; anchor: { status: string; method?: string } | null };
    const listed = async () => {
      const listings = (await askBackground(extension!, 'listAnnotations', { url })) as Listing[];
      return new Map(listings.map((l) => [l.annotation.selectors[0].exact, l]));
    };
    // The page reports after painting.
    await expect.poll(async () => (await listed()).get(LATE_QUOTE)?.anchor?.status).toBe('anchored');
    const byQuote = await listed();
    expect(byQuote.get(LATE_QUOTE)?.anchor).toMatchObject({ status: 'anchored', method: 'quote' });
    // The first anchoring filled in the position the popup could not know.
    const position = byQuote.get(LATE_QUOTE)!.annotation.selectors[1];
    expect(position.end - position.start).toBe(LATE_QUOTE.length);
    expect(byQuote.get(GONE_QUOTE)?.anchor).toMatchObject({ status: 'orphan' });
  });
  it('lists every annotation in the options page, orphans marked, and exports the three formats through the download', async () => {
    const options = await extension!.extensionPage('options.html');
    await expect.poll(() => options.locator('li.annotation').count()).toBe(3);
    const orphan = options.locator('li.annotation--orphan');
    await expect.poll(() => orphan.count()).toBe(1);
    expect(await orphan.innerText()).toContain(GONE_QUOTE);
    expect(await orphan.getByRole('note').innerText()).toMatch(/^Not found on the page the last time it was opened/);
    await options.screenshot({ path: '/tmp/crosscheck-options-annotations.png', fullPage: true });
    expect(await accessibilityViolations(options)).toEqual([]);

    await options.getByRole('searchbox').fill('Mar Show'); // a typo, forgiven
    await expect.poll(() => options.locator('li.annotation').count()).toBe(1);
    expect(await options.locator('li.annotation').innerText()).toContain(QUOTE);
    await options.getByRole('searchbox').fill('');

    // Playwright routes downloads to its own folder under generated names; hand them back to the browser.
    const cdp = await extension!.context.newCDPSession(options);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    for (const name of ['Export JSON-LD', 'Export Markdown', 'Export CSV (Readwise)']) {
      await options.getByRole('button', { name }).click();
      await expect.poll(() => options.locator('#annotations').getByRole('status').innerText()).toMatch(/^Saved 3 annotations to crosscheck-annotations-/);
    }
    const date = new Date();
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const expected = [`crosscheck-annotations-${day}.csv`, `crosscheck-annotations-${day}.jsonld`, `crosscheck-annotations-${day}.md`];
    await expect.poll(() => readdirSync(downloads).sort(), { timeout: 15_000 }).toEqual(expected);

    const jsonLd = JSON.parse(readFileSync(join(downloads, expected[1]!), 'utf8'));
    expect(jsonLd['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(jsonLd.type).toBe('AnnotationCollection');
    expect(jsonLd.total).toBe(3);
    const [item] = jsonLd.first.items; // the oldest first
    expect(item.type).toBe('Annotation');
    expect(item.target.source.id).toBe(server.urlFor(STORY_PAGE));
    expect(item.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
    expect(item.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Rudd on the Marr Show (BBC One)' });
    expect(item.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'encryption' });

    const markdown = readFileSync(join(downloads, expected[2]!), 'utf8');
    expect(markdown).toContain(`## [Amber Rudd: WhatsApp gives terrorists secret place to hide](<${server.urlFor(STORY_PAGE)}>)`);
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain('Tags: #encryption #rudd');

    expect(markdown).toContain(`## [Europol backs call for access to encrypted messages](<${server.urlFor(LATE_PAGE)}>)`);

    const csv = readFileSync(join(downloads, expected[0]!), 'utf8').split('\r\n');
    expect(csv).toHaveLength(5); // header, three rows, and the empty string after the last line break
    expect(csv[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
    expect(csv[1]).toMatch(
      new RegExp(`^${QUOTE.replace(/\./g, '\\.')},Amber Rudd: WhatsApp gives terrorists secret place to hide,,${server.urlFor(STORY_PAGE)},"Rudd on the Marr Show \\(BBC One\\)\n\\.encryption \\.rudd",\\d+,\\d{4}-\\d{2}-\\d{2}T`),
    );
  
    // Importing a broken file says what is wrong and changes nothing; importing the export finds every annotation there.
    await options.getByRole('region', { name: 'Annotations' }).locator('input[type="file"]').setInputFiles({ name: 'broken.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "total": 1, "first": {"type": "AnnotationPage", "items": [{}]}}') });
    await expect.poll(() => options.getByRole('alert').innerText()).toBe('Nothing was imported from broken.jsonld. Item 1: id: is missing');
    expect(await storedAnnotations(extension!)).toHaveLength(3);
    await options.getByRole('region', { name: 'Annotations' }).locator('input[type="file"]').setInputFiles(join(downloads, expected[1]!));
    await expect.poll(() => options.locator('#annotations').getByRole('status').innerText()).toBe(`Imported ${expected[1]}: 0 new, 0 updated, 3 already here.`);
  });


  it("saves a matched sentence from the popup: painted on the page, linked to its corpus item, with the page's topic", async () => {
    const page = await extension!.context.newPage();
    await page.goto(server.urlFor(POPUP_PAGE));
    expect(await waitForTabResult(extension!, await extension!.tabIdOf(page), 15_000)).not.toBeNull();
    const popup = await extension!.openPopup(page);
    const actions = popup.getByRole('group', { name: /^Actions for / }).filter({ has: popup.getByRole('button', { name: /^Save as annotation/ }) }).first();
    const label = (await actions.getAttribute('aria-label'))!.replace(/^Actions for /, '');
    await actions.getByRole('button', { name: /^Save as annotation/ }).click();

    const url = server.urlFor(POPUP_PAGE);
    type Listing = { annotation: { selectors: [{ exact: string }]; links: { label: string }[]; topic?: string } };
    await expect.poll(async () => ((await askBackground(extension!, 'listAnnotations', { url })) as Listing[]).length).toBe(1);
    await popup.close();
    const [listing] = (await askBackground(extension!, 'listAnnotations', { url })) as Listing[];
    expect(listing!.annotation.links.map((l) => l.label)).toEqual([label]);
    expect(listing!.annotation.topic).toMatch(/^(attack|encryption|both)$/);
    await expect.poll(() => paintedTexts(page), { timeout: 15_000 }).toHaveLength(1);
    await page.evaluate(() => ([...CSS.highlights.get('crosscheck-annotation')!][0] as Range).startContainer.parentElement!.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: '/tmp/crosscheck-annotation-from-popup.png' });
    expect((await paintedTexts(page))[0]!.replace(/\s+/g, ' ')).toBe(listing!.annotation.selectors[0].exact);

    // Opened again, the popup lists it under the reader's own annotations on this page.
    const again = await extension!.openPopup(page);
    const mine = again.getByRole('region', { name: /^Your annotations here/ });
    await expect.poll(() => mine.getByRole('listitem').count()).toBe(1);
    expect(await mine.getByRole('listitem').innerText()).toBe(listing!.annotation.selectors[0].exact);
    await mine.scrollIntoViewIfNeeded();
    await again.screenshot({ path: '/tmp/crosscheck-popup-annotations.png' });
    await again.close();
  });

  it('deletes all data after a backup: highlights go from open pages, and the corpus comes back for the next story page', async () => {
    const annotated = await extension!.context.newPage();
    await annotated.goto(server.urlFor(STORY_PAGE));
    await expect.poll(() => paintedTexts(annotated), { timeout: 15_000 }).toEqual([QUOTE]);
    const options = await extension!.extensionPage('options.html');
    const cdp = await extension!.context.newCDPSession(options);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await expect.poll(() => options.locator('li.annotation').count()).toBe(4);
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Back up annotations, then delete' }).click();
    await expect.poll(() => options.locator('#annotations').getByRole('status').innerText()).toMatch(/^All your data was deleted/);
    expect(await storedAnnotations(extension!)).toEqual([]);
    await expect.poll(() => paintedTexts(annotated)).toEqual([]);
    const backup = readdirSync(downloads).find((f) => /^crosscheck-backup-\d{4}-\d{2}-\d{2}\.jsonld$/.test(f));
    expect(JSON.parse(readFileSync(join(downloads, backup!), 'utf8')).total).toBe(4);
    await options.reload();
    await expect.poll(() => options.getByText(/^No annotations yet/).count()).toBe(1);

    const page = await extension!.context.newPage();
    await page.goto(server.urlFor(STORY_PAGE));
    const result = await waitForTabResult(extension!, await extension!.tabIdOf(page), 15_000);
    expect(result?.analysis.matches.length).toBeGreaterThan(0);
  });
});
