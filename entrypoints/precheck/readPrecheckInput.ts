/**
 * Reads what the pre-check needs without forcing layout (text nodes, never innerText) and stops after
 * TEXT_BUDGET characters, so a 1 MB page costs about as much as a short one. A frameset's text is read from its
 * frames of the same origin.
 */
import { framesetDocuments } from '../../core/extract/framesetDocuments';

const TEXT_BUDGET = 30_000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function openingText(doc: Document): string {
  const frames = framesetDocuments(doc);
  if (frames.length) return frames.map(openingText).join(' ').slice(0, TEXT_BUDGET);
  const root = doc.body;
  if (!root) return '';
  // A hand-written walk: a TreeWalker with a filter calls back into script for every node, which costs more.
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node && length < TEXT_BUDGET) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
    } else if (node.nodeType === 1 && node.firstChild && !SKIPPED.has((node as Element).tagName.toUpperCase())) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== root) node = node.parentNode;
    node = node === root || !node ? null : node.nextSibling;
  }
  return parts.join(' ').slice(0, TEXT_BUDGET);
}

export function readPrecheckInput(doc: Document) {
  const meta = Array.from(
    // Metadata lives in the head; searching the whole document would walk every element of a long page.
    (doc.head ?? doc).querySelectorAll<HTMLMetaElement>('meta[name="description"], meta[property^="og:"], meta[name="keywords"]'),
    (m) => m.content,
  ).join(' ');
  return { title: doc.title, url: doc.location.href, meta, text: openingText(doc) };
}
