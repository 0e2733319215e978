/**
 * What the extension does while a browser test runs, seen from outside it: the errors it logs or throws (service
 * worker console, uncaught errors and rejections, content-script and analyzer errors in pages) and the messages
 * its background receives, counted per tab. Listening only: a second runtime.onMessage listener that never answers
 * does not change how the background handles a message.
 */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

interface WorkerWatch {
  errors: string[];
  messages: Record<string, number>;
}

export interface ExtensionWatch {
  /** every error seen so far, service worker and pages */
  errors(): Promise<string[]>;
  /** how many messages of `type` the background received from `tabId` since the watch began */
  messagesFrom(tabId: number, type: string): Promise<number>;
  /** records the extension's errors in this page too (content script, analyzer: their isolated world's console) */
  watchPage(page: Page): Promise<void>;
}

export async function watchExtension(extension: ExtensionSession): Promise<ExtensionWatch> {
  const pageErrors: string[] = [];
  const installed = new WeakSet<object>();
  const workerErrors: string[] = [];

  const install = async () => {
    const sw = await extension.serviceWorker();
    if (installed.has(sw)) return sw;
    installed.add(sw);
    sw.on('console', (m) => {
      if (m.type() === 'error') workerErrors.push(`service worker console: ${m.text()}`);
    });
    await sw.evaluate(() => {
      const scope = globalThis as unknown as { __crosscheckWatch?: WorkerWatch };
      if (scope.__crosscheckWatch) return;
      const watch: WorkerWatch = { errors: [], messages: {} };
      scope.__crosscheckWatch = watch;
      self.addEventListener('error', (e) => watch.errors.push(`uncaught: ${e.message}`));
      self.addEventListener('unhandledrejection', (e) => watch.errors.push(`unhandled rejection: ${String(e.reason)}`));
      chrome.runtime.onMessage.addListener((message: unknown, sender) => {
        const type = (message as { type?: unknown })?.type;
        const key = `${sender.tab?.id ?? 'none'}:${typeof type === 'string' ? type : '?'}`;
        watch.messages[key] = (watch.messages[key] ?? 0) + 1;
        return undefined;
      });
    });
    return sw;
  };
  await install();

  const readWorker = async (): Promise<WorkerWatch> => {
    const sw = await install();
    return sw.evaluate(() => (globalThis as unknown as { __crosscheckWatch: WorkerWatch }).__crosscheckWatch);
  };

  return {
    async errors() {
      const inWorker = await readWorker();
      return [...workerErrors, ...inWorker.errors, ...pageErrors];
    },
    async messagesFrom(tabId, type) {
      return (await readWorker()).messages[`${tabId}:${type}`] ?? 0;
    },
    async watchPage(page) {
      // Playwright reports only the page's main world; the content script and the analyzer run in the
      // extension's isolated world, whose console and exceptions CDP's Runtime domain reports.
      const cdp = await page.context().newCDPSession(page);
      const extensionContexts = new Set<number>();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin.startsWith('chrome-extension://')) extensionContexts.add(context.id);
      });
      cdp.on('Runtime.consoleAPICalled', (event) => {
        if (event.type !== 'error' || !extensionContexts.has(event.executionContextId)) return;
        pageErrors.push(`${page.url()} console: ${event.args.map((a) => a.value ?? a.description).join(' ')}`);
      });
      cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: e }) => {
        const fromExtension =
          (e.executionContextId !== undefined && extensionContexts.has(e.executionContextId)) || e.url?.startsWith('chrome-extension://');
        if (fromExtension) pageErrors.push(`${page.url()} uncaught: ${e.exception?.description ?? e.text}`);
      });
      await cdp.send('Runtime.enable');
    },
  };
}
