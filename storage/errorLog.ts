/**
 * The bug log: the last ERROR_LOG_LIMIT failures that were not expected (messaging/expectedFailure.ts), each
 * with its time, its place in the extension, its message and its stack. Kept in storage.local, so it survives
 * restarts and the options page can show it and copy it; only the background writes it (other parts of the
 * extension send it their failures), so two writes never race. Nothing is sent anywhere.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

export const ERROR_LOG_LIMIT = 100;
/** the most characters an entry keeps of each text */
const KEPT_CHARS = { place: 100, message: 1_000, stack: 4_000 } as const;

export interface ErrorEntry {
  /** ISO time it was recorded */
  time: string;
  /** where in the extension it failed, e.g. "analyzer: analyse page" */
  place: string;
  message: string;
  stack?: string;
}

/** `chrome.storage.local`'s `errorLog` key; defined on first use (defining it reads storage, which a page that only formats entries need not have). */
let item: WxtStorageItem<ErrorEntry[], Record<string, never>> | undefined;
const errorLogItem = () => (item ??= storage.defineItem<ErrorEntry[]>('local:errorLog', { fallback: [] }));

/** An entry for an error (or anything thrown), its text bounded. */
export function errorEntry(place: string, error: unknown, now: Date): ErrorEntry {
  const stack = (error as { stack?: unknown } | null)?.stack;
  const message = (error as { message?: unknown } | null)?.message;
  return {
    time: now.toISOString(),
    place: place.slice(0, KEPT_CHARS.place),
    message: (typeof message === 'string' ? message : String(error)).slice(0, KEPT_CHARS.message),
    ...(typeof stack === 'string' && stack ? { stack: stack.slice(0, KEPT_CHARS.stack) } : {}),
  };
}

/** The log with `entry` added, the oldest entries dropped beyond `limit`. */
export function withEntry(log: readonly ErrorEntry[], entry: ErrorEntry, limit = ERROR_LOG_LIMIT): ErrorEntry[] {
  return [...log, entry].slice(-limit);
}

let writing: Promise<unknown> = Promise.resolve();

/** Adds an entry; writes one after the other, so none is lost to another's read-modify-write. */
export function recordError(entry: ErrorEntry): Promise<void> {
  const write = writing.then(async () => errorLogItem().setValue(withEntry(await errorLogItem().getValue(), entry)));
  writing = write.catch(() => undefined); // the next write goes ahead even if this one failed; this one's caller hears of it
  return write;
}

/** The log, oldest first. */
export function errorLog(): Promise<ErrorEntry[]> {
  return errorLogItem().getValue();
}

export function clearErrorLog(): Promise<void> {
  const clear = writing.then(() => errorLogItem().removeValue());
  writing = clear.catch(() => undefined);
  return clear;
}

/** Calls `changed` with the whole log whenever it changes; returns the function that stops watching. */
export function watchErrorLog(changed: (log: ErrorEntry[]) => void): () => void {
  return errorLogItem().watch((log) => changed(log ?? []));
}

/** The log as text to paste in a bug report. */
export function errorLogText(log: readonly ErrorEntry[]): string {
  return log.map((e) => `${e.time} ${e.place}: ${e.message}${e.stack ? `\n${e.stack}` : ''}`).join('\n\n');
}
