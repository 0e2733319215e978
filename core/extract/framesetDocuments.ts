/**
 * A frameset has no text of its own: its text is in its frames. These are the frames' documents this document
 * may read (same origin, loaded); frames from elsewhere cannot be read and are left out.
 */
export function framesetDocuments(doc: Document): Document[] {
  // `body` is the frameset when there is one: no search of a long page's whole tree to learn that there is none
  const frameset = doc.body;
  if (frameset?.nodeName !== 'FRAMESET') return [];
  return Array.from(frameset.querySelectorAll('frame'), (frame) => {
    try {
      return frame.contentDocument;
    } catch {
      return null; // another origin
    }
  }).filter((d): d is Document => !!d?.documentElement);
}
