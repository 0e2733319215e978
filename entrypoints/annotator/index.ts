/**
 * Injected by the background into pages that have saved annotations (and when the reader saves a selection):
 * paints the annotations and saves selections. Injected again, it repaints instead of starting twice.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Annotation } from '../../core/annotations/model';
import { parseTagInput } from '../../core/annotations/newAnnotation';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { reportFailure } from '../../messaging/reportFailure';
import { AnnotationPainter } from './annotationPainter';
import { openNoteDialog, showNotice } from './noteDialog';
import { selectionQuote } from './selectionQuote';

declare global {
  var crosscheckAnnotator: AnnotationPainter | undefined;
}

async function saveSelection(painter: AnnotationPainter): Promise<boolean> {
  const captured = selectionQuote(document);
  if (!captured) {
    showNotice(document, 'Select some text in the page to save it to Crosscheck.');
    return false;
  }
  const [quote, position] = captured.selectors;
  let annotation: Annotation;
  try {
    annotation = await sendMessage('saveAnnotation', {
      url: location.href,
      title: document.title.slice(0, 2000),
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
    });
  } catch (error) {
    showNotice(document, `Crosscheck could not save this selection. ${(error as Error).message}`);
    return false;
  }
  painter.add(annotation, captured.range);
  void sendMessage('reportAnchoring', {
    url: annotation.url,
    reports: [{ id: annotation.id, status: 'anchored', method: 'position', selectors: annotation.selectors }],
  }).catch(reportFailure('annotator: report a new annotation'));
  editNote(painter, annotation, captured.range, 'Saved to Crosscheck', 'Remove');
  return true;
}

function editNote(painter: AnnotationPainter, annotation: Annotation, range: Range, heading: string, removeLabel: string): void {
  openNoteDialog(document, {
    heading,
    removeLabel,
    quote: annotation.selectors[0].exact,
    note: annotation.note,
    tags: annotation.tags.join(', '),
    anchor: range.getBoundingClientRect(),
    async onDone(note, tags) {
      if (note === annotation.note && tags === annotation.tags.join(', ')) return;
      painter.update(await sendMessage('updateAnnotation', { id: annotation.id, note, tags: parseTagInput(tags) }));
    },
    async onRemove() {
      await sendMessage('deleteAnnotation', { id: annotation.id });
      painter.remove(annotation.id);
    },
  });
}

/** A plain click on a painted annotation opens its note; clicks on links and controls, and drags, are the page's. */
function openNoteOnClick(painter: AnnotationPainter): void {
  document.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!document.getSelection()?.isCollapsed) return;
    if ((event.target as Element | null)?.closest?.('a[href], button, input, select, textarea, label, [contenteditable]')) return;
    const point = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    const annotation = point && painter.annotationAt(point.offsetNode, point.offset);
    const range = annotation && painter.rangeOf(annotation.id);
    if (annotation && range) editNote(painter, annotation, range, 'Your annotation', 'Delete');
  });
}

/** Answers the background: 'started' the first time in a page (it then adds the highlight colour), else 'refreshed'. */
export default defineUnlistedScript(async (): Promise<'started' | 'refreshed'> => {
  const existing = globalThis.crosscheckAnnotator;
  if (existing) {
    await existing.refresh();
    return 'refreshed';
  }
  const painter = new AnnotationPainter(document);
  globalThis.crosscheckAnnotator = painter;
  onMessage('saveSelection', () => saveSelection(painter));
  openNoteOnClick(painter);
  await painter.refresh();
  return 'started';
});
