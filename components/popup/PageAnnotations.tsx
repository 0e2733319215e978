/**
 * The reader's own annotations on this page, with those that could not be placed marked, a button to save the
 * selected text, and a link to all annotations in the options page. Shown on every web page, story or not.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotationListing } from '../../core/annotations/anchorState';
import type { PopupApi } from './popupApi';
import './pageAnnotations.css';

export function PageAnnotations({ api }: { api: Pick<PopupApi, 'pageAnnotations' | 'saveSelection' | 'reportFailure'> }) {
  const [listings, setListings] = useState<AnnotationListing[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void api.pageAnnotations().then(setListings, (error: unknown) => {
      api.reportFailure('popup: list the page\'s annotations', error);
      setListings([]);
    });
  }, [api]);

  const saveSelection = async () => {
    try {
      // The page shows the note panel; the popup steps aside so the reader can type there.
      if (await api.saveSelection()) window.close();
      else setStatus('Select some text on the page first.');
    } catch (error) {
      setStatus(`Not saved: ${(error as Error).message}`);
    }
  };
  const orphans = listings.filter((l) => l.anchor?.status === 'orphan').length;

  return (
    <section class="pp-section pp-annotations" aria-labelledby="pp-annotations">
      <h2 id="pp-annotations" class="pp-section-title">
        Your annotations here {listings.length ? <span class="pp-section-count">{listings.length}</span> : null}
      </h2>
      {listings.length > 0 ? (
        <ul class="pp-list">
          {listings.map(({ annotation, anchor }) => (
            <li key={annotation.id} class={`pp-item pp-annotation${anchor?.status === 'orphan' ? ' pp-annotation-orphan' : ''}`}>
              <p class="pp-annotation-quote">{annotation.selectors[0].exact}</p>
              {annotation.note ? <p class="pp-annotation-note">{annotation.note}</p> : null}
              {anchor?.status === 'orphan' ? <p class="pp-annotation-missing">Not found on this page any more; kept in your annotations.</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {orphans > 0 ? <p class="pp-none">{orphans === 1 ? 'One annotation' : `${orphans} annotations`} could not be placed on the page as it is now.</p> : null}
      <div class="pp-annotation-actions">
        <button type="button" class="cc-action" onClick={() => void saveSelection()}>
          Save selected text
        </button>
        <a class="pp-footer-link" href="/options.html#annotations" target="_blank" rel="noreferrer">
          All annotations
        </a>
        <span class="cc-action-status" role="status">{status}</span>
      </div>
    </section>
  );
}
