/**
 * The error policy for the parts of the extension that are not the background (content scripts, the analyzer,
 * the annotator, extension pages): a failure that is expected (messaging/expectedFailure.ts) is left silent; any
 * other goes to the background's error log. Nothing is printed, so a page never sees it in its console.
 */
import { expectedFailure } from './expectedFailure';
import { sendMessage } from './protocol';

/** A rejection handler for `place` (e.g. "analyzer: analyse page"): records a bug, ignores the expected. */
export function reportFailure(place: string): (error: unknown) => void {
  return (error) => {
    if (expectedFailure(error)) return;
    const stack = (error as { stack?: unknown } | null)?.stack;
    const message = (error as { message?: unknown } | null)?.message;
    void sendMessage('reportError', {
      place,
      message: typeof message === 'string' ? message : String(error),
      ...(typeof stack === 'string' ? { stack } : {}),
    }).catch(() => {
      // The report itself could not be delivered: the worker went away or the extension was reloaded, and
      // there is no one left to tell. (The only catch in the extension that drops a failure on purpose.)
    });
  };
}

/** A rejection handler that reports as `reportFailure(place)` does, then answers `fallback` in place of the result. */
export function reportAndFallBack<T>(place: string, fallback: T): (error: unknown) => T {
  const report = reportFailure(place);
  return (error) => {
    report(error);
    return fallback;
  };
}
