/**
 * Chromium stops an MV3 service worker whenever it likes, also while it is answering a message: the caller then
 * gets "message channel closed" (or "Receiving end does not exist" while it starts again). Such a message is
 * sent again, a bounded number of times; any other failure (the background refused the message, the extension
 * was reloaded) is the caller's to handle.
 */
import { isWorkerGoneError } from './expectedFailure';

export { isWorkerGoneError };

export async function retryAfterRestart<T>(send: () => Promise<T>, retries = 2, pauseMs = 250): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= retries || !isWorkerGoneError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
