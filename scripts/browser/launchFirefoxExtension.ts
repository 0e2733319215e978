/**
 * Starts Firefox with the built extension installed, as the browser tests drive it: puppeteer-core over WebDriver
 * BiDi, `.output/firefox-mv3` installed as a temporary add-on (its host permissions granted at install). Pages
 * of the extension cannot be opened with `goto`; the extension's first-run tab is scripted instead, and from it
 * the extension's APIs (tabs, badge, popup) are in reach. Everything Firefox prints is kept, so the extension's
 * errors can be read (background errors reach stdout only with `devtools.console.stdout.chrome`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { tabResultStorageKey, type TabResult } from '../../core/tabResult';
import { backgroundErrors } from './firefoxBackgroundErrors';
import { firefoxPath } from './firefoxPath';
import { startOutsideRequestRecorder } from './outsideRequestRecorder';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

export interface FirefoxLaunchOptions {
  /** a profile directory to keep between launches; a fresh temporary one when absent */
  userDataDir?: string;
  extensionDir?: string;
  /** where the browser saves downloads, without asking */
  downloadDir?: string;
}

export interface BidiRequest {
  url: string;
  /** the URL of the page (tab or extension page) the request was made from */
  from: string;
}

export interface FirefoxExtensionSession {
  browser: Browser;
  /** the extension's own first-run tab, whose realm has the extension's APIs (`chrome`, `browser`) */
  extensionTab: Page;
  /** the moz-extension:// origin of this install */
  extensionOrigin: string;
  newPage(url: string): Promise<Page>;
  /** opens a page of the extension (`options.html`) in a new tab, as a link of the extension would */
  extensionPage(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badge(tabId: number): Promise<string>;
  /** the background's result for a tab, as it keeps it in storage.session; null when it has none */
  tabResult(tabId: number): Promise<TabResult | null>;
  /** brings the page's tab to the front and opens the popup for it; read it with `popupText` or in `extensionTab` */
  openPopup(page: Page): Promise<void>;
  /** the text of the open popup (or of an element of it) as a reader sees it, once the popup has finished loading */
  popupText(selector?: string): Promise<string>;
  closePopup(): Promise<void>;
  /** every request WebDriver BiDi reported, from pages and the extension's pages */
  requests: BidiRequest[];
  /** every request Firefox tried to send off the machine, whoever made it (the background page included) */
  outsideRequests: string[];
  /** the extension's errors and warnings: what Firefox printed about its pages and scripts, and its background's */
  extensionErrors(): Promise<string[]>;
  /** everything Firefox printed */
  output(): string;
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A tab of the extension, found by its address from inside: its target URL is not reported reliably over BiDi. */
async function findExtensionTab(browser: Browser, timeoutMs: number, path = ''): Promise<Page> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const page of await browser.pages()) {
      const { protocol, pathname } = await page.evaluate(() => ({ protocol: location.protocol, pathname: location.pathname })).catch(() => ({ protocol: '', pathname: '' }));
      if (protocol === 'moz-extension:' && pathname.endsWith(path)) {
        await page.waitForFunction(() => document.readyState === 'complete');
        return page;
      }
    }
    await wait(200);
  }
  throw new Error('the extension opened no tab of its own');
}

export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionSession> {
  const temporaryProfile = options.userDataDir ? undefined : mkdtempSync(join(tmpdir(), 'crosscheck-firefox-profile-'));
  const outside = await startOutsideRequestRecorder();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: options.userDataDir ?? temporaryProfile,
    defaultViewport: { width: 1280, height: 900 },
    // Lets the pref below point Firefox's remote settings elsewhere (release builds ignore it otherwise).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      // A temporary add-on is removed when Firefox closes; keep its origin and its IndexedDB for the next start.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      // Every address but loopback goes to the recorder.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': outside.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': outside.port,
      'network.proxy.share_proxy_settings': true,
      // Firefox's own remote settings, which it would otherwise fetch at start.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...(options.downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': options.downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.alwaysOpenPanel': false,
          }
        : {}),
    },
  });

  let printed = '';
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) stream?.on('data', (chunk: Buffer) => (printed += chunk.toString()));

  const contexts = new Map<string, string>();
  const requests: BidiRequest[] = [];
  // puppeteer subscribes its BiDi session to the network module; its connection passes on every event.
  const connection = (browser as unknown as { connection: { on(event: string, listener: (e: never) => void): void } }).connection;
  connection.on('browsingContext.navigationStarted', (e: { context: string; url: string }) => contexts.set(e.context, e.url));
  connection.on('network.beforeRequestSent', (e: { context: string | null; request: { url: string } }) =>
    requests.push({ url: e.request.url, from: (e.context && contexts.get(e.context)) ?? 'unknown' }),
  );

  const addonId = await browser.installExtension(resolve(options.extensionDir ?? FIREFOX_EXTENSION_DIR));
  const extensionTab = await findExtensionTab(browser, 30_000);
  const extensionOrigin = await extensionTab.evaluate(() => location.origin);
  await backgroundErrors(extensionTab); // watching from now on

  const tabIdOf = async (page: Page): Promise<number> => {
    const id = await extensionTab.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    if (id === undefined) throw new Error(`no tab shows ${page.url()}`);
    return id;
  };

  return {
    browser,
    extensionTab,
    extensionOrigin,
    requests,
    outsideRequests: outside.requests,
    async newPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      await extensionTab.evaluate((url) => chrome.tabs.create({ url: chrome.runtime.getURL(url) }), `/${path.replace(/^\//, '')}`);
      return findExtensionTab(browser, 10_000, `/${path.replace(/^\//, '')}`);
    },
    tabIdOf,
    badge: (tabId) => extensionTab.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    tabResult: (tabId) =>
      extensionTab.evaluate(
        async (key) => ((await chrome.storage.session.get(key))[key] as TabResult | undefined) ?? null,
        tabResultStorageKey(tabId),
      ),
    async openPopup(page) {
      await page.bringToFront();
      await extensionTab.evaluate(() => chrome.action.openPopup());
      await extensionTab.waitForFunction(() => chrome.extension.getViews({ type: 'popup' }).length > 0, { timeout: 10_000 });
    },
    async popupText(selector = 'body') {
      await extensionTab.waitForFunction(
        () => (chrome.extension.getViews({ type: 'popup' }) as unknown as (typeof globalThis)[])[0]?.document.querySelector('.pp-main[aria-busy="false"]'),
        { timeout: 15_000 },
      );
      return extensionTab.evaluate(
        (within) => ((chrome.extension.getViews({ type: 'popup' }) as unknown as (typeof globalThis)[])[0]!.document.querySelector(within) as HTMLElement | null)?.innerText ?? '',
        selector,
      );
    },
    async closePopup() {
      await extensionTab.evaluate(() => (chrome.extension.getViews({ type: 'popup' }) as unknown as (typeof globalThis)[]).forEach((view) => view.close()));
    },
    async extensionErrors() {
      const printedByExtension = printed
        .split('\n')
        .filter((line) => line.includes(extensionOrigin) || line.includes(addonId))
        .filter((line) => /error|warn|exception/i.test(line));
      return [...printedByExtension, ...(await backgroundErrors(extensionTab))];
    },
    output: () => printed,
    async close() {
      // Removed before closing, so its database is shut while the browser still runs.
      await browser.uninstallExtension(addonId).catch(() => {});
      await browser.close();
      await outside.close();
      if (temporaryProfile) rmSync(temporaryProfile, { recursive: true, force: true });
    },
  };
}
