/**
 * Nothing leaves the machine. A full reading session runs with Chromium's NetLog recording every request the
 * browser makes (the extension's included): story pages with the popup open, pages not about the story, a
 * sentence saved as an annotation from the popup, the options page, the three exports through the download.
 * Afterwards the log must hold no request but the local test server's pages that the test itself opened, and
 * the extension's error log must be empty. Page
 * text carrying script payloads stays text all the way: popup, options page, exported files. And the manifest
 * asks for exactly the permissions README.md justifies, so a new one cannot slip in without its reason.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@wxt-dev/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBrowserServiceRequest, requestsInNetLog } from '../../scripts/browser/netLog';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { watchExtension, type ExtensionWatch } from './extensionWatch';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

const STORY_PAGES = [
  '009-independent-ie-westminster-attacker-using-whatsapp-minutes-earlier',
  '013-reuters-rudd-end-to-end-encryption-completely-unacceptable',
  'hostile-iframe-shadow.html',
];
/** Its title and sentences carry script payloads; one of its sentences is saved and exported. */
const PAYLOAD_PAGE = 'hostile-script-in-text.html';
/** Elements or handlers that would mean page text became markup. */
const INJECTED = 'img[src="x"], svg[onload], iframe[srcdoc], script:not([src])';
const OTHER_PAGES = ['041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold', '029-yahoo-student-who-drove-at-cyclists-parliament-guilty'];

/** The permissions README.md's "Permissions" table justifies, one per backticked name in its first column. */
function justifiedPermissions(): { name: string; why: string }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = /^## Permissions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const rows = section.split('\n').filter((line) => /^\|/.test(line) && !/^\|\s*-/.test(line)).slice(1);
  return rows.flatMap((row) => {
    const [what = '', why = ''] = row.split('|').slice(1).map((cell) => cell.trim());
    return [...what.matchAll(/`([^`]+)`/g)].map((m) => ({ name: m[1]!, why }));
  });
}

describe('privacy: a whole reading session, recorded', () => {
  let server: PageServer;
  let extension: ExtensionSession;
  let watch: ExtensionWatch;
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-privacy-'));
  const netLogPath = join(work, 'net.json');
  const profile = join(work, 'profile');
  const downloads = join(work, 'downloads');
  const opened = new Set<string>();

  beforeAll(async () => {
    server = await startPageServer();
    // Downloads go to a folder of the test's, as a user sets it in the browser's settings.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    mkdirSync(downloads);
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false, directory_upgrade: true } }),
    );
    extension = await launchExtension({ netLogPath, userDataDir: profile });
    watch = await watchExtension(extension);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('reads story pages (popup open on each) and other pages', async () => {
    for (const fixture of STORY_PAGES) {
      const page = await extension.context.newPage();
      await watch.watchPage(page);
      await page.goto(server.urlFor(fixture));
      opened.add(server.urlFor(fixture));
      const result = await waitForTabResult(extension, await extension.tabIdOf(page), 20_000);
      expect(result?.analysis.matches.length, fixture).toBeGreaterThan(0);
      const popup = await extension.openPopup(page);
      await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).not.toBe('');
      await popup.close();
      await page.close();
    }
    for (const fixture of OTHER_PAGES) {
      const page = await extension.context.newPage();
      await watch.watchPage(page);
      await page.goto(server.urlFor(fixture));
      opened.add(server.urlFor(fixture));
      await page.waitForTimeout(2_000);
      await page.close();
    }
    expect(await watch.errors()).toEqual([]);
  });

  it('saves a sentence of a page with script payloads from the popup; the popup shows it as text', async () => {
    const page = await extension.context.newPage();
    await watch.watchPage(page);
    await page.goto(server.urlFor(PAYLOAD_PAGE));
    opened.add(server.urlFor(PAYLOAD_PAGE));
    await waitForTabResult(extension, await extension.tabIdOf(page), 20_000);
    const popup = await extension.openPopup(page);
    const save = popup.getByRole('button', { name: /^Save as annotation/ }).first();
    await save.click();
    // Saved, the button's name ends in "— Saved".
    await expect.poll(() => popup.getByRole('button', { name: /^Save as annotation: .* — Saved$/ }).count()).toBe(1);
    expect(await popup.locator(INJECTED).count()).toBe(0);
    await popup.close();
    expect(await page.evaluate(() => (window as { __injectedScriptRan?: unknown }).__injectedScriptRan)).toBeUndefined();
    await page.close();
  });

  it('lists it in the options page and exports it in three formats through the download, all as text', async () => {
    const options = await extension.extensionPage('options.html');
    await expect.poll(() => options.locator('li.annotation').count()).toBe(1);
    expect(await options.locator('li.annotation').innerText()).toContain('</title><script>');
    expect(await options.locator(INJECTED).count()).toBe(0);
    await options.screenshot({ path: '/tmp/crosscheck-privacy-options.png', fullPage: true });
    // Playwright routes downloads to its own folder under generated names; hand them back to the browser.
    const cdp = await extension.context.newCDPSession(options);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    for (const name of ['Export JSON-LD', 'Export Markdown', 'Export CSV (Readwise)']) {
      await options.getByRole('button', { name }).click();
      await expect.poll(() => options.locator('#annotations').getByRole('status').innerText()).toMatch(/^Saved 1 annotation to /);
    }
    await expect.poll(() => readdirSync(downloads).filter((f) => !f.endsWith('.crdownload')).length, { timeout: 15_000 }).toBe(3);
    const file = (ext: string) => readFileSync(join(downloads, readdirSync(downloads).find((f) => f.endsWith(ext))!), 'utf8');

    const item = (JSON.parse(file('.jsonld')) as { first: { items: { target: { source: { id: string } } }[] } }).first.items[0]!;
    expect(item.target.source.id).toBe(server.urlFor(PAYLOAD_PAGE));
    // Markdown renderers pass raw HTML through: no tag may appear unescaped (link destinations <url> aside).
    const markdown = file('.md').replace(/\]\(<[^>\s]+>\)/g, '](url)');
    expect(markdown).toContain('</title><script>'.replace(/[<>]/g, (c) => `\\${c}`));
    expect(markdown.match(/(?<!\\)(?:\\\\)*<\/?[a-z][^>]*>/gi) ?? []).toEqual([]);
    // Spreadsheets run a cell that starts with = + - @ as a formula.
    const cells = file('.csv').split(/,|\r\n/).map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    // After a whole session of normal use the error log holds nothing, and the options page says so.
    const worker = await extension.serviceWorker();
    expect(await worker.evaluate(async () => (await chrome.storage.local.get('errorLog')).errorLog ?? [])).toEqual([]);
    await expect.poll(() => options.locator('#errors').innerText()).toContain('No errors recorded.');
    await options.close();
    expect(await watch.errors()).toEqual([]);
  });

  it('made no request beyond the local pages the test opened', async () => {
    await extension.close();
    const requests = requestsInNetLog(netLogPath);
    const network = requests.filter((r) => /^(https?|wss?|ftp):/i.test(r.url));
    const local = network.filter((r) => r.url.startsWith(`${server.origin}/`));
    const pagesAndTheirFrames = new Set([...opened, server.urlFor('hostile-iframe-story.html'), `${server.origin}/favicon.ico`]);
    // The payload page's own <img src=x> would be a request if it ever became markup in the page.
    const beyondPages = local.filter((r) => !pagesAndTheirFrames.has(r.url));
    const elsewhere = network.filter((r) => !r.url.startsWith(`${server.origin}/`));
    const browserServices = elsewhere.filter(isBrowserServiceRequest);
    const remote = elsewhere.filter((r) => !isBrowserServiceRequest(r));
    console.log(
      `privacy: ${network.length} URLs requested over the network: ${local.length} to the local test server ` +
        `(${opened.size} pages opened, ${beyondPages.length} other URLs), ${browserServices.length} by Chromium's own ` +
        `services (${browserServices.map((r) => new URL(r.url).host).join(', ') || 'none'}), ${remote.length} by anything else`,
    );
    expect(remote.map((r) => r.url)).toEqual([]);
    expect(beyondPages.map((r) => r.url)).toEqual([]);
    expect(local.length).toBeGreaterThanOrEqual(opened.size);
  });
});

describe('permissions', () => {
  it('asks for exactly the permissions README.md justifies, and lets no web page talk to it', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as Browser.runtime.ManifestV3;
    const requested = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
    const justified = justifiedPermissions();
    for (const { name, why } of justified) expect(why.length, `${name} needs a reason`).toBeGreaterThan(20);
    expect([...requested].sort()).toEqual(justified.map((p) => p.name).sort());
    expect(manifest.externally_connectable).toBeUndefined();
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });
});
