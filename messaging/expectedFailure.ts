/**
 * The error policy's one question: did an extension API fail the way it is expected to fail, or is this a bug?
 *
 * Expected, and left silent: the service worker went away (Chromium stops it whenever it likes, also while it
 * answers), the extension was reloaded or removed under a content script, the tab or frame closed or navigated
 * before the call reached it, the tab holds no Crosscheck script to answer, or the browser may not script the page
 * (a store page, an error page, another extension). Everything else is a bug, and is recorded in the error log
 * (storage/errorLog.ts). The patterns are Chromium's and Firefox's own wording.
 */
export type ExpectedFailure = 'worker-gone' | 'extension-reloaded' | 'tab-gone' | 'no-receiver' | 'not-scriptable';

const EXPECTED: readonly [ExpectedFailure, RegExp][] = [
  ['worker-gone', /message (?:channel|port) closed|message manager disconnected|actor '?conduits'? destroyed|promised response from onmessage listener went out of scope/i],
  ['extension-reloaded', /extension context invalidated|can't access dead object|cannot access dead object/i],
  ['tab-gone', /no tab with id|invalid tab id|tab not found|no frame with id|frame with id \d+ (?:was removed|is showing error page)|the frame was removed|frame not found|the tab was closed/i],
  // "No response": @webext-core/messaging's word for a tab that has no listener for the message
  ['no-receiver', /receiving end does not exist|could not establish connection|^no response$/i],
  ['not-scriptable', /cannot access (?:contents of|a chrome|a chrome-extension|a [a-z-]+:\/\/ url)|cannot be scripted|missing host permission|extensions gallery|cannot access contents of the page/i],
];

function messageOf(error: unknown): string {
  if (error === null || error === undefined) return '';
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? message : String(error);
}

/** Which expected failure `error` is, or null for a bug. */
export function expectedFailure(error: unknown): ExpectedFailure | null {
  const message = messageOf(error);
  for (const [kind, pattern] of EXPECTED) if (pattern.test(message)) return kind;
  return null;
}

/** The service worker stopped or is starting again: a message to it may be sent again. */
export function isWorkerGoneError(error: unknown): boolean {
  const kind = expectedFailure(error);
  return kind === 'worker-gone' || kind === 'no-receiver';
}
