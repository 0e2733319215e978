/**
 * The story is data: the same code, built with another story folder (tests/fixtures/stories/christchurch-2019:
 * its story.json, seed documents and overlay, nothing else), detects and matches that story's pages in real
 * Chromium, names its topics on the badge and in the popup, and stays silent on its near miss.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

const STORY = fileURLToPath(new URL('../fixtures/stories/christchurch-2019/', import.meta.url));
const OUT = '.output/stories/christchurch-2019';
const SHOTS = process.env.CROSSCHECK_SCREENSHOTS ?? '/tmp/crosscheck-screenshots';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('another story, built from its own story folder', () => {
  let server: PageServer;
  let extension: ExtensionSession;

  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
      env: { ...process.env, CROSSCHECK_STORY: `${STORY}seeds`, CROSSCHECK_OUT_DIR: OUT },
      stdio: 'pipe',
    });
  }, 120_000);

  beforeAll(async () => {
    server = await startPageServer(0, [`${STORY}pages/`]);
    extension = await launchExtension({ extensionDir: `${OUT}/chrome-mv3` });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  async function open(name: string): Promise<{ page: Page; tabId: number }> {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(name));
    return { page, tabId: await extension.tabIdOf(page) };
  }

  it('reads a page about the shootings and the gun-law pledge as both, with the toll checked against its seeds', async () => {
    const { page, tabId } = await open('010-');
    const result = await waitForTabResult(extension, tabId, 20_000);
    expect(result?.analysis.topic.topic).toBe('both');
    const facts = result!.analysis.matches.filter((m) => m.kind === 'fact');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((m) => m.verdict === 'agrees' && m.agreement?.corpus === '50 people')).toBe(true);

    const sw = await extension.serviceWorker();
    const sentences = new Set(result!.analysis.matches.map((m) => m.sentenceIndex)).size;
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(sentences));
    expect(await sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      `Crosscheck: about the Christchurch shootings and the gun-law reform (${sentences} matching sentence${sentences === 1 ? '' : 's'})`,
    );

    const popup = await extension.openPopup(page);
    await popup.locator('.pp-main[aria-busy="false"]').waitFor();
    expect(squash(await popup.locator('header').innerText())).toMatch(new RegExp(`^Shootings and gun-law reform ${sentences} matching sentence`));
    await popup.screenshot({ path: `${SHOTS}/another-story-popup-010.png` });
    await popup.close();
    await page.close();
  });

  it('gives the critic of the rushed bill his position, and names the policy topic', async () => {
    const { page, tabId } = await open('006-');
    const result = await waitForTabResult(extension, tabId, 20_000);
    expect(result?.analysis.topic.topic).toBe('gunlaw');
    const seymour = result!.analysis.matches.filter((m) => m.kind === 'position' && m.speaker === 'David Seymour');
    expect(seymour.map((m) => m.verdict)).toContain('against');
    const popup = await extension.openPopup(page);
    await popup.locator('.pp-main[aria-busy="false"]').waitFor();
    expect(squash(await popup.locator('header').innerText())).toMatch(/^Gun-law reform \d+ matching sentence/);
    await popup.close();
    await page.close();
  });

  it('stays silent on the near miss that shares the city: the 2011 earthquake', async () => {
    const { page, tabId } = await open('014-');
    await page.waitForTimeout(1500);
    const result = await waitForTabResult(extension, tabId, 3_000);
    expect(result?.analysis.topic.topic ?? 'none').toBe('none');
    const sw = await extension.serviceWorker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });
});
