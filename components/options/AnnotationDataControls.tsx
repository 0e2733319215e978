/**
 * Getting annotations in and out: export in three formats, import a JSON-LD export, a one-click backup, asking
 * the browser to keep the data (persistent storage), and deleting everything after offering a backup first.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ExportFormat } from '../../core/annotations/exportFile';
import { describeStorageError } from '../storageErrors';
import type { AnnotationsClient } from './annotationsClient';
import { pluralize } from '../../core/text/wording';

export interface AnnotationDataControlsProps {
  client: AnnotationsClient;
  /** after an import or a deletion changed the list */
  onChanged(): void;
}

type Message = { kind: 'status' | 'error'; text: string };

function usePersistence() {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    void storage?.persisted?.().then(setPersisted);
  }, []);
  const request = async () => setPersisted((await storage?.persist?.()) ?? false);
  return { supported: !!storage?.persist, persisted, request };
}

export function AnnotationDataControls({ client, onChanged }: AnnotationDataControlsProps) {
  const [message, setMessage] = useState<Message | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const persistence = usePersistence();

  const exportAs = async (format: ExportFormat, backup = false) => {
    try {
      const { fileName, count } = await client.exportAnnotations({ format, backup });
      setMessage({ kind: 'status', text: `Saved ${pluralize(count, 'annotation')} to ${fileName} in your downloads.` });
      return true;
    } catch (e) {
      setMessage({ kind: 'error', text: `Export failed: ${(e as Error).message}` });
      return false;
    }
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let result: Awaited<ReturnType<AnnotationsClient['importAnnotations']>>;
    try {
      result = await client.importAnnotations({ text: await file.text() });
    } catch (error) {
      setMessage({ kind: 'error', text: `Nothing was imported from ${file.name}. ${describeStorageError(error)}` });
      return;
    }
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Nothing was imported from ${file.name}. ${result.error}` });
      return;
    }
    setMessage({
      kind: 'status',
      text: `Imported ${file.name}: ${result.added} new, ${result.updated} updated, ${result.unchanged} already here.`,
    });
    onChanged();
  };

  const deleteEverything = async () => {
    await client.deleteAllData();
    setConfirmingDelete(false);
    setMessage({ kind: 'status', text: 'All your data was deleted. The built-in corpus will be loaded again.' });
    onChanged();
  };

  return (
    <section class="data-controls" aria-labelledby="annotation-data-heading">
      <h3 id="annotation-data-heading">Export, import and backup</h3>
      <div class="row">
        <button type="button" onClick={() => exportAs('jsonld')}>Export JSON-LD</button>
        <button type="button" onClick={() => exportAs('markdown')}>Export Markdown</button>
        <button type="button" onClick={() => exportAs('csv')}>Export CSV (Readwise)</button>
        <label class="button">
          Import JSON-LD…
          <input type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={importFile} class="cc-visually-hidden" />
        </label>
      </div>
      <div class="row">
        <button type="button" class="primary" onClick={() => exportAs('jsonld', true)}>Back up now</button>
        {persistence.supported && (
          persistence.persisted ? (
            <span class="muted">The browser keeps this data even when disk space runs low.</span>
          ) : (
            <button type="button" onClick={persistence.request}>Keep my data when disk space runs low</button>
          )
        )}
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind === 'error' ? 'error' : 'status'}>
          {message.text}
        </p>
      )}
      <div class="danger">
        {confirmingDelete ? (
          <div role="alertdialog" aria-labelledby="delete-all-question" class="confirm">
            <p id="delete-all-question">
              Delete all your annotations, the sources you added and your settings? This cannot be undone. Back up your annotations first?
            </p>
            <div class="row">
              <button type="button" onClick={async () => { if (await exportAs('jsonld', true)) await deleteEverything(); }}>
                Back up annotations, then delete
              </button>
              <button type="button" class="destructive" onClick={deleteEverything}>Delete without a backup</button>
              <button type="button" onClick={() => setConfirmingDelete(false)}>Cancel</button>
            </div>
          </div>
        ) : (
          <button type="button" class="destructive" onClick={() => setConfirmingDelete(true)}>Delete all my data…</button>
        )}
      </div>
    </section>
  );
}
