/**
 * The corpus in real Chromium with the built extension: the seed corpus in the real IndexedDB after install,
 * the options page's Corpus section listing it, a corpus pack imported from a file input and listed, a bad
 * pack refused with the field it got wrong and nothing written, and the pack removed again.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../core/corpus/corpusPack';
import { fixtureText } from '../unit/analyzeFixtures';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';
import { askBackground } from './askBackground';

const TABLES = ['sources', 'passages', 'facts', 'quotes', 'people', 'propositions', 'positions', 'discrepancies'] as const;
type Counts = Record<(typeof TABLES)[number], number>;

/** Row counts of the corpus tables in the extension's IndexedDB, read by its service worker. */
async function rowCounts(extension: ExtensionSession): Promise<Counts> {
  const sw = await extension.serviceWorker();
  return sw.evaluate(
    (tables) =>
      new Promise<Counts>((resolve, reject) => {
        const open = indexedDB.open('crosscheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!tables.every((t) => db.objectStoreNames.contains(t))) {
            db.close();
            resolve(Object.fromEntries(tables.map((t) => [t, 0])) as Counts);
            return;
          }
          const tx = db.transaction([...tables]);
          const out: Record<string, number> = {};
          for (const t of tables) {
            const request = tx.objectStore(t).count();
            request.onsuccess = () => (out[t] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as Counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...TABLES],
  );
}

const STORY_PAGE = '012-inews-rudd-whatsapp-end-to-end-encryption-must-end';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-packs-'));
const usaToday = fixtureText('devset', '020-');
const goodPack = join(dir, 'march-2017.json');
const badPack = join(dir, 'broken.json');
writeFileSync(
  goodPack,
  JSON.stringify({
    format: PACK_FORMAT,
    version: 1,
    sources: [{ key: 'usatoday', title: usaToday.title, text: usaToday.text, publisher: 'USA Today', url: usaToday.url, date: '2017-03-27' }],
    positions: [{ source: 'usatoday', holder: 'WhatsApp', proposition: 'messaging-firms-cooperate-with-investigators', stance: 'for', quotes: ['horrified at the attack'], summary: 'Horrified, and co-operating' }],
  }),
);
writeFileSync(badPack, JSON.stringify({ format: PACK_FORMAT, version: 1, sources: [{ title: 'Fine', text: 'A sentence.' }, { title: 42, text: 'Another.' }] }));

describe('the corpus in Chromium', () => {
  let extension: ExtensionSession;
  let server: PageServer;
  let options: Page;
  let seeded: Counts;
  const corpusSection = () => options.getByRole('region', { name: 'Corpus' });

  beforeAll(async () => {
    extension = await launchExtension();
    server = await startPageServer();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('holds the seed corpus in the real IndexedDB after install', async () => {
    await expect.poll(async () => (await rowCounts(extension)).sources, { timeout: 20_000 }).toBe(2);
    seeded = await rowCounts(extension);
    expect(seeded).toMatchObject({ sources: 2, facts: 16, quotes: 18, propositions: 3, positions: 10, discrepancies: 1 });
  });

  it('lists the built-in sources in the options page with where they came from and what they gave', async () => {
    options = await extension.extensionPage('options.html');
    const builtIn = options.getByRole('list', { name: 'Built-in sources' }).getByRole('listitem');
    await expect.poll(() => builtIn.count()).toBe(2);
    const first = await builtIn.nth(0).innerText();
    expect(first).toContain("Amber Rudd: 'no place for terrorists to hide'");
    expect(first).toContain('Built in');
    expect(first).toMatch(/26 Mar 2017 \(inferred/);
    expect(first).toContain('3 facts · 11 quotes · 7 positions');
    expect(await builtIn.nth(1).innerText()).toContain('13 facts · 7 quotes · 3 positions');
    expect(await options.getByRole('button', { name: /^Remove/ }).count()).toBe(0); // seeds cannot be removed
    await options.screenshot({ path: '/tmp/crosscheck-options-corpus.png', fullPage: true });
  });

  it('imports a corpus pack chosen in the file input and lists its source', async () => {
    await corpusSection().getByLabel('Import a corpus pack…').setInputFiles(goodPack);
    await expect.poll(() => corpusSection().getByRole('status').first().innerText()).toBe('Imported march-2017.json: 1 source, 4 facts, 5 quotes, 1 position.');
    const added = options.getByRole('list', { name: 'Added sources' }).getByRole('listitem');
    await expect.poll(() => added.count()).toBe(1);
    const text = await added.first().innerText();
    expect(text).toContain(usaToday.title);
    expect(text).toContain('Corpus pack');
    expect(text).toContain('USA Today');
    expect(text).toContain('4 facts · 5 quotes · 1 position');
    const counts = await rowCounts(extension);
    expect(counts.sources).toBe(seeded.sources + 1);
    expect(counts.quotes).toBe(seeded.quotes + 5);
    await options.screenshot({ path: '/tmp/crosscheck-options-corpus-imported.png', fullPage: true });
  });

  it('refuses a bad pack, says which field was wrong, and adds no row', async () => {
    const before = await rowCounts(extension);
    await corpusSection().getByLabel('Import a corpus pack…').setInputFiles(badPack);
    await expect.poll(() => corpusSection().getByRole('alert').innerText()).toBe('Nothing was imported from broken.json: sources[1].title: expected string, got 42');
    expect(await rowCounts(extension)).toEqual(before);
    expect(await options.getByRole('list', { name: 'Added sources' }).getByRole('listitem').count()).toBe(1);
    await options.screenshot({ path: '/tmp/crosscheck-options-corpus-bad-pack.png', fullPage: true });
  });

  it('removes the pack source with everything it added', async () => {
    await options.getByRole('button', { name: `Remove “${usaToday.title}”` }).click();
    await expect.poll(() => corpusSection().getByRole('status').first().innerText()).toMatch(/^Removed “London terror attacker/);
    await expect.poll(() => rowCounts(extension)).toEqual(seeded);
    expect(await options.getByText('Nothing added yet').count()).toBe(1);
  });

  it('adds the story page open in a tab as a source, built from the article the tab was analysed as', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(STORY_PAGE));
    const tabId = await extension.tabIdOf(page);
    const sw = await extension.serviceWorker();
    await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 15_000 }).not.toBe('');
    const result = (await askBackground(extension, 'addTabAsSource', { tabId })) as { ok: boolean; quotes: number };
    expect(result).toMatchObject({ ok: true, quotes: 3 });

    await options.reload();
    const added = corpusSection().getByRole('list', { name: 'Added sources' }).getByRole('listitem');
    await expect.poll(() => added.count()).toBe(1);
    const text = await added.first().innerText();
    expect(text).toContain('Amber Rudd: WhatsApp’s end-to-end encryption must end to protect against terrorism');
    expect(text).toContain('Added by you');
    expect(text).toContain('3 quotes');
    await options.screenshot({ path: '/tmp/crosscheck-options-corpus-page-added.png', fullPage: true });

    await options.getByRole('button', { name: /^Remove “Amber Rudd: WhatsApp’s/ }).click();
    await expect.poll(() => rowCounts(extension)).toEqual(seeded);
  });

  it('says so when a tab has no analysed page to add', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor('041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold'));
    const result = await askBackground(extension, 'addTabAsSource', { tabId: await extension.tabIdOf(page) });
    expect(result).toEqual({ ok: false, error: 'Crosscheck has not read this page: reload it and try again' });
    expect(await rowCounts(extension)).toEqual(seeded);
  });
});
