/**
 * Chromium stops an MV3 service worker whenever it likes. Stopped in the middle of analysing a page, the page
 * still gets its result once the worker is back; stopped in the middle of importing a corpus pack or an
 * annotation file, the database holds all of it or none, and importing again completes it. The worker is
 * stopped as DevTools does (CDP ServiceWorker.stopAllWorkers) while it handles the message. And ten tabs
 * analysed at once each get their own result: the one the page gets alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { exportJsonLd } from '../../core/annotations/jsonLd';
import type { Annotation } from '../../core/annotations/model';
import { tabResultStorageKey, type TabResult } from '../../core/tabResult';
import { askBackground } from './askBackground';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

const STORY_PAGE = '020-usatoday-london-attacker-used-whatsapp-before-rampage';
const TEN_PAGES = [
  '001-scotsman-police-name-westminster-attacker-khalid-masood',
  '009-independent-ie-westminster-attacker-using-whatsapp-minutes-earlier',
  '010-theweek-rudd-whatsapp-gives-terrorists-secret-place-to-hide',
  '012-inews-rudd-whatsapp-end-to-end-encryption-must-end',
  '013-reuters-rudd-end-to-end-encryption-completely-unacceptable',
  '020-usatoday-london-attacker-used-whatsapp-before-rampage',
  '021-fox61-london-attackers-encrypted-whatsapp-message-cannot-be-accessed',
  '022-newser-uk-wants-london-attackers-whatsapp-message',
  '029-yahoo-student-who-drove-at-cyclists-parliament-guilty',
  '041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold',
];
const STOP_ON = 'crosscheck-test: received';

/** What a tab shows the reader: its topic, its matched sentences and its badge. */
interface TabOutcome {
  url: string;
  topic: string;
  sentences: number[];
  badge: string;
}

describe('restarts of the service worker, and many tabs at once', () => {
  let server: PageServer;
  let extension: ExtensionSession;
  let control: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension();
    control = await extension.extensionPage('manifest.json');
    cdp = await extension.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  /**
   * Arms the running worker to say on its console when a message of `type` arrives, and then to hold its thread
   * for a moment (the background's handler has already started and is waiting on its first await), so that the
   * test's stop lands while the message is being handled.
   */
  async function stopWorkerOnMessage(type: string): Promise<{ stopped: Promise<void> }> {
    const sw = await extension.serviceWorker();
    const stopped = new Promise<void>((resolve) => {
      const onConsole = (message: { text(): string }) => {
        if (message.text() !== `${STOP_ON} ${type}`) return;
        sw.off('console', onConsole);
        void cdp.send('ServiceWorker.stopAllWorkers').then(() => resolve());
      };
      sw.on('console', onConsole);
    });
    await sw.evaluate(
      ([prefix, wanted]) => {
        chrome.runtime.onMessage.addListener((message: unknown) => {
          if ((message as { type?: string })?.type !== wanted) return undefined;
          console.log(`${prefix} ${wanted}`);
          const until = performance.now() + 1_500;
          while (performance.now() < until); // the stop arrives meanwhile
          return undefined;
        });
      },
      [STOP_ON, type] as const,
    );
    return { stopped };
  }

  /** Sends a message with the worker armed to stop while handling it: the answer, or the error the send ended with. */
  async function sendInterrupted(type: string, send: () => Promise<unknown>): Promise<{ answer: unknown } | { error: string }> {
    const { stopped } = await stopWorkerOnMessage(type);
    const settled = send().then(
      (answer) => ({ answer }),
      (error: Error) => ({ error: error.message }),
    );
    await stopped;
    return settled;
  }

  async function outcome(page: Page, result: TabResult | null): Promise<TabOutcome> {
    const tabId = await extension.tabIdOf(page);
    const sw = await extension.serviceWorker();
    return {
      url: result?.analysis.url ?? page.url(),
      topic: result?.analysis.topic.topic ?? 'none',
      sentences: [...new Set(result?.analysis.matches.map((m) => m.sentenceIndex))].sort((a, b) => a - b),
      badge: await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    };
  }

  it('stopped while analysing a page, the worker comes back and the page still gets its result', async () => {
    // The result of the page when nothing goes wrong.
    const calm = await extension.context.newPage();
    await calm.goto(server.urlFor(STORY_PAGE));
    const expected = await outcome(calm, await waitForTabResult(extension, await extension.tabIdOf(calm), 20_000));
    expect(expected.sentences.length).toBeGreaterThan(0);
    await calm.close();

    const { stopped } = await stopWorkerOnMessage('analyzePage');
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(STORY_PAGE));
    await stopped;
    // Read at once, from an extension page (the worker is down): the interrupted analysis stored nothing.
    const tabId = await control.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, page.url());
    const key = tabResultStorageKey(tabId);
    const storedAtStop = await control.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, key);
    expect(storedAtStop, 'the worker answered before it was stopped').toBeNull();
    await askBackground(extension, 'getPausedEverywhere'); // wakes the worker for the test's own questions; it re-sends nothing

    const result = await waitForTabResult(extension, tabId, 20_000);
    expect(await outcome(page, result)).toEqual({ ...expected, url: page.url() });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('stopped while importing a corpus pack, the corpus has all of it or none, and importing again completes it', async () => {
    // Eighty long sources: building them takes long enough to be stopped in the middle.
    const paragraph = 'Khalid Masood drove a car into pedestrians on Westminster Bridge and stabbed PC Keith Palmer. '.repeat(40);
    const pack = {
      format: 'crosscheck-corpus-pack',
      version: 1,
      name: 'Restart test',
      sources: Array.from({ length: 80 }, (_, i) => ({ key: `restart-${i}`, title: `Report ${i + 1} on the attack`, text: `${paragraph}\n\nReport ${i + 1}.` })),
    };
    const importPack = () => askBackground(extension, 'importCorpusPack', { json: JSON.stringify(pack) });
    const packSources = async () =>
      ((await askBackground(extension, 'listSources')) as { title: string }[]).filter((s) => /^Report \d+ on the attack$/.test(s.title)).length;

    expect(await sendInterrupted('importCorpusPack', importPack), 'the import finished before the worker was stopped').toHaveProperty('error');
    expect([0, 80]).toContain(await packSources());

    expect(await importPack()).toMatchObject({ ok: true });
    expect(await packSources()).toBe(80);
  });

  it('stopped while importing annotations, they are all there or none, and importing again completes them', async () => {
    const annotations: Annotation[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: `https://news.example/westminster/${i}`,
      title: `Westminster attack, report ${i}`,
      selectors: [
        { type: 'TextQuoteSelector', exact: `It took just 82 seconds for Masood to kill four people (${i})` },
        { type: 'TextPositionSelector', start: i, end: i + 60 },
      ],
      note: 'Compare with seed 002',
      tags: ['attack', 'timeline'],
      links: [],
      created: '2026-11-24T09:00:00.000Z',
      modified: '2026-11-24T09:00:00.000Z',
    }));
    const importFile = () => askBackground(extension, 'importAnnotations', { text: exportJsonLd(annotations) });
    const stored = async () => ((await askBackground(extension, 'listAnnotations', {})) as unknown[]).length;
    const before = await stored();

    expect(await sendInterrupted('importAnnotations', importFile), 'the import finished before the worker was stopped').toHaveProperty('error');
    expect([before, before + annotations.length]).toContain(await stored());

    expect(await importFile()).toMatchObject({ ok: true });
    expect(await stored()).toBe(before + annotations.length);
  });

  it('ten tabs analysed at once each get their own result, the same as alone', async () => {
    const alone = new Map<string, TabOutcome>();
    for (const fixture of TEN_PAGES) {
      const page = await extension.context.newPage();
      await page.goto(server.urlFor(fixture));
      const result = await waitForTabResult(extension, await extension.tabIdOf(page), fixture.startsWith('041') ? 3_000 : 20_000);
      alone.set(fixture, await outcome(page, result));
      await page.close();
    }

    const pages = await Promise.all(TEN_PAGES.map(() => extension.context.newPage()));
    await Promise.all(pages.map((page, i) => page.goto(server.urlFor(TEN_PAGES[i]!))));
    const together = await Promise.all(
      pages.map(async (page, i) => {
        const expected = alone.get(TEN_PAGES[i]!)!;
        const result = await waitForTabResult(extension, await extension.tabIdOf(page), expected.sentences.length ? 20_000 : 3_000);
        return outcome(page, result);
      }),
    );
    expect(together).toEqual(TEN_PAGES.map((fixture) => alone.get(fixture)));
    const topics = new Set(together.map((t) => t.topic));
    expect(topics.size, 'the ten pages are not all alike').toBeGreaterThanOrEqual(3);
    await Promise.all(pages.map((page) => page.close()));
  });
});
