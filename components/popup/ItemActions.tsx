/**
 * The actions on one item: show its sentence on the page (each press goes to the next sentence that matches
 * it), open its passage in the source, save the sentence as an annotation, or mark it "not relevant" here.
 */
import { useContext, useState } from 'preact/hooks';
import type { PageSentence, SourceRef } from '../../core/context/pageContext';
import type { CorpusItemKind } from '../../core/corpus/model';
import { describeStorageError } from '../storageErrors';
import { sourceViewPath } from '../sourceViewUrl';
import { ItemActionsContext } from './itemActionsContext';

export interface ItemActionsProps {
  kind: CorpusItemKind;
  itemId: string;
  /** names the item for screen readers and for the annotation's link: "Fact: The attack lasted 82 seconds" */
  label: string;
  sentences: readonly PageSentence[];
  source: SourceRef;
  passageIds: readonly string[];
}

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

export function ItemActions({ kind, itemId, label, sentences, source, passageIds }: ItemActionsProps) {
  const actions = useContext(ItemActionsContext);
  const [next, setNext] = useState(0);
  const [scrollFailed, setScrollFailed] = useState(false);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  if (!actions) throw new Error('ItemActions needs an ItemActionsContext provider');
  const { api, topic, dismissed, setDismissed } = actions;
  const isDismissed = dismissed.has(itemId);
  const onPage = sentences.length > 0;

  const showOnPage = async () => {
    const sentence = sentences[next % sentences.length]!;
    setNext(next + 1);
    const scrolled = await api.scrollToMatch(sentence.index).catch((error: unknown) => {
      api.reportFailure('popup: show on page', error);
      return false;
    });
    setScrollFailed(!scrolled);
  };

  const saveSentence = async () => {
    const sentence = sentences[0]!;
    setSave({ status: 'saving' });
    try {
      await api.saveAnnotation({
        url: api.tab.url ?? '',
        title: api.tab.title ?? '',
        exact: sentence.text,
        links: [{ kind, itemId, label }],
        topic,
      });
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({ status: 'failed', message: describeStorageError(error) });
    }
  };

  // Each accessible name starts with the button's visible words (WCAG 2.5.3), then names the item.
  const position = sentences.length > 1 ? `${(next % sentences.length) + 1}/${sentences.length}` : '';
  const saveText = save.status === 'saved' ? 'Saved' : save.status === 'saving' ? 'Saving…' : 'Save';
  return (
    <div class="cc-actions" role="group" aria-label={`Actions for ${label}`}>
      {onPage ? (
        <button type="button" class="cc-action" onClick={showOnPage} aria-label={`Show on page${position ? ` ${position}` : ''}: ${label}`}>
          Show on page
          {position ? <span class="cc-action-count"> {position}</span> : null}
        </button>
      ) : null}
      <a class="cc-action" href={sourceViewPath(source.id, passageIds)} target="_blank" rel="noreferrer" aria-label={`Source passage, in a new tab: ${label}`}>
        Source
      </a>
      {onPage ? (
        <button type="button" class="cc-action" onClick={saveSentence} disabled={save.status === 'saving' || save.status === 'saved'} aria-label={`Save as annotation: ${label}${save.status === 'idle' || save.status === 'failed' ? '' : ` — ${saveText}`}`}>
          {saveText}
        </button>
      ) : null}
      {onPage ? (
        <button type="button" class="cc-action cc-action-quiet" onClick={() => void setDismissed(itemId, !isDismissed)} aria-label={isDismissed ? `Show again: ${label}` : `Not relevant, hide on this page: ${label}`}>
          {isDismissed ? 'Show again' : 'Not relevant'}
        </button>
      ) : null}
      <span class="cc-action-status" role="status">
        {save.status === 'failed' ? `Not saved: ${save.message}` : scrollFailed ? 'Reload the page to show this sentence' : ''}
      </span>
    </div>
  );
}
