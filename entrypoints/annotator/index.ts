/**
 * Injected by the background into pages that have saved annotations (and when the reader saves a selection):
 * paints the annotations and saves selections. Injected again, it repaints instead of starting twice.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseTagInput } from '../../core/annotations/newAnnotation';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { AnnotationPainter } from './annotationPainter';
import { openNoteDialog, showNotice } from './noteDialog';
import { selectionQuote } from './selectionQuote';

declare global {
  // eslint-disable-next-line no-var
  var crosscheckAnnotator: AnnotationPainter | undefined;
}

async function saveSelection(painter: AnnotationPainter): Promise<boolean> {
  const captured = selectionQuote(document);
  if (!captured) {
    showNotice(document, 'Select some text in the page to save it to Crosscheck.');
    return false;
  }
  const [quote, position] = captured.selectors;
  const annotation = await sendMessage('saveAnnotation', {
    url: location.href,
    title: document.title,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
  });
  painter.add(annotation, captured.range);
  void sendMessage('reportAnchoring', {
    url: annotation.url,
    reports: [{ id: annotation.id, status: 'anchored', method: 'position', selectors: annotation.selectors }],
  }).catch(() => {});
  openNoteDialog(document, {
    quote: quote.exact,
    anchor: captured.range.getBoundingClientRect(),
    async onDone(note, tags) {
      if (!note.trim() && !tags.trim()) return;
      await sendMessage('updateAnnotation', { id: annotation.id, note, tags: parseTagInput(tags) });
    },
    async onRemove() {
      await sendMessage('deleteAnnotation', { id: annotation.id });
      painter.remove(annotation.id);
    },
  });
  return true;
}

export default defineUnlistedScript(async () => {
  const existing = globalThis.crosscheckAnnotator;
  if (existing) return existing.refresh();
  const painter = new AnnotationPainter(document);
  globalThis.crosscheckAnnotator = painter;
  onMessage('saveSelection', () => saveSelection(painter));
  await painter.refresh();
});
