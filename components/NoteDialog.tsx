/**
 * The small panel shown in the page after a selection is saved, or when a painted annotation is clicked: the
 * annotation is already stored, and the reader may write its note and tags, remove it, or just carry on reading.
 * Rendered by entrypoints/annotator/noteDialog.ts into a closed shadow root, as the match card is.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface NoteDialogProps {
  heading: string;
  quote: string;
  note?: string | undefined;
  tags?: string | undefined;
  /** the button that undoes the annotation: "Remove" just after saving, "Delete" later */
  removeLabel: string;
  onDone(note: string, tags: string): Promise<void>;
  onRemove(): Promise<void>;
  /** the panel is done with: saved, removed, or left */
  onClose(): void;
  /** receives what Ctrl+Enter does (keys reach the panel through its host, not as events in it) */
  keys: { finish?: () => void };
}

export function NoteDialog({ heading, quote, note: initialNote, tags: initialTags, removeLabel, onDone, onRemove, onClose, keys }: NoteDialogProps) {
  const note = useRef<HTMLTextAreaElement>(null);
  const tags = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action();
      onClose();
    } catch (error) {
      setStatus(`Could not save: ${(error as Error).message}`);
      setBusy(false);
    }
  };
  const finish = run(() => onDone(note.current?.value ?? '', tags.current?.value ?? ''));
  keys.finish = () => void finish();
  // at once, as the panel appears: the reader may already be typing
  useLayoutEffect(() => note.current?.focus(), []);
  return (
    <div class="panel" role="dialog" aria-label="Crosscheck: add a note">
      <p class="title">{heading}</p>
      <blockquote>{quote}</blockquote>
      <label>
        Note
        <textarea ref={note} rows={3} defaultValue={initialNote ?? ''} />
      </label>
      <label>
        Tags, separated by commas
        <input ref={tags} type="text" defaultValue={initialTags ?? ''} />
      </label>
      <p class="status" role="status">
        {status}
      </p>
      <div class="actions">
        <button type="button" class="remove" disabled={busy} onClick={run(onRemove)}>
          {removeLabel}
        </button>
        <button type="button" class="done" disabled={busy} onClick={finish}>
          Done
        </button>
      </div>
    </div>
  );
}
