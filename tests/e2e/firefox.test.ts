/**
 * The extension in Firefox as a user installs it: the built .output/firefox-mv3 in Firefox ESR, story pages,
 * a near miss and an unrelated page served over http, the real badge and the real popup. The whole session
 * ends with the extension's errors (none) and its requests (none).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabResult } from '../../core/tabResult';
import { untilTabResult } from '../../scripts/browser/tabResultInBrowser';
import { launchFirefoxExtension, type FirefoxExtensionSession } from '../../scripts/browser/launchFirefoxExtension';
import { startPageServer, type PageServer } from './harness';
import { expectedKinds, KIND_NAMES, paintedHighlightKinds, squash, squashedKinds } from './highlightKinds';

const WHATSAPP_MINUTES = '009-independent-ie-westminster-attacker-using-whatsapp-minutes-earlier';
const RUDD_REUTERS = '013-reuters-rudd-end-to-end-encryption-completely-unacceptable';
/** the 2018 car crash at Parliament: passes the pre-check, is analysed, and is not about the story */
const NEAR_MISS_ANALYSED = '029-yahoo-student-who-drove-at-cyclists-parliament-guilty';
const UNRELATED = '041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold';

describe('the extension in Firefox', () => {
  let server: PageServer;
  let firefox: FirefoxExtensionSession;

  beforeAll(async () => {
    server = await startPageServer();
    firefox = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const tabResult = (tabId: number, timeoutMs: number) => untilTabResult(() => firefox.tabResult(tabId), timeoutMs);

  const paintedKinds = (page: Page) => page.evaluate(paintedHighlightKinds, KIND_NAMES).then(squashedKinds);

  async function storyPage(name: string): Promise<{ page: Page; tabId: number; result: TabResult }> {
    const page = await firefox.newPage(server.urlFor(name));
    const tabId = await firefox.tabIdOf(page);
    const result = await tabResult(tabId, 15_000);
    if (!result) throw new Error(`${name} got no result`);
    await page.waitForFunction((names) => names.some((n) => CSS.highlights.has(n)), { timeout: 15_000 }, KIND_NAMES);
    return { page, tabId, result };
  }

  it('detects story pages and paints every matched sentence in its kind, with the count on the badge', async () => {
    for (const [name, topic, kind] of [
      [WHATSAPP_MINUTES, 'attack', 'crosscheck-fact-agrees'],
      [RUDD_REUTERS, 'encryption', 'crosscheck-quote'],
    ] as const) {
      const { page, tabId, result } = await storyPage(name);
      expect(result.analysis.topic.topic).toBe(topic);
      const expected = expectedKinds(result);
      expect(Object.keys(expected)).toContain(kind);
      await expect.poll(() => paintedKinds(page)).toEqual(expected);
      const sentences = new Set(result.analysis.matches.map((m) => m.sentenceIndex)).size;
      expect(await firefox.badge(tabId)).toBe(String(sentences));
      await page.close();
    }
  });

  it('stays silent on a near miss it analyses and on an unrelated page: no highlight, no badge, no trace in the page', async () => {
    for (const name of [NEAR_MISS_ANALYSED, UNRELATED]) {
      const page = await firefox.newPage(server.urlFor(name));
      const tabId = await firefox.tabIdOf(page);
      const result = await tabResult(tabId, name === UNRELATED ? 3_000 : 15_000);
      if (name === NEAR_MISS_ANALYSED) expect(result?.analysis.topic.topic).toBe('none');
      else expect(result).toBeNull();
      expect(await firefox.badge(tabId)).toBe('');
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('mark, [class*="crosscheck"], crosscheck-card').length)).toBe(0);
      await page.close();
    }
  });

  it('shows the popup of an encryption story: topic, the quote with speaker and venue, the critic it leaves out', async () => {
    const { page, result } = await storyPage(RUDD_REUTERS);
    await firefox.openPopup(page);
    const header = squash(await firefox.popupText('header'));
    const count = new Set(result.analysis.matches.map((m) => m.sentenceIndex)).size;
    expect(header).toMatch(new RegExp(`^Encryption row ${count} matching sentences`));
    expect(header).toContain('This page quotes the Home Secretary, Amber Rudd; it quotes no critic: Lord Paddick.');
    const quotes = squash(await firefox.popupText('section[aria-labelledby="pp-quotes"]'));
    expect(quotes).toMatch(/“It is completely unacceptable, there should be no place for terrorists to hide\./);
    expect(quotes).toContain("Amber Rudd, Home Secretary · BBC One's Andrew Marr Show · 26 Mar 2017 (inferred)");
    const positions = squash(await firefox.popupText('section[aria-labelledby="pp-positions"]'));
    expect(positions).toMatch(/Lord Paddick, Liberal Democrat home affairs spokesman · not on this page/);
    await firefox.closePopup();
    await page.close();
  });

  it('shows the popup of an attack story: its facts, with the sources’ disagreement', async () => {
    const { page } = await storyPage(WHATSAPP_MINUTES);
    await firefox.openPopup(page);
    expect(squash(await firefox.popupText('header'))).toMatch(/^Westminster attack \d+ matching sentences/);
    const facts = squash(await firefox.popupText('section[aria-labelledby="pp-facts"]'));
    expect(facts).toMatch(/Agrees Khalid Masood used WhatsApp a couple of minutes before the attack This page: (?:just two minutes before|minutes earlier) · Corpus: a couple of minutes before · 29 Mar 2017/);
    expect(facts).toMatch(/The sources disagree on this “the seconds before” .*26 Mar 2017.* “a couple of minutes before” .*29 Mar 2017.* This page agrees/);
    await firefox.closePopup();
    await page.close();
  });

  it('shows the popup of another page: what Crosscheck does, and a search over the corpus', async () => {
    const page = await firefox.newPage(server.urlFor(UNRELATED));
    await firefox.openPopup(page);
    expect(squash(await firefox.popupText('main'))).toMatch(/^Nothing to cross-check on this page Crosscheck knows the March 2017 Westminster attack/);
    // Typed as an input event: the popup is no page of its own for the keyboard of WebDriver BiDi.
    await firefox.extensionTab.evaluate(() => {
      const view = (chrome.extension.getViews({ type: 'popup' }) as unknown as (typeof globalThis)[])[0]!;
      const box = view.document.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = 'draconian';
      box.dispatchEvent(new view.Event('input', { bubbles: true }));
    });
    await expect
      .poll(() => firefox.popupText('[aria-label="Search results"] li').then(squash), { timeout: 5_000 })
      .toMatch(/^“draconian” Lord Paddick, Liberal Democrat home affairs spokesman/);
    await firefox.closePopup();
    await page.close();
  });

  it('logged no error: background, pages, content scripts', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });

  it('sent no request: pages reached only the local server, nothing went off the machine', () => {
    expect(firefox.requests.filter((r) => r.url.startsWith(server.origin)).length).toBeGreaterThan(0);
    expect(firefox.requests.filter((r) => !r.url.startsWith(server.origin))).toEqual([]);
    expect(firefox.outsideRequests).toEqual([]);
  });
});
