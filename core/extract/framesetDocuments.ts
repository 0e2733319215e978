/**
 * A frameset has no text of its own: its text is in its frames. These are the frames' documents this document
 * may read (same origin, loaded); frames from elsewhere cannot be read and are left out.
 */
export function framesetDocuments(doc: Document): Document[] {
  if (!doc.querySelector('frameset')) return [];
  return Array.from(doc.querySelectorAll('frame'), (frame) => {
    try {
      return frame.contentDocument;
    } catch {
      return null; // another origin
    }
  }).filter((d): d is Document => !!d?.documentElement);
}
