/**
 * The options page's Sites section in Chromium: a site paused there gets no analysis, no highlight and no badge;
 * resumed, its next page is analysed again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForTabResult } from '../../scripts/browser/tabResultInBrowser';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

const STORY_PAGE = '013-reuters-rudd-end-to-end-encryption-completely-unacceptable';

describe('pausing a site from the options page', () => {
  let server: PageServer;
  let extension: ExtensionSession;

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('keeps a paused site untouched and analyses it again once resumed', async () => {
    const options = await extension.extensionPage('options.html');
    await options.getByLabel('Pause a site').fill(server.origin);
    await options.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => options.getByRole('list', { name: 'Paused sites' }).innerText()).toContain('127.0.0.1');

    const paused = await extension.context.newPage();
    await paused.goto(server.urlFor(STORY_PAGE));
    expect(await waitForTabResult(extension, await extension.tabIdOf(paused), 3_000)).toBeNull();
    expect(await paused.evaluate(() => CSS.highlights.size)).toBe(0);
    await paused.close();

    await options.getByRole('button', { name: 'Resume 127.0.0.1' }).click();
    await expect.poll(() => options.getByText('No site is paused.', { exact: false }).count()).toBe(1);
    const resumed = await extension.context.newPage();
    await resumed.goto(server.urlFor(STORY_PAGE));
    expect((await waitForTabResult(extension, await extension.tabIdOf(resumed), 15_000))?.analysis.topic.topic).toBe('encryption');
    await expect.poll(() => resumed.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await options.screenshot({ path: '/tmp/crosscheck-options-sites.png', fullPage: true });
  });
});
