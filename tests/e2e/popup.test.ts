/**
 * The real popup, opened with chrome.action.openPopup() on real story pages served over http and reached over
 * CDP: what a reader sees in each section, the scroll to a sentence, "not relevant" remembered, the source
 * view, the empty state and its search, the first-run page, and an axe-core check in light and dark mode.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabResult } from '../../core/tabResult';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

const RUDD_REUTERS = '013-reuters-rudd-end-to-end-encryption-completely-unacceptable';
const WHATSAPP_MINUTES = '009-independent-ie-westminster-attacker-using-whatsapp-minutes-earlier';
const UNRELATED = '041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold';
const SHOTS = process.env.CROSSCHECK_SCREENSHOTS ?? '/tmp/crosscheck-screenshots';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core run in the popup's page; evaluated over CDP, so the extension's CSP does not apply to it. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the popup in Chromium', () => {
  let server: PageServer;
  let extension: ExtensionSession;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startPageServer();
    extension = await launchExtension();
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  async function storyPage(name: string): Promise<{ page: Page; result: TabResult }> {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(name));
    const result = await waitForTabResult(extension, await extension.tabIdOf(page), 15_000);
    if (!result) throw new Error(`${name} got no result`);
    return { page, result };
  }

  async function popupFor(page: Page): Promise<Page> {
    const popup = await extension.openPopup(page);
    popup.on('pageerror', (e) => errors.push(e.message));
    popup.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await popup.locator('.pp-main[aria-busy="false"]').waitFor();
    return popup;
  }

  const sectionText = async (popup: Page, name: string) => squash(await popup.getByRole('region', { name: new RegExp(`^${name}`) }).innerText());

  it('opens the first-run page on install, saying what the corpus covers, how old it is, and that nothing leaves the machine', async () => {
    const welcomePage = () => extension.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    await expect.poll(welcomePage, { timeout: 10_000 }).toBeDefined();
    const welcome = welcomePage();
    const text = await expect
      .poll(async () => squash(await welcome!.locator('main').innerText()), { timeout: 10_000 })
      .toMatch(/2 sources, from which Crosscheck read \d+ facts, \d+ quotes by \d+ speakers/)
      .then(async () => squash(await welcome!.locator('main').innerText()));
    expect(text).toMatch(/the newest source is from 29 Mar 2017, \d+ years ago/);
    expect(text).toMatch(/Nothing leaves your machine/);
    expect(await seriousViolations(welcome!)).toEqual([]);
  });

  it('shows an encryption story’s topic, quote with speaker and venue, and the critic it leaves out first', async () => {
    const { page, result } = await storyPage(RUDD_REUTERS);
    const popup = await popupFor(page);
    const header = squash(await popup.locator('header').innerText());
    const count = new Set(result.analysis.matches.map((m) => m.sentenceIndex)).size;
    expect(header).toMatch(new RegExp(`^Encryption row ${count} matching sentences`));
    expect(header).toContain('This page quotes the Home Secretary, Amber Rudd; it quotes no critic: Lord Paddick.');

    const quotes = await sectionText(popup, 'Quotes');
    expect(quotes).toMatch(/“It is completely unacceptable, there should be no place for terrorists to hide\./);
    expect(quotes).toContain("Amber Rudd, Home Secretary · BBC One's Andrew Marr Show · 26 Mar 2017 (inferred)");
    expect(quotes).toMatch(/Verbatim \d sentences on this page/);
    expect(quotes).toMatch(/Also said by Amber Rudd, not on this page .*Sky News's Sophy Ridge on Sunday/);

    const positions = await sectionText(popup, 'Positions');
    const leftOut = positions.indexOf('it quotes no critic: Against');
    expect(leftOut).toBeGreaterThan(0);
    expect(positions.indexOf('These terrorists want to destroy our freedoms')).toBeGreaterThan(leftOut);
    expect(positions.indexOf('For ')).toBeGreaterThan(positions.indexOf('These terrorists want'));
    expect(positions).toMatch(/Amber Rudd, Home Secretary · quoted on this page/);
    expect(positions).toMatch(/Lord Paddick, Liberal Democrat home affairs spokesman · not on this page/);

    await popup.screenshot({ path: `${SHOTS}/popup-${RUDD_REUTERS.slice(0, 3)}-light.png` });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe('rgb(255, 255, 255)');
    expect(dark).toMatch(/^rgb\((\d{1,2}), (\d{1,2}), (\d{1,2})\)$/); // every channel below 100: a dark surface
    await popup.screenshot({ path: `${SHOTS}/popup-${RUDD_REUTERS.slice(0, 3)}-dark.png` });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows an attack story’s facts with the sources’ disagreement, and scrolls the page to a sentence', async () => {
    const { page, result } = await storyPage(WHATSAPP_MINUTES);
    await page.setViewportSize({ width: 900, height: 260 }); // a short window, so the matched sentence is below the fold
    const popup = await popupFor(page);
    const facts = await sectionText(popup, 'Facts');
    expect(facts).toMatch(/Agrees Khalid Masood used WhatsApp a couple of minutes before the attack This page: (?:just two minutes before|minutes earlier) · Corpus: a couple of minutes before · 29 Mar 2017/);
    expect(facts).toMatch(/The sources disagree on this “the seconds before” .*26 Mar 2017.* “a couple of minutes before” .*29 Mar 2017.* This page agrees/);
    expect(facts).toMatch(/Agrees Khalid Masood was 52/);

    const timing = result.context.facts.find((f) => f.subject === 'attacker.whatsapp-timing')!;
    const last = timing.sentences.at(-1)!;
    const before = await page.evaluate(() => scrollY);
    const show = popup.getByRole('button', { name: new RegExp(`^Show on page( \\d/\\d)?: Fact: ${timing.statement}$`) });
    for (let i = 0; i < timing.sentences.length; i++) await show.click();
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(before);
    const inView = await page.evaluate((words) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.replace(/\s+/g, ' ').includes(words));
      const box = p?.getBoundingClientRect();
      return box ? box.bottom > 0 && box.top < innerHeight : false;
    }, squash(last.text).slice(0, 40));
    expect(inView).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}/popup-${WHATSAPP_MINUTES.slice(0, 3)}-light.png` });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SHOTS}/popup-${WHATSAPP_MINUTES.slice(0, 3)}-dark.png` });
    await popup.close();
    await page.close();
  });

  it('can be used from the keyboard alone, with a visible focus ring, and in forced-colours mode', async () => {
    const { page } = await storyPage(WHATSAPP_MINUTES);
    await page.setViewportSize({ width: 900, height: 260 });
    const popup = await popupFor(page);
    const focused: { name: string; ring: boolean }[] = [];
    for (let i = 0; i < 14; i++) {
      await popup.keyboard.press('Tab');
      focused.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        }),
      );
    }
    expect(focused.every((f) => f.ring)).toBe(true);
    const names = focused.map((f) => f.name);
    expect(names.some((n) => /^Show on page/.test(n))).toBe(true);
    expect(names.some((n) => /^Save as annotation/.test(n))).toBe(true);
    expect(names.some((n) => /^Not relevant/.test(n))).toBe(true);

    // back to the first "Show on page" and press Enter: the page scrolls to the sentence
    while (!/^Show on page/.test(await popup.evaluate(() => document.activeElement!.textContent!.trim()))) await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(0);

    await popup.emulateMedia({ forcedColors: 'active' });
    await popup.screenshot({ path: `${SHOTS}/popup-${WHATSAPP_MINUTES.slice(0, 3)}-forced-colors.png` });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('saves a sentence from the popup as an annotation linked to its fact', async () => {
    const { page, result } = await storyPage(WHATSAPP_MINUTES);
    const fact = result.context.facts.find((f) => f.subject === 'attacker.whatsapp-timing')!;
    const popup = await popupFor(page);
    await popup.getByRole('button', { name: `Save as annotation: Fact: ${fact.statement}` }).click();
    await popup.getByRole('button', { name: `Save as annotation: Fact: ${fact.statement} — Saved` }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    const listed = (await popup.evaluate(async (url) => {
      const reply = (await chrome.runtime.sendMessage({ id: 1, type: 'listAnnotations', data: { url }, timestamp: Date.now() })) as { res?: unknown };
      return reply.res;
    }, page.url())) as { annotation: { selectors: [{ exact: string }]; links: { itemId: string }[]; topic?: string } }[];
    expect(listed).toHaveLength(1);
    expect(listed[0]!.annotation.selectors[0].exact).toBe(fact.sentences[0]!.text);
    expect(listed[0]!.annotation.links.map((l) => l.itemId)).toEqual([fact.itemId]);
    expect(listed[0]!.annotation.topic).toBe('attack');
    await popup.close();
    await page.close();
  });

  it('hides a match marked "not relevant" in the popup and on the page, and remembers it when the popup opens again', async () => {
    const { page, result } = await storyPage(WHATSAPP_MINUTES);
    const fact = result.context.facts.find((f) => f.subject === 'attacker.age')!;
    const words = squash(fact.sentences[0]!.text).slice(0, 40);
    const painted = () => page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' '))));
    await expect.poll(async () => (await painted()).some((t) => t.includes(words)), { timeout: 10_000 }).toBe(true);
    let popup = await popupFor(page);
    await popup.getByRole('button', { name: `Not relevant, hide on this page: Fact: ${fact.statement}` }).click();
    await expect.poll(() => popup.getByText(fact.statement, { exact: true }).count()).toBe(0);
    await expect.poll(async () => (await painted()).some((t) => t.includes(words)), { timeout: 10_000 }).toBe(false);
    expect((await painted()).length).toBeGreaterThan(0); // the other matches stay painted
    await popup.close();

    popup = await popupFor(page);
    expect(await popup.getByText(fact.statement, { exact: true }).count()).toBe(0);
    await popup.getByRole('button', { name: '1 marked not relevant: show' }).click();
    await popup.getByRole('button', { name: `Show again: Fact: ${fact.statement}` }).click();
    await expect.poll(() => popup.getByRole('button', { name: /marked not relevant/ }).count()).toBe(0);
    expect(await popup.getByText(fact.statement, { exact: true }).count()).toBe(1);
    await expect.poll(async () => (await painted()).some((t) => t.includes(words)), { timeout: 10_000 }).toBe(true);
    await popup.close();
    await page.close();
  });

  it('opens an item’s source passage in the source view, whole source with the passage marked', async () => {
    const { page } = await storyPage(RUDD_REUTERS);
    const popup = await popupFor(page);
    const [sourceTab] = await Promise.all([
      extension.context.waitForEvent('page'),
      // the popup closes as the new tab takes the focus, as it does for a reader
      popup.getByRole('region', { name: /^Positions/ }).getByRole('link', { name: /opens the source/ }).first().click({ noWaitAfter: true }).catch(() => {}),
    ]);
    await sourceTab.locator('mark').first().waitFor();
    expect(new URL(sourceTab.url()).pathname).toBe('/source.html');
    expect(squash(await sourceTab.locator('mark').allInnerTexts().then((t) => t.join(' ')))).toMatch(/draconian laws that limit our civil liberties/);
    expect(squash(await sourceTab.locator('article').innerText())).toMatch(/Europol’s director Rob Wainwright/);
    expect(await sourceTab.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
    expect(await seriousViolations(sourceTab)).toEqual([]);
    await sourceTab.close();
    await popup.close().catch(() => {});
    await page.close();
  });

  it('on a page that is not about the story, says what to do and searches the corpus', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(UNRELATED));
    const popup = await popupFor(page);
    expect(squash(await popup.locator('main').innerText())).toMatch(/^Nothing to cross-check on this page Crosscheck knows the March 2017 Westminster attack/);
    const box = popup.getByRole('searchbox', { name: 'Search the corpus' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('draconian');
    const results = popup.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    const first = squash(await results.getByRole('listitem').first().innerText());
    expect(first).toMatch(/^“draconian” Lord Paddick, Liberal Democrat home affairs spokesman/);
    await popup.screenshot({ path: `${SHOTS}/popup-empty-search-light.png` });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SHOTS}/popup-empty-search-dark.png` });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('follows the page while open: pausing the site empties it, resuming fills it in when the new analysis arrives', async () => {
    const { page } = await storyPage(RUDD_REUTERS);
    const popup = await popupFor(page);
    const here = popup.getByRole('switch', { name: /^Pause on / });
    await here.click();
    await popup.getByRole('heading', { name: 'Crosscheck is paused here' }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await here.click(); // resume: the site's open tabs are analysed again
    await popup.getByRole('region', { name: /^Quotes/ }).waitFor({ timeout: 15_000 });
    expect(squash(await popup.locator('header').innerText())).toMatch(/^Encryption row/);
    expect(await here.isChecked()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('pauses everywhere from the popup: the open story page loses its highlights and badge at once', async () => {
    const { page } = await storyPage(RUDD_REUTERS);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const tabId = await extension.tabIdOf(page);
    const sw = await extension.serviceWorker();
    let popup = await popupFor(page);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await popup.close();

    popup = await popupFor(page);
    expect(await popup.getByRole('heading', { name: 'Crosscheck is paused here' }).count()).toBe(1);
    expect(await popup.getByRole('switch', { name: 'Pause everywhere' }).isChecked()).toBe(true);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await expect.poll(() => popup.getByRole('switch', { name: 'Pause everywhere' }).isChecked()).toBe(false);
    await popup.close();
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 15_000 });
    await page.close();
  });

  it('logged no errors in the popup', () => {
    expect(errors).toEqual([]);
  });
});
