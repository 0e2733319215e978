/**
 * A message whose answer was lost because the service worker stopped is sent again; a refusal is not.
 * The messages are Chromium's and Firefox's own wording for a worker that went away.
 */
import { describe, expect, it } from 'vitest';
import { isWorkerGoneError, retryAfterRestart } from '../../messaging/retryAfterRestart';

const CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

function failingThen<T>(errors: string[], value: T) {
  let calls = 0;
  const send = async () => {
    const error = errors[calls++];
    if (error !== undefined) throw new Error(error);
    return value;
  };
  return { send, calls: () => calls };
}

describe('retryAfterRestart', () => {
  it('sends again when the worker went away, and answers with the result', async () => {
    const { send, calls } = failingThen([CLOSED, 'Could not establish connection. Receiving end does not exist.'], 'analysis');
    expect(await retryAfterRestart(send, 2, 1)).toBe('analysis');
    expect(calls()).toBe(3);
  });

  it('gives up after the retries it was given', async () => {
    const { send, calls } = failingThen([CLOSED, CLOSED, CLOSED], 'never');
    await expect(retryAfterRestart(send, 2, 1)).rejects.toThrow(/message channel closed/);
    expect(calls()).toBe(3);
  });

  it('does not send again what the background refused, or after the extension was reloaded', async () => {
    for (const refusal of ['Rejected page input: text: Invalid type', 'Extension context invalidated.']) {
      const { send, calls } = failingThen([refusal], 'never');
      await expect(retryAfterRestart(send, 2, 1)).rejects.toThrow(refusal);
      expect(calls()).toBe(1);
    }
  });

  it('knows the wordings of a worker gone away', () => {
    expect(isWorkerGoneError(new Error('The message port closed before a response was received.'))).toBe(true);
    expect(isWorkerGoneError(new Error('Message manager disconnected'))).toBe(true);
    expect(isWorkerGoneError(new Error('No annotation x'))).toBe(false);
  });
});
