/**
 * What to tell the reader when storing failed. A full disk (IndexedDB's QuotaExceededError, which Dexie keeps
 * by name, also across messages) gets words a reader can act on; anything else keeps its own message.
 */
export function describeStorageError(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left to store Crosscheck data, so nothing was saved. Free some disk space and try again.';
  }
  return typeof message === 'string' && message ? message : String(error);
}
