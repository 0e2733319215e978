/**
 * Starts Chromium with the built extension loaded, as a user would have it: a persistent profile, the
 * extension's service worker, its popup opened with chrome.action.openPopup() and reached over CDP (extension
 * popups are not pages of a persistent context). Used by `npm start`, the browser tests and the bench.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromiumPath';

/** the build to load: .output/chrome-mv3, or CROSSCHECK_CHROME_EXTENSION_DIR (an unpacked store zip, say) */
export const CHROME_EXTENSION_DIR = resolve(process.env.CROSSCHECK_CHROME_EXTENSION_DIR || '.output/chrome-mv3');

export interface LaunchOptions {
  /** a profile directory to keep between launches; a fresh temporary one when absent */
  userDataDir?: string;
  extensionDir?: string;
  headless?: boolean;
  /** record every network request of the browser (Chromium's NetLog, JSON) to this file */
  netLogPath?: string;
  colorScheme?: 'light' | 'dark';
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** the browser's DevTools endpoint (http://127.0.0.1:PORT), for what only CDP reaches */
  cdpEndpoint: string;
  serviceWorker(): Promise<Worker>;
  /** brings the page's tab to the front, opens the extension's popup for it and returns the popup page */
  openPopup(page: Page): Promise<Page>;
  /** opens chrome-extension://<id>/<path> in a new tab */
  extensionPage(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = resolve(options.extensionDir ?? CHROME_EXTENSION_DIR);
  const temporaryProfile = options.userDataDir ? undefined : mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const userDataDir = options.userDataDir ?? temporaryProfile!;
  const port = await freePort();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      ...(options.netLogPath ? [`--log-net-log=${options.netLogPath}`] : []),
    ],
  });

  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;

  let cdp: Browser | undefined;
  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const sw = await serviceWorker();
    const id = await sw.evaluate(async (target: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === target)?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  };

  return {
    context,
    extensionId,
    cdpEndpoint: `http://127.0.0.1:${port}`,
    serviceWorker,
    tabIdOf,
    async openPopup(page) {
      await page.bringToFront();
      const sw = await serviceWorker();
      const tabId = await tabIdOf(page);
      await sw.evaluate(async (id: number) => {
        const tab = await chrome.tabs.get(id);
        await chrome.windows.update(tab.windowId, { focused: true });
        await chrome.tabs.update(id, { active: true });
        await chrome.action.openPopup({ windowId: tab.windowId });
      }, tabId);
      // A connection sees only popups opened while it was attached before the previous one closed: connect anew.
      await cdp?.close().catch(() => {});
      cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const popupUrl = `chrome-extension://${extensionId}/popup.html`;
      for (let attempt = 0; attempt < 100; attempt++) {
        const popup = cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(popupUrl));
        if (popup) {
          await popup.waitForLoadState('domcontentloaded');
          return popup;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the popup did not open');
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await cdp?.close().catch(() => {});
      await context.close();
      if (temporaryProfile) rmSync(temporaryProfile, { recursive: true, force: true });
    },
  };
}
