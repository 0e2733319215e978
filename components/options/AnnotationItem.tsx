/** One saved annotation in the options page: the quote, its page, note and tags, whether it still anchors; edit and delete. */
import { useState } from 'preact/hooks';
import type { AnnotationListing } from '../../core/annotations/anchorState';
import { siteOf } from '../../core/annotations/filterAnnotations';
import { parseTagInput } from '../../core/annotations/newAnnotation';
import { isWebAddress } from '../../core/pageAddress';
import { topicName } from './topicNames';


export interface AnnotationItemProps {
  listing: AnnotationListing;
  onSave(note: string, tags: string[]): Promise<void>;
  onDelete(): void;
}

export function AnnotationItem({ listing, onSave, onDelete }: AnnotationItemProps) {
  const { annotation, anchor } = listing;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [error, setError] = useState('');
  const orphan = anchor?.status === 'orphan';

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await onSave(note, parseTagInput(tags));
      setEditing(false);
      setError('');
    } catch (e) {
      setError(`Could not save: ${(e as Error).message}`);
    }
  };

  return (
    <li class={`annotation${orphan ? ' annotation--orphan' : ''}`} data-annotation-id={annotation.id}>
      <blockquote class="annotation__quote">{annotation.selectors[0].exact}</blockquote>
      <p class="annotation__page">
        {isWebAddress(annotation.url) ? (
          <a href={annotation.url} target="_blank" rel="noreferrer">
            {annotation.title || annotation.url}
          </a>
        ) : (
          <span>{annotation.title || annotation.url}</span>
        )}{' '}
        <span class="annotation__meta">
          {siteOf(annotation.url)} · saved {annotation.created.slice(0, 10)}
          {annotation.topic && annotation.topic !== 'none' ? ` · ${topicName(annotation.topic)}` : ''}
        </span>
      </p>
      {orphan && (
        <p class="annotation__orphan" role="note">
          Not found on the page the last time it was opened{anchor?.reason ? ` (${anchor.reason})` : ''}. Kept here; it will
          be placed again if the passage comes back.
        </p>
      )}
      {editing ? (
        <form class="annotation__edit" onSubmit={save}>
          <label>
            Note
            <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <label>
            Tags, separated by commas
            <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          {error && <p role="alert" class="error">{error}</p>}
          <div class="row">
            <button type="submit" class="primary">Save</button>
            <button type="button" onClick={() => { setEditing(false); setNote(annotation.note); setTags(annotation.tags.join(', ')); }}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {annotation.note && <p class="annotation__note">{annotation.note}</p>}
          {(annotation.tags.length > 0 || annotation.links.length > 0) && (
            <ul class="annotation__tags" aria-label="Tags and linked items">
              {annotation.tags.map((tag) => <li key={`t:${tag}`} class="tag">#{tag}</li>)}
              {annotation.links.map((link) => <li key={`l:${link.itemId}`} class="link" title={link.kind}>{link.label}</li>)}
            </ul>
          )}
          <div class="row">
            <button type="button" onClick={() => setEditing(true)} aria-label={`Edit note and tags of “${annotation.selectors[0].exact.slice(0, 40)}”`}>
              Edit
            </button>
            <button type="button" onClick={onDelete} aria-label={`Delete “${annotation.selectors[0].exact.slice(0, 40)}”`}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
