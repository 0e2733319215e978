/**
 * The Errors section: what failed in Crosscheck that should not have (a bug, not a closed tab or a reloaded
 * extension), newest first, with a button that copies the whole log for a bug report. Empty in normal use.
 */
import { useEffect, useState } from 'preact/hooks';
import { ERROR_LOG_LIMIT, errorLogText, type ErrorEntry } from '../../storage/errorLog';
import type { ErrorLogClient } from './errorLogClient';

export function ErrorLogPanel({ client }: { client: ErrorLogClient }) {
  const [log, setLog] = useState<ErrorEntry[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);

  useEffect(() => {
    const stop = client.watch(setLog);
    client.read().then(setLog, (error: unknown) => setMessage({ kind: 'error', text: `Could not read the error log: ${(error as Error).message}` }));
    return stop;
  }, [client]);

  const copy = async () => {
    try {
      await client.copy(errorLogText(log ?? []));
      setMessage({ kind: 'status', text: `Copied ${log?.length === 1 ? '1 error' : `${log?.length ?? 0} errors`}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not copy: ${(error as Error).message}` });
    }
  };

  const clear = async () => {
    try {
      await client.clear();
      setLog([]);
      setMessage({ kind: 'status', text: 'The error log is empty.' });
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not clear the error log: ${(error as Error).message}` });
    }
  };

  return (
    <section aria-labelledby="errors-heading">
      <h2 id="errors-heading">Errors</h2>
      <p class="muted">
        What went wrong inside Crosscheck, the last {ERROR_LOG_LIMIT} at most, kept on this computer only. A closed tab or a
        reloaded extension is not an error. Copy them into a bug report.
      </p>
      <div class="row">
        <button type="button" onClick={() => void copy()} disabled={!log?.length}>
          Copy
        </button>
        <button type="button" class="destructive" onClick={() => void clear()} disabled={!log?.length}>
          Clear
        </button>
      </div>
      <p class={message?.kind ?? 'status'} role="status">{message?.text ?? ''}</p>
      {log === null ? null : log.length === 0 ? (
        <p class="muted">No errors recorded.</p>
      ) : (
        <ol class="error-log" aria-label="Errors" reversed>
          {[...log].reverse().map((entry, i) => (
            <li key={`${entry.time}-${i}`}>
              <p>
                <time dateTime={entry.time}>{entry.time}</time> <strong>{entry.place}</strong>: {entry.message}
              </p>
              {entry.stack ? (
                <details>
                  <summary>Stack</summary>
                  <pre>{entry.stack}</pre>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
