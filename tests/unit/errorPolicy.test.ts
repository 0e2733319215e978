/**
 * The error policy: what is expected (the worker went away, the extension was reloaded, the tab closed, no script
 * to answer, a page the browser may not script) stays silent, in Chromium's and Firefox's own words; anything
 * else is a bug and goes to the bounded error log in storage.local (on WXT's fakeBrowser here).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});

const sent = vi.hoisted(() => [] as { type: string; data: unknown }[]);
vi.mock('../../messaging/protocol', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
    return true;
  },
}));

const { expectedFailure, isWorkerGoneError } = await import('../../messaging/expectedFailure');
const { reportAndFallBack, reportFailure } = await import('../../messaging/reportFailure');
const { ERROR_LOG_LIMIT, clearErrorLog, errorEntry, errorLog, errorLogText, recordError, withEntry } = await import('../../storage/errorLog');

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
});

describe('expectedFailure', () => {
  it.each([
    ['worker-gone', 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'],
    ['worker-gone', 'The message port closed before a response was received.'],
    ['worker-gone', 'Message manager disconnected'],
    ['worker-gone', "Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved"],
    ['extension-reloaded', 'Extension context invalidated.'],
    ['extension-reloaded', "can't access dead object"],
    ['tab-gone', 'No tab with id: 123.'],
    ['tab-gone', 'Invalid tab ID: 123'],
    ['tab-gone', 'Frame with ID 0 was removed.'],
    ['tab-gone', 'No frame with id 4 in tab 12.'],
    ['tab-gone', 'Frame with ID 0 is showing error page'],
    ['no-receiver', 'Could not establish connection. Receiving end does not exist.'],
    ['no-receiver', 'No response'],
    ['not-scriptable', 'Cannot access contents of url "https://chromewebstore.google.com/". Extension manifest must request permission to access this host.'],
    ['not-scriptable', 'Cannot access a chrome:// URL'],
    ['not-scriptable', 'The extensions gallery cannot be scripted.'],
    ['not-scriptable', 'Missing host permission for the tab'],
  ] as const)('%s: %s', (kind, message) => {
    expect(expectedFailure(new Error(message))).toBe(kind);
  });

  it.each([
    new TypeError("Cannot read properties of undefined (reading 'text')"),
    new RangeError('Maximum call stack size exceeded'),
    new Error('Rejected page input: title: Invalid type: Expected string but received 3'),
    new Error('QuotaExceededError: the quota has been exceeded'),
    'a string thrown',
    undefined,
  ])('a bug: %s', (error) => {
    expect(expectedFailure(error)).toBeNull();
  });

  it('reads a message from whatever was thrown', () => {
    expect(expectedFailure('Extension context invalidated.')).toBe('extension-reloaded');
    expect(expectedFailure({ message: 'No tab with id: 5.' })).toBe('tab-gone');
  });

  it('a message may be sent again only when the worker went away or is starting', () => {
    expect(isWorkerGoneError(new Error('Receiving end does not exist.'))).toBe(true);
    expect(isWorkerGoneError(new Error('Extension context invalidated.'))).toBe(false);
    expect(isWorkerGoneError(new Error('No tab with id: 1.'))).toBe(false);
  });
});

describe('reportFailure (content scripts and extension pages)', () => {
  it('sends a bug to the background with its place, message and stack', async () => {
    const bug = new TypeError('x is not a function');
    reportFailure('analyzer: analyse the page')(bug);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ type: 'reportError', data: { place: 'analyzer: analyse the page', message: 'x is not a function', stack: bug.stack } });
  });

  it('sends nothing for an expected failure', async () => {
    reportFailure('precheck: request the analyzer')(new Error('Extension context invalidated.'));
    reportFailure('annotator: report anchoring')(new Error('Could not establish connection. Receiving end does not exist.'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([]);
  });

  it('answers a fallback after reporting', () => {
    expect(reportAndFallBack('analyzer: open the popup', false)(new Error('No response'))).toBe(false);
    expect(sent).toEqual([]);
  });
});

describe('the error log', () => {
  const at = new Date('2024-05-01T10:00:00.000Z');

  it('an entry has the time, the place, the message and the stack, each bounded', () => {
    const error = new Error('m'.repeat(5_000));
    error.stack = 's'.repeat(10_000);
    const entry = errorEntry('p'.repeat(500), error, at);
    expect(entry.time).toBe('2024-05-01T10:00:00.000Z');
    expect(entry.place.length).toBe(100);
    expect(entry.message.length).toBe(1_000);
    expect(entry.stack!.length).toBe(4_000);
    expect(errorEntry('here', 'thrown text', at)).toEqual({ time: entry.time, place: 'here', message: 'thrown text' });
  });

  it('keeps the last ERROR_LOG_LIMIT entries, oldest first', () => {
    let log: ReturnType<typeof withEntry> = [];
    for (let i = 0; i < ERROR_LOG_LIMIT + 20; i++) log = withEntry(log, errorEntry('place', new Error(`bug ${i}`), at));
    expect(ERROR_LOG_LIMIT).toBe(100);
    expect(log).toHaveLength(ERROR_LOG_LIMIT);
    expect(log[0]!.message).toBe('bug 20');
    expect(log.at(-1)!.message).toBe(`bug ${ERROR_LOG_LIMIT + 19}`);
  });

  it('is kept in storage.local under errorLog, where a test can read it', async () => {
    await recordError(errorEntry('background: navigated', new TypeError('badge broke'), at));
    const stored = (await fakeBrowser.storage.local.get('errorLog')).errorLog as { message: string }[];
    expect(stored.map((e) => e.message)).toEqual(['badge broke']);
  });

  it('loses none of many entries recorded at once, and stays bounded', async () => {
    await Promise.all(Array.from({ length: 150 }, (_, i) => recordError(errorEntry('place', new Error(`bug ${i}`), at))));
    const log = await errorLog();
    expect(log.map((e) => e.message)).toEqual(Array.from({ length: 100 }, (_, i) => `bug ${i + 50}`));
    await clearErrorLog();
    expect(await errorLog()).toEqual([]);
  });

  it('copies as text, one entry after the other with its stack', () => {
    const entry = { time: '2024-05-01T10:00:00.000Z', place: 'analyzer: paint the matches', message: 'boom', stack: 'Error: boom\n    at paint' };
    expect(errorLogText([entry, { ...entry, stack: undefined, message: 'again' }])).toBe(
      '2024-05-01T10:00:00.000Z analyzer: paint the matches: boom\nError: boom\n    at paint\n\n2024-05-01T10:00:00.000Z analyzer: paint the matches: again',
    );
  });
});
