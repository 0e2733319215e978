/**
 * The extension as a user installs it: the built .output/chrome-mv3 loaded into real Chromium, real pages
 * served over http by the test, the real popup. Nothing is mocked.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestsInNetLog } from '../../scripts/browser/netLog';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

const STORY_PAGE = '009-independent-ie-westminster-attacker-using-whatsapp-minutes-earlier';
const UNRELATED_PAGE = '041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold';

describe('the extension in Chromium', () => {
  let server: PageServer;
  let extension: ExtensionSession;
  const netLogPath = join(mkdtempSync(join(tmpdir(), 'crosscheck-netlog-')), 'net.json');
  const extensionErrors: string[] = [];

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension({ netLogPath });
    (await extension.serviceWorker()).on('console', (m) => {
      if (m.type() === 'error') extensionErrors.push(`service worker: ${m.text()}`);
    });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('starts its service worker from the built extension', async () => {
    const sw = await extension.serviceWorker();
    expect(sw.url()).toBe(`chrome-extension://${extension.extensionId}/background.js`);
    const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Crosscheck');
    expect(manifest.manifest_version).toBe(3);
  });

  it('analyses a story page: the content script reaches the background, which sets the badge for that tab', async () => {
    const page = await extension.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) extensionErrors.push(`page: ${m.text()}`);
    });
    await page.goto(server.urlFor(STORY_PAGE));
    const tabId = await extension.tabIdOf(page);
    const result = await waitForTabResult(extension, tabId, 15_000);
    expect(result?.analysis.topic.topic).not.toBe('none');
    const matched = new Set(result!.analysis.matches.map((m) => m.sentenceIndex)).size;
    expect(matched).toBeGreaterThan(0);
    const sw = await extension.serviceWorker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(matched));
    expect(await sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toMatch(/Westminster attack/);

    const popup = await extension.openPopup(page);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/Westminster attack|attack/i);
    await popup.close();
    await page.close();
  });

  it('stays silent on a page that is not about the story: no badge, no result', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(UNRELATED_PAGE));
    const tabId = await extension.tabIdOf(page);
    expect(await waitForTabResult(extension, tabId, 3_000)).toBeNull();
    const sw = await extension.serviceWorker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });

  it('logged no errors from the extension, made no request of its own, and pages reached only the local server', async () => {
    expect(extensionErrors).toEqual([]);
    await extension.close();
    const requests = requestsInNetLog(netLogPath);
    const byExtension = requests.filter((r) => r.initiator.startsWith('chrome-extension://'));
    const pageRequestsElsewhere = requests.filter((r) => r.initiator.startsWith('http') && !r.url.startsWith(server.origin));
    expect(requests.filter((r) => r.url.startsWith(server.origin)).length).toBeGreaterThan(0);
    expect(byExtension).toEqual([]);
    expect(pageRequestsElsewhere).toEqual([]);
  });
});
