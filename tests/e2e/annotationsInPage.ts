/**
 * Functions the annotation tests run inside the browser, the same in Chromium and Firefox: each is passed whole
 * to `evaluate` of a page (or of an extension page, for the database), so it uses nothing from outside itself.
 */

/** Selects the first occurrence of `wanted` in the page, as a reader dragging over it would. */
export function selectFirstOccurrence(wanted: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(wanted);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`"${wanted}" is not in the page`);
}

/** The text of each range in the page's crosscheck-annotation highlight. */
export function paintedAnnotationTexts(): string[] {
  const highlight = CSS.highlights.get('crosscheck-annotation');
  return highlight ? [...highlight].map((range) => range.toString()) : [];
}

export interface StoredAnnotation {
  id: string;
  note: string;
  tags: string[];
  url: string;
}

/** The annotations in the extension's IndexedDB; run in the extension's origin. */
export function readStoredAnnotations(): Promise<StoredAnnotation[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('annotations').objectStore('annotations').getAll();
      request.onsuccess = () => {
        resolve(request.result as StoredAnnotation[]);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
}
