/**
 * The used JS heap of the extension's service worker, read over CDP (a service worker has no performance.memory):
 * the browser's session attaches to the worker's target and asks it Runtime.getHeapUsage.
 */
import { chromium } from 'playwright-core';

export async function workerHeapMB(cdpEndpoint: string, extensionId: string): Promise<number | null> {
  const browser = await chromium.connectOverCDP(cdpEndpoint);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const answer = new Promise<string>((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId === sessionId && (JSON.parse(event.message) as { id?: number }).id === 1) resolve(event.message);
      }),
    );
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    const { result } = JSON.parse(await answer) as { result?: { usedSize: number } };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return result ? Math.round(result.usedSize / 2 ** 20) : null;
  } finally {
    await browser.close();
  }
}
