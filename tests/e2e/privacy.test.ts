/**
 * Nothing leaves the machine. A full reading session runs with Chromium's NetLog recording every request the
 * browser makes (the extension's included): story pages, pages not about the story, the popup. Afterwards the
 * log must hold no request but the local test server's pages that the test itself opened. And the manifest asks
 * for exactly the permissions README.md justifies, so a new one cannot slip in without its reason.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
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
  const netLogPath = join(mkdtempSync(join(tmpdir(), 'crosscheck-privacy-')), 'net.json');
  const opened = new Set<string>();

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension({ netLogPath });
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

  it('made no request beyond the local pages the test opened', async () => {
    await extension.close();
    const requests = requestsInNetLog(netLogPath);
    const network = requests.filter((r) => /^(https?|wss?|ftp):/i.test(r.url));
    const local = network.filter((r) => r.url.startsWith(`${server.origin}/`));
    const pagesAndTheirFrames = new Set([...opened, server.urlFor('hostile-iframe-story.html'), `${server.origin}/favicon.ico`]);
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
