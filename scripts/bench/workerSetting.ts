/**
 * A setting the extension's service worker wrote (seed load times, the match index's state), read straight from
 * its IndexedDB, polled every 50 ms until `accept` takes it or `tries` run out (then undefined).
 */
import type { Worker } from 'playwright-core';

export async function waitForWorkerSetting<T>(sw: Worker, key: string, accept: (value: T) => boolean = Boolean, tries = 200): Promise<T | undefined> {
  for (let i = 0; i < tries; i++) {
    const value = await sw.evaluate(
      (settingKey) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('crosscheck');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('settings')) return resolve(undefined), db.close();
            const get = db.transaction('settings').objectStore('settings').get(settingKey);
            get.onsuccess = () => (resolve((get.result as { value?: unknown } | undefined)?.value), db.close());
            get.onerror = () => (resolve(undefined), db.close());
          };
          open.onerror = () => resolve(undefined);
        }),
      key,
    );
    if (value !== undefined && accept(value as T)) return value as T;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

/** Waits until the extension's worker has its match index ready (the seeds and their index are written as it starts). */
export async function waitForMatchIndex(sw: Worker): Promise<void> {
  await waitForWorkerSetting<{ ready: boolean }>(sw, 'matchIndex', (state) => state.ready, 400);
}
