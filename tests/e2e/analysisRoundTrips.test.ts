/**
 * What a story page costs in messages: the content script asks for the analyzer once, the analyzer sends the
 * article once, and the answer carries everything the hover card shows, so hovering a highlight asks the
 * background for nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchExtension, type ExtensionWatch } from './extensionWatch';
import { launchExtension, startPageServer, type ExtensionSession, type PageServer } from './harness';

const RUDD_REUTERS = '013-reuters-rudd-end-to-end-encryption-completely-unacceptable';

describe('messages a story page costs', () => {
  let server: PageServer;
  let extension: ExtensionSession;
  let watch: ExtensionWatch;

  beforeAll(async () => {
    server = await startPageServer();
    extension = await launchExtension();
    watch = await watchExtension(extension);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('one request for the analyzer, one analysis, and a card that names the quote without asking again', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.urlFor(RUDD_REUTERS));
    const tabId = await extension.tabIdOf(page);
    await page.waitForFunction(() => CSS.highlights.has('crosscheck-quote'), undefined, { timeout: 15_000 });
    const point = await page.evaluate(() => {
      const range = [...CSS.highlights.get('crosscheck-quote')!][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      return { x: line.left + Math.min(40, line.width / 2), y: line.top + line.height / 2 };
    });
    const cdp = await extension.context.newCDPSession(page);
    /** the text under the card's dialog in the accessibility tree (its shadow root is closed to the page) */
    const cardNames = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[] }[];
      };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const texts: string[] = [];
      const walk = (id: string) => {
        const node = byId.get(id);
        if (node?.role?.value === 'StaticText' && node.name?.value) texts.push(node.name.value);
        node?.childIds?.forEach(walk);
      };
      nodes.find((n) => n.role?.value === 'dialog' && n.name?.value.startsWith('Crosscheck'))?.childIds?.forEach(walk);
      return texts.join(' ');
    };
    await page.mouse.move(point.x, point.y);
    await expect.poll(cardNames, { timeout: 5_000 }).toContain('Amber Rudd');
    expect(await watch.messagesFrom(tabId, 'requestAnalyzer')).toBe(1);
    expect(await watch.messagesFrom(tabId, 'analyzePage')).toBe(1);
    expect(await watch.errors()).toEqual([]);
    await page.close();
  });
});
