/** What the Errors section needs: the error log (read and watched in storage, emptied by the background) and the clipboard. */
import { sendMessage } from '../../messaging/protocol';
import { errorLog, watchErrorLog, type ErrorEntry } from '../../storage/errorLog';

export interface ErrorLogClient {
  read(): Promise<ErrorEntry[]>;
  /** calls back with the whole log whenever it changes; returns the unsubscribe */
  watch(changed: (log: ErrorEntry[]) => void): () => void;
  clear(): Promise<void>;
  copy(text: string): Promise<void>;
}

export const backgroundErrorLogClient: ErrorLogClient = {
  read: errorLog,
  watch: watchErrorLog,
  clear: async () => void (await sendMessage('clearErrorLog')),
  copy: (text) => navigator.clipboard.writeText(text),
};
