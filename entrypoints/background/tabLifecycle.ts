/**
 * The one listener for each event in a tab's and the extension's life, dispatching to what each part of the
 * background needs:
 *
 * - `navigated`: a tab started loading a new address (what it kept for the old page goes);
 * - `shown`: a tab finished loading a page, or a single-page app showed a new address in it;
 * - `closed`: a tab closed;
 * - `installed`: the extension was installed or updated (or the browser was);
 * - `started`: the browser started with the extension in it.
 *
 * Each part's reaction runs apart from the others: one that fails is logged (storage/errorLog.ts) and the
 * others still run.
 */
import { browser, type Browser } from 'wxt/browser';
import { logFailure } from './failureLog';

type Reaction<Args extends unknown[]> = (...args: Args) => unknown;

export interface LifecycleReactions {
  navigated?: Reaction<[tabId: number]>;
  shown?: Reaction<[tabId: number, url: string]>;
  closed?: Reaction<[tabId: number]>;
  installed?: Reaction<[reason: Browser.runtime.InstalledDetails['reason']]>;
  started?: Reaction<[]>;
}

type Event = keyof LifecycleReactions;

export function listenToTabLifecycle(parts: readonly LifecycleReactions[]): void {
  const dispatch = <E extends Event>(event: E, ...args: Parameters<NonNullable<LifecycleReactions[E]>>) => {
    for (const part of parts) {
      const react = part[event] as ((...a: unknown[]) => unknown) | undefined;
      if (!react) continue;
      const failed = logFailure(`background: ${event}`);
      try {
        void Promise.resolve(react(...args)).catch(failed);
      } catch (error) {
        failed(error);
      }
    }
  };

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url) dispatch('navigated', tabId);
    // loaded, or a single-page app's new address in a loaded tab
    const shown = change.status === 'complete' || (change.url !== undefined && tab.status === 'complete');
    if (shown && tab.url) dispatch('shown', tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => dispatch('closed', tabId));
  browser.runtime.onInstalled.addListener(({ reason }) => dispatch('installed', reason));
  // Tabs restored with the browser may finish loading before the service worker listens.
  browser.runtime.onStartup.addListener(() => dispatch('started'));
}
