/**
 * The errors of the extension's background page in Firefox, seen from its first-run tab: what it logs with
 * console.error or console.warn (Firefox prints those without saying whose they are) and its uncaught errors and
 * rejections. Firefox unloads an idle background page; reading installs the watch again in the new one.
 */
import type { Page } from 'puppeteer-core';

type Watched = typeof globalThis & { __crosscheckErrors?: string[] };

export async function backgroundErrors(extensionTab: Page): Promise<string[]> {
  return extensionTab.evaluate(async () => {
    const background = (await chrome.runtime.getBackgroundPage()) as unknown as Watched | null;
    if (!background) return [];
    if (!background.__crosscheckErrors) {
      const errors: string[] = [];
      background.__crosscheckErrors = errors;
      for (const level of ['error', 'warn'] as const) {
        const original = background.console[level].bind(background.console);
        background.console[level] = (...args: unknown[]) => {
          errors.push(`background console.${level}: ${args.map(String).join(' ')}`);
          original(...args);
        };
      }
      background.addEventListener('error', (e) => errors.push(`background uncaught: ${e.message}`));
      background.addEventListener('unhandledrejection', (e) => errors.push(`background unhandled rejection: ${String(e.reason)}`));
    }
    return [...background.__crosscheckErrors];
  });
}
