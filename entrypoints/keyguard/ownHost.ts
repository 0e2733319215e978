/**
 * An element of Crosscheck's own in a page (the card, the note panel): a plain <div>, so there is no custom
 * element name a page could register first to run its own constructor on it (and reach the shadow root through
 * attachInternals()); its shadow root is closed and attached before the element enters the document, so no page
 * script ever sees it without one; its key events are kept from the page (keyGuard.ts), and a key pressed in it
 * goes to `onKey` (listeners on the host or its root never hear it).
 */
import { guardHost, type OwnKeyHandler } from './keyGuard';

export function createOwnHost(doc: Document, onKey?: OwnKeyHandler): { host: HTMLDivElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  guardHost(host, onKey);
  return { host, root };
}
