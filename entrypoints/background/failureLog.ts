/**
 * The background's side of the error policy (messaging/expectedFailure.ts): its own failures, and those the
 * content scripts and extension pages report, go to the error log (storage/errorLog.ts) unless they are
 * expected. What no catch saw (a rejected promise nobody awaited, an exception in a listener) is logged too.
 */
import { expectedFailure } from '../../messaging/expectedFailure';
import { onMessage } from '../../messaging/protocol';
import { clearErrorLog, errorEntry, recordError, type ErrorEntry } from '../../storage/errorLog';

function record(entry: ErrorEntry): void {
  // The last resort: the log itself could not be written. The background's console is the extension's own.
  recordError(entry).catch((error: unknown) => console.error('Crosscheck could not record a failure', entry, error));
}

/** A rejection handler for `place` in the background: records a bug, ignores the expected. */
export function logFailure(place: string): (error: unknown) => void {
  return (error) => {
    if (!expectedFailure(error)) record(errorEntry(place, error, new Date()));
  };
}

export function registerFailureLog(): void {
  onMessage('reportError', ({ data }) => {
    const report = { message: String(data?.message ?? ''), ...(typeof data?.stack === 'string' ? { stack: data.stack } : {}) };
    if (!expectedFailure(report)) record(errorEntry(String(data?.place ?? 'unknown'), report, new Date()));
    return true;
  });
  onMessage('clearErrorLog', async () => {
    await clearErrorLog();
    return true;
  });
  self.addEventListener('unhandledrejection', (event) => logFailure('background: unhandled rejection')(event.reason));
  self.addEventListener('error', (event) => logFailure('background: uncaught exception')(event.error ?? event.message));
}
