/** Sends a message to the background from an extension page, as the popup and the options page do. */
import type { ExtensionSession } from './harness';

export async function askBackground(extension: ExtensionSession, type: string, data?: unknown): Promise<unknown> {
  const page = await extension.extensionPage('manifest.json');
  const reply = (await page.evaluate(
    ([t, d]) => chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  )) as { res?: unknown; err?: { message: string } };
  await page.close();
  if (reply.err) throw new Error(reply.err.message);
  return reply.res;
}
