/**
 * Crosscheck runs in every page its user opens. On hostile pages (script payloads in the text, replaced
 * built-ins, a strict CSP, 100k nodes, iframes and shadow roots, constant DOM churn, a 200 kB word, non-Latin
 * scripts) and on pages not about the story, the page must stay as its author made it: its own scripts still
 * work, nothing it carries as text ever runs, the extension throws nothing and stays bounded. On pages not about
 * the story the document is byte-identical afterwards; on story pages the only traces are the highlight registry,
 * its style sheet and one host element; no page gets a message. Pages that try to reach Crosscheck (register its
 * old element names, listen to every key, forge its framework's messages, remove what it adds, drop its style
 * sheet), a frameset and a page of 20,000 sentences follow. All of it is read from inside the page
 * (tests/e2e/pageProbe.ts, and what each page records of its own in window.__seen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import type { TabResult } from '../../core/tabResult';
import { watchExtension, type ExtensionWatch } from './extensionWatch';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';
import { askBackground } from './askBackground';
import { selectText, sendToTab, storedAnnotations } from './inPage';
import { installPageProbe, readProbe, type ProbeReport } from './pageProbe';

/** Story pages in English: the extension must engage fully (a result with matches, highlights). */
const ENGLISH_STORY_PAGES = [
  'hostile-script-in-text.html',
  'hostile-patched-builtins.html',
  'hostile-strict-csp.html',
  'hostile-100k-nodes.html',
  'hostile-iframe-shadow.html',
  'hostile-mutating-story.html',
  'hostile-long-text.html',
];
/** Story pages in other scripts: whatever the verdict, the page is untouched or carries only the allowed traces. */
const NON_LATIN_STORY_PAGES = ['hostile-russian.html', 'hostile-chinese.html', 'hostile-arabic.html'];
/** Pages not about the story, near misses (which pass the pre-check and get the analyzer) included. */
const NON_STORY_PAGES = [
  '031-politico-feds-get-order-to-force-apple-to-unlock-san-bernardino-phone',
  '029-yahoo-student-who-drove-at-cyclists-parliament-guilty',
  '027-bbc-finsbury-park-darren-osborne-jailed',
  '033-hcca-home-secretary-patel-sends-letter-to-facebook-ceo-2019',
  '043-iheart-top-dogs-at-westminster-kennel-club-2017',
  '041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold',
  'hostile-mutating-unrelated.html',
];
/**
 * The near misses the pre-check lets through (Westminster, Parliament, a car driven at people): they are analysed
 * in full and come out "none". Every other page not about the story stops at the pre-check and is never analysed.
 */
const PASSES_PRECHECK = new Set(['029-yahoo-student-who-drove-at-cyclists-parliament-guilty']);
/** How long a page is watched after its result (or after load when it gets none). */
const SETTLE_MS = 2_500;
/** How long the constantly mutating pages are watched. */
const CHURN_MS = 5_000;

type PageWindow = { __injectedScriptRan?: unknown; pageSelfTest?: () => string | Promise<string> };

const CARD_OPEN = 'div[popover]:popover-open';
const NOTE_HOST = ':root > div:not([popover])';

interface Seen {
  keys: string[];
  messages: string[];
  internals: string[];
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

describe('hostile pages and pages not about the story', () => {
  let server: PageServer;
  let extension: ExtensionSession;
  let watch: ExtensionWatch;
  const figures: string[] = [];

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension();
    await installPageProbe(extension.context);
    watch = await watchExtension(extension);
  });

  afterAll(async () => {
    console.log(`hostile pages:\n  ${figures.join('\n  ')}`);
    await extension?.close();
    await server?.close();
  });

  async function open(fixture: string): Promise<{ page: Page; tabId: number }> {
    const page = await extension.context.newPage();
    await watch.watchPage(page);
    await page.goto(server.urlFor(fixture));
    return { page, tabId: await extension.tabIdOf(page) };
  }

  /** The page's own check, and no payload it carries as text has run. */
  async function expectPageUnbroken(page: Page): Promise<void> {
    expect(await page.evaluate(() => (window as PageWindow).__injectedScriptRan)).toBeUndefined();
    const selfTest = await page.evaluate(() => (window as PageWindow).pageSelfTest?.() ?? 'no script (CSP)');
    expect(selfTest).toMatch(/^(ok|no script \(CSP\))$/);
  }

  /** Untouched: the same bytes (apart from the page's own live regions), no mutation, no global, no highlight. */
  function expectUntouched(report: ProbeReport, hasLiveRegion = false): void {
    expect(report.mutations).toEqual([]);
    expect(report.addedElements).toEqual([]);
    expect(report.sameApartFromAdded, report.firstDifference).toBe(true);
    if (!hasLiveRegion) expect(report.sameOuterHtml).toBe(true);
    expect(report.newGlobals).toEqual([]);
    expect(report.highlights).toEqual([]);
    expect(report.cspViolations).toEqual([]);
    expect(report.messages).toEqual([]);
    expect(report.adoptedRules).toEqual([]);
  }

  /**
   * On a story page: highlights, at most one added host element (a plain <div>, its own style and popover only),
   * one adopted style sheet of ::highlight() rules, nothing posted to the window, nothing else changed.
   */
  function expectOnlyAllowedTraces(report: ProbeReport): void {
    expect(report.addedElements.length, report.addedElements.join(', ')).toBeLessThanOrEqual(1);
    for (const element of report.addedElements) expect(element).toMatch(/^div( \[(popover|style| )+\])?$/);
    expect(report.messages).toEqual([]);
    for (const rule of report.adoptedRules) expect(rule).toMatch(/^(::highlight\(crosscheck-[a-z-]+\) \{|@media \(forced-colors: active\) \{\s*::highlight\(crosscheck-)/);
    expect(report.mutations.filter((m) => !m.startsWith('childList '))).toEqual([]);
    expect(report.mutations.every((m) => !m.includes(' -')), report.mutations.join('\n')).toBe(true);
    expect(report.sameApartFromAdded, report.firstDifference).toBe(true);
    expect(report.newGlobals).toEqual([]);
    expect(report.marks).toBe(0); // Chromium has the Highlight API, so no <mark> fallback
    expect(report.cspViolations).toEqual([]);
  }

  async function expectNoExtensionErrors(): Promise<void> {
    expect(await watch.errors()).toEqual([]);
  }

  it.each(ENGLISH_STORY_PAGES)('%s: analysed and highlighted, page unbroken, only the allowed traces', async (fixture) => {
    const { page, tabId } = await open(fixture);
    const result = await waitForTabResult(extension, tabId, 20_000);
    expect(result?.analysis.topic.topic, `${fixture} got no result`).not.toBe('none');
    expect(result!.analysis.matches.length).toBeGreaterThan(0);
    await expect.poll(async () => (await readProbe(page)).highlights.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(fixture.includes('mutating') ? CHURN_MS : SETTLE_MS);

    const report = await readProbe(page);
    expectOnlyAllowedTraces(report);
    const analyses = await watch.messagesFrom(tabId, 'analyzePage');
    expect(analyses, 'analyses of one page').toBe(1);
    await expectPageUnbroken(page);
    await expectNoExtensionErrors();
    figures.push(describeRun(fixture, result, report, analyses));
    await page.close();
  });

  it.each(NON_LATIN_STORY_PAGES)('%s: page unbroken, untouched or only the allowed traces', async (fixture) => {
    const { page, tabId } = await open(fixture);
    const result = await waitForTabResult(extension, tabId, 6_000);
    await page.waitForTimeout(SETTLE_MS);
    const report = await readProbe(page);
    if (report.highlights.length > 0) expectOnlyAllowedTraces(report);
    else expectUntouched(report);
    expect(await watch.messagesFrom(tabId, 'analyzePage')).toBeLessThanOrEqual(1);
    await expectPageUnbroken(page);
    await expectNoExtensionErrors();
    figures.push(describeRun(fixture, result, report, await watch.messagesFrom(tabId, 'analyzePage')));
    await page.close();
  });

  it.each(NON_STORY_PAGES)('%s: not about the story, so byte-identical, no globals, no badge', async (fixture) => {
    const { page, tabId } = await open(fixture);
    await page.waitForTimeout(fixture.includes('mutating') ? CHURN_MS : SETTLE_MS);
    const report = await readProbe(page);
    expectUntouched(report, fixture.includes('mutating'));
    expect(await watch.messagesFrom(tabId, 'analyzePage'), 'analysed in full').toBe(PASSES_PRECHECK.has(fixture) ? 1 : 0);
    const result = await waitForTabResult(extension, tabId, 0);
    expect(result?.analysis.topic.topic ?? 'none').toBe('none');
    const sw = await extension.serviceWorker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    // The content script looks again when the DOM grows, a bounded number of times; it never asks more than once.
    expect(await watch.messagesFrom(tabId, 'requestAnalyzer')).toBeLessThanOrEqual(1);
    await expectPageUnbroken(page);
    await expectNoExtensionErrors();
    figures.push(describeRun(fixture, result, report, await watch.messagesFrom(tabId, 'analyzePage')));
    await page.close();
  });

  it('never calls the built-ins a page replaced (it runs in its own world, not the page\'s)', async () => {
    const { page, tabId } = await open('hostile-patched-builtins.html');
    // Playwright's own evaluate() calls bind and Promise in the page; the counters are read through bare CDP
    // expressions that call none of them, and nothing else runs in the page until then.
    const cdp = await extension.context.newCDPSession(page);
    expect((await waitForTabResult(extension, tabId, 20_000))?.analysis.matches.length).toBeGreaterThan(0);
    await page.waitForTimeout(SETTLE_MS);
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: '({ atLoad: { ...window.__patchCallsAtLoad }, now: { ...window.__patchCalls }, highlights: CSS.highlights.size })',
      returnByValue: true,
    });
    const calls = result.value as { atLoad: Record<string, number>; now: Record<string, number>; highlights: number };
    expect(calls.highlights).toBeGreaterThan(0);
    expect(calls.now).toEqual(calls.atLoad);
    await expectPageUnbroken(page);
    await page.close();
  });

  it('refuses forged analyzePage messages from a tab: the field is named, no result, no badge', async () => {
    const forger = await extension.extensionPage('manifest.json');
    const tabId = await extension.tabIdOf(forger);
    const forged = [
      { title: 42, text: 'Khalid Masood' },
      { title: 'Westminster', text: null },
      { title: 'Westminster', text: 'Khalid Masood killed four people.', tabId: 1 },
      { title: 'Westminster', text: 'Khalid Masood killed four people.', matches: [{ itemId: 'x', verdict: 'agrees' }] },
      'Khalid Masood',
    ];
    for (const data of forged) {
      const reply = (await forger.evaluate(
        (d) => chrome.runtime.sendMessage({ id: 1, type: 'analyzePage', data: d, timestamp: Date.now() }),
        data,
      )) as { res?: unknown; err?: { message: string } };
      expect(reply.res).toBeUndefined();
      expect(reply.err?.message).toMatch(/^Rejected page input: (title|text|tabId|matches|\(root\)|url)/);
    }
    expect(await waitForTabResult(extension, tabId, 0)).toBeNull();
    const sw = await extension.serviceWorker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await forger.close();
  });

  it('leaves the iframe embedded in a story page as it was', async () => {
    const { page } = await open('hostile-iframe-shadow.html');
    const frame = page.frames().find((f) => f.url().endsWith('hostile-iframe-story.html'))!;
    await waitForTabResult(extension, await extension.tabIdOf(page), 20_000);
    await page.waitForTimeout(SETTLE_MS);
    const report = await readProbe(frame);
    if (report.highlights.length > 0) expectOnlyAllowedTraces(report);
    else expectUntouched(report);
    expect(await frame.evaluate(() => (window as PageWindow).pageSelfTest?.())).toBe('ok');
    await page.close();
  });

  it.each(['hostile-script-in-text.html', 'hostile-strict-csp.html'])(
    '%s: the hover card opens on every highlight, holds no markup from the page, and is the one element added',
    async (fixture) => {
      const { page, tabId } = await open(fixture);
      await waitForTabResult(extension, tabId, 20_000);
      await expect.poll(async () => (await readProbe(page)).highlights.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const points = await page.evaluate(() => {
        const at: { x: number; y: number }[] = [];
        CSS.highlights.forEach((highlight) =>
          highlight.forEach((range) => {
            const line = (range as Range).getClientRects()[0];
            if (line) at.push({ x: line.left + 4, y: line.top + line.height / 2 });
          }),
        );
        return at;
      });
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) {
        await page.mouse.move(point.x, point.y);
        await page.mouse.move(point.x + 2, point.y);
        await expect.poll(() => page.evaluate(() => document.querySelector(':root > div[popover]')?.matches(':popover-open'))).toBe(true);
        const card = await closedShadowHtml(page);
        expect(card).toMatch(/class="card/);
        expect(card).not.toMatch(/<(img|svg|iframe|script)\b|\son\w+=/i);
        expect(await page.evaluate(() => (window as PageWindow).__injectedScriptRan)).toBeUndefined();
      }
      await page.screenshot({ path: `/tmp/crosscheck-card-${fixture.replace('.html', '')}.png` });
      const report = await readProbe(page);
      expect(report.addedElements).toHaveLength(1);
      expectOnlyAllowedTraces(report);
      await expectPageUnbroken(page);
      await expectNoExtensionErrors();
      await page.close();
    },
  );

  it('renders script payloads in page text as text in the popup', async () => {
    const { page, tabId } = await open('hostile-script-in-text.html');
    await waitForTabResult(extension, tabId, 20_000);
    const popup = await extension.openPopup(page);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/unacceptable|Rudd/i);
    const injected = await popup.evaluate(() => ({
      elements: document.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], script:not([src])').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length,
    }));
    expect(injected).toEqual({ elements: 0, handlers: 0 });
    await popup.screenshot({ path: '/tmp/crosscheck-hostile-popup.png' });
    await popup.close();
    expect(await page.evaluate(() => (window as PageWindow).__injectedScriptRan)).toBeUndefined();
    await expectNoExtensionErrors();
    await page.close();
  });

  // Pages that try to reach Crosscheck: write inside its card, read the keys typed into it, tell that it is
  // installed, forge the messages of the framework it is built with, remove what it adds, drop its style sheet.
  // Each records what it got (window.__seen) from its own world, and each must get nothing.

  async function highlighted(page: Page, tabId: number): Promise<void> {
    expect((await waitForTabResult(extension, tabId, 20_000))?.analysis.matches.length).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBeGreaterThan(0);
  }

  /** Moves the pointer onto the first painted sentence. */
  async function hoverHighlight(page: Page): Promise<void> {
    const point = await page.evaluate(() => {
      const [range] = [...CSS.highlights.values()].flatMap((h) => [...h]) as Range[];
      const line = range!.getClientRects()[0]!;
      return { x: line.left + 4, y: line.top + line.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.mouse.move(point.x + 2, point.y);
  }

  it('a page that registers names and listens to every key reaches neither the card nor the keys typed in it', async () => {
    const { page, tabId } = await open('hostile-listens.html');
    await highlighted(page, tabId);
    const sw = await extension.serviceWorker();
    expect(await sendToTab(sw, tabId, 'stepMatch', { step: 1 })).toBe(true);
    await expect.poll(() => page.evaluate((open) => !!document.querySelector(open), CARD_OPEN)).toBe(true);
    // The card's host is a plain element: no shadow root, no internals for the page.
    expect(await page.evaluate((open) => {
      const host = document.querySelector(open) as HTMLElement;
      let internals = 'none';
      try {
        host.attachInternals();
        internals = 'given';
      } catch {
        // a plain element has no internals to give
      }
      return { shadowRoot: host.shadowRoot, custom: host.localName.includes('-'), internals };
    }, CARD_OPEN)).toEqual({ shadowRoot: null, custom: false, internals: 'none' });
    await page.keyboard.press('Tab');
    await page.keyboard.type('abc');
    await page.keyboard.press('Escape'); // the card's own key handling still works
    await expect.poll(() => page.evaluate((open) => !!document.querySelector(open), CARD_OPEN)).toBe(false);
    expect(await seen(page)).toEqual({ keys: [], messages: [], internals: [] });
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('keys typed into the note panel reach the note, not the page', async () => {
    const { page, tabId } = await open('hostile-listens.html');
    await highlighted(page, tabId);
    await selectText(page, 'It took just 82 seconds');
    expect(await askBackground(extension, 'saveSelectionInTab', { tabId })).toBe(true);
    await page.bringToFront();
    await expect.poll(() => page.locator(NOTE_HOST).count()).toBe(1);
    await page.keyboard.type('a private thought & more');
    await page.keyboard.press('Tab');
    await page.keyboard.type('secret');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator(NOTE_HOST).count()).toBe(0);
    const saved = (await storedAnnotations(extension)).find((a) => a.url === server.urlFor('hostile-listens.html'));
    expect(saved).toMatchObject({ note: 'a private thought & more', tags: ['secret'] });
    expect(await seen(page)).toEqual({ keys: [], messages: [], internals: [] });
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('posts nothing to a page, and forged or replayed framework messages neither throw nor switch it off', async () => {
    const { page, tabId } = await open('hostile-forges-messages.html');
    for (const prefix of [extension.extensionId, `${extension.extensionId}:content`, `${extension.extensionId}:precheck`]) {
      await page.evaluate((p) => (window as unknown as { forge(prefix: string): void }).forge(p), prefix);
    }
    // The story renders 2.5 s after load: only a content script still running reads it.
    await highlighted(page, tabId);
    expect((await seen(page)).messages).toEqual([]);
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('a frameset is read through its frames of the same origin: a result with matches and their count on the badge', async () => {
    const { page, tabId } = await open('hostile-frameset.html');
    const result = await waitForTabResult(extension, tabId, 20_000);
    expect(result?.analysis.topic.topic).not.toBe('none');
    const sentences = new Set(result!.analysis.matches.map((m) => m.sentenceIndex)).size;
    expect(sentences).toBeGreaterThan(0);
    const sw = await extension.serviceWorker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(sentences));
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  // How long its tasks take is a speed goal: the bench's longTasksOver50ms measures it side by side (npm run bench);
  // a timed assertion here fails on a busy machine, so the longest task is only printed.
  it('a story page of 20,000 sentences is read and highlighted to its last paragraph, with nothing thrown', async () => {
    const { page, tabId } = await open('hostile-20000-sentences.html');
    await highlighted(page, tabId);
    await page.waitForTimeout(1_500);
    const report = await readProbe(page);
    console.log(`20,000 sentences: longest task ${report.longestTaskMs} ms, ${report.longTasks} tasks over 50 ms (${report.longTaskMs} ms), highlights ${report.highlights.join(' ')}`);
    // the news report the page repeats every 100 paragraphs is highlighted in its first and in its last copy
    const copiesHighlighted = await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('#record p');
      const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]) as Range[];
      return [50, 1950].map((n) => ranges.some((r) => paragraphs[n]!.contains(r.startContainer)));
    });
    expect(copiesHighlighted).toEqual([true, true]);
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });

  it('a page that removes added elements and replaces its adopted style sheets still gets the card and the highlight colours', async () => {
    const { page, tabId } = await open('hostile-owns-document.html');
    await highlighted(page, tabId);
    await hoverHighlight(page);
    await expect.poll(() => page.evaluate((open) => !!document.querySelector(open), CARD_OPEN), { timeout: 5_000 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBeGreaterThan(0);

    const highlightRules = () =>
      page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.startsWith('::highlight(')).length);
    expect(await highlightRules()).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { switchTheme(): void }).switchTheme());
    expect(await highlightRules()).toBe(0);
    await expect.poll(highlightRules, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(2); // the page's theme stays
    expect(await page.evaluate(() => (window as unknown as { pageSelfTest(): string }).pageSelfTest())).toBe('ok');
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });
});

/** The content of the first closed shadow root, which page scripts cannot reach but the DevTools protocol can. */
async function closedShadowHtml(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = typeof root;
    const find = (node: DomNode): DomNode | undefined =>
      node.shadowRoots?.[0]?.shadowRootType === 'closed' ? node : (node.children ?? []).map(find).find((n) => n !== undefined);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return '';
    return (await cdp.send('DOM.getOuterHTML', { nodeId: shadow.nodeId })).outerHTML;
  } finally {
    await cdp.detach();
  }
}

function describeRun(fixture: string, result: TabResult | null, report: ProbeReport, analyses: number): string {
  const topic = result?.analysis.topic.topic ?? 'no result';
  const matches = result ? new Set(result.analysis.matches.map((m) => m.sentenceIndex)).size : 0;
  return `${fixture}: ${topic}, ${matches} matching sentences, ${analyses} analyses, highlights [${report.highlights.join(' ')}], ` +
    `added [${report.addedElements.join(' ')}], long tasks ${report.longTasks} (${report.longTaskMs} ms)`;
}
